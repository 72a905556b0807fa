package jeyra.compiler.substitute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.Insns;
import jeyra.compiler.model.Locations;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Enforces {@code @CheckResult} over jeyra's runtime modules: no call may drop the result of
 * a method so marked (libc-java's system calls, whose results carry a negated errno). A
 * dropped result is a call followed at once by {@code pop} or {@code pop2}; a caller that
 * means to ignore a result stores it in a local, where a reader sees the choice.
 */
final class CheckedResults {
  private CheckedResults() {}

  /**
   * Checks every method of the runtime modules.
   *
   * @param classes the runtime modules' classes by internal name, before any renaming
   * @throws CompileError naming every call that drops a result that must be checked
   */
  static void check(Map<String, ClassNode> classes) {
    Set<String> marked = new HashSet<>();
    for (ClassNode type : classes.values()) {
      for (MethodNode method : type.methods) {
        if (Annotations.has(method.invisibleAnnotations, Annotations.CHECK_RESULT)) {
          marked.add(type.name + "." + method.name + method.desc);
        }
      }
    }
    List<String> problems = new ArrayList<>();
    for (ClassNode type : classes.values()) {
      for (MethodNode method : type.methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (!(insn instanceof MethodInsnNode)) {
            continue;
          }
          MethodInsnNode call = (MethodInsnNode) insn;
          if (!marked.contains(call.owner + "." + call.name + call.desc)) {
            continue;
          }
          AbstractInsnNode next = Insns.nextReal(call);
          if (next != null && (next.getOpcode() == Opcodes.POP
              || next.getOpcode() == Opcodes.POP2)) {
            int line = Locations.lineOf(call);
            problems.add(type.name.replace('/', '.') + "." + method.name + method.desc
                + (line > 0 ? " (" + type.sourceFile + ":" + line + ")" : "")
                + " drops the result of " + call.owner.replace('/', '.') + "." + call.name
                + ", which must be checked (@CheckResult)");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CompileError("jeyra's runtime ignores results it must check: "
          + String.join("; ", problems));
    }
  }
}
