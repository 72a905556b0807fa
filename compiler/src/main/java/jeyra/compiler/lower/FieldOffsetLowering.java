package jeyra.compiler.lower;

import static jeyra.compiler.model.Insns.nextReal;
import static jeyra.compiler.model.Insns.previousReal;

import jeyra.compiler.model.ClassTransformer;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Rewrites {@code unsafe.objectFieldOffset(C.class.getDeclaredField("f"))}, the JDK's older
 * idiom for field offsets, into {@code unsafe.objectFieldOffset(C.class, "f")}, which the
 * compiler answers at build time. Without it every such static initialiser would bring in
 * core reflection.
 */
public final class FieldOffsetLowering implements ClassTransformer {
  private static final String UNSAFE = "jdk/internal/misc/Unsafe";

  @Override
  public void transform(ClassNode node, Origin origin) {
    for (MethodNode method : node.methods) {
      if (method.instructions == null) {
        continue;
      }
      for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null;
          insn = insn.getNext()) {
        if (!isCall(insn, "java/lang/Class", "getDeclaredField",
            "(Ljava/lang/String;)Ljava/lang/reflect/Field;")) {
          continue;
        }
        AbstractInsnNode name = previousReal(insn);
        AbstractInsnNode type = previousReal(name);
        AbstractInsnNode next = nextReal(insn);
        if (!(name instanceof LdcInsnNode) || !(((LdcInsnNode) name).cst instanceof String)
            || !(type instanceof LdcInsnNode) || !(((LdcInsnNode) type).cst instanceof Type)
            || !isCall(next, UNSAFE, "objectFieldOffset", "(Ljava/lang/reflect/Field;)J")) {
          continue;
        }
        MethodInsnNode byName = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, UNSAFE,
            "objectFieldOffset", "(Ljava/lang/Class;Ljava/lang/String;)J", false);
        method.instructions.set(next, byName);
        method.instructions.remove(insn);
        insn = byName;
      }
    }
  }

  private static boolean isCall(AbstractInsnNode insn, String owner, String name,
      String descriptor) {
    if (!(insn instanceof MethodInsnNode)) {
      return false;
    }
    MethodInsnNode call = (MethodInsnNode) insn;
    return call.owner.equals(owner) && call.name.equals(name) && call.desc.equals(descriptor);
  }
}
