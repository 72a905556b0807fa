package jeyra.compiler.lower;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * What an {@code invokedynamic} becomes when its bootstrap method would refuse it: a call of a
 * helper that throws {@code BootstrapMethodError}, which is what the JVM throws when such a
 * call site runs (and not before, so the rest of the program behaves as on the JVM).
 */
final class BootstrapErrors {
  private BootstrapErrors() {}

  /**
   * A private static helper with the call site's descriptor that throws.
   *
   * @param name a name no other method of the class has
   * @param descriptor the call site's descriptor
   * @param problem why the bootstrap method refuses the call site
   */
  static MethodNode thrower(String name, String descriptor, String problem) {
    MethodNode helper = new MethodNode(
        Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name, descriptor,
        null, null);
    InsnList code = helper.instructions;
    code.add(new TypeInsnNode(Opcodes.NEW, "java/lang/BootstrapMethodError"));
    code.add(new InsnNode(Opcodes.DUP));
    code.add(new LdcInsnNode(problem));
    code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/BootstrapMethodError",
        "<init>", "(Ljava/lang/String;)V", false));
    code.add(new InsnNode(Opcodes.ATHROW));
    helper.maxLocals = Type.getArgumentsAndReturnSizes(descriptor) >> 2;
    helper.maxStack = 3;
    return helper;
  }
}
