package jeyra.arch;

import java.util.Objects;

/**
 * A piece of inline assembly as LLVM takes it: a template and a constraint string.
 *
 * @param template the assembly text; {@code $N} refers to operand N, {@code $$} is a dollar sign
 * @param constraints the LLVM constraint string: outputs first, then inputs, then clobbers
 * @param hasSideEffects whether LLVM must keep the block even when its outputs are unused,
 *     and must not move it across other side effects
 */
public record InlineAsm(String template, String constraints, boolean hasSideEffects) {
  public InlineAsm {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(constraints, "constraints");
  }
}
