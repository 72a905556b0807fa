package jeyra.compiler.model;

import jeyra.compiler.diag.CodeLocation;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;

/** Formats instruction locations in the form compiler messages use. */
public final class Locations {
  private Locations() {}

  /**
   * {@code Main.run(I)V at bytecode offset 12 (Main.java:7)}.
   *
   * @param universe for bytecode offsets
   * @param method the method holding the instruction
   * @param insn the instruction, or null for the whole method
   */
  public static String of(Universe universe, MethodInfo method, AbstractInsnNode insn) {
    int offset = insn == null ? -1 : universe.offsets().offsetOf(insn);
    int line = insn == null ? -1 : lineOf(insn);
    return CodeLocation.format(method.owner().name(), method.name(), method.descriptor(), offset,
        method.owner().sourceFile(), line);
  }

  /** The source line of an instruction from the LineNumberTable, or -1. */
  public static int lineOf(AbstractInsnNode insn) {
    for (AbstractInsnNode at = insn; at != null; at = at.getPrevious()) {
      if (at instanceof LineNumberNode) {
        return ((LineNumberNode) at).line;
      }
    }
    return -1;
  }
}
