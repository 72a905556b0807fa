package jeyra.compiler.llvm;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A value on the simulated operand stack: the LLVM value, its kind, and what the compiler
 * knows about it (a constant it came from, whether it is certainly not null).
 *
 * @param ref the LLVM value
 * @param kind its kind
 * @param constant the constant pushed by {@code ldc}/{@code iconst} (Integer, String, ASM Type
 *     ...), or null
 * @param nonNull whether a reference is certainly not null
 */
public record Value(LLVMValueRef ref, JvmKind kind, Object constant, boolean nonNull) {
  public static Value of(LLVMValueRef ref, JvmKind kind) {
    return new Value(ref, kind, null, false);
  }

  public static Value nonNull(LLVMValueRef ref) {
    return new Value(ref, JvmKind.REFERENCE, null, true);
  }

  public static Value constant(LLVMValueRef ref, JvmKind kind, Object constant) {
    return new Value(ref, kind, constant, kind == JvmKind.REFERENCE);
  }
}
