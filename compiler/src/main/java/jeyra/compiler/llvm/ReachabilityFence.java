package jeyra.compiler.llvm;

import jeyra.arch.InlineAsm;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * {@code Reference.reachabilityFence(o)}: the JDK's method is empty, and HotSpot's compilers
 * treat it as a use that keeps {@code o} alive up to the call. Here an empty inline assembly
 * block that takes {@code o} in a register does the same: LLVM must keep the value until
 * then, in a register or a stack slot, where the collector's conservative scan of every
 * stopped thread (registers spilled into its frame) finds it. Without it the optimiser drops
 * a reference the code no longer reads, and a cleaner or finalizer runs too early.
 */
final class ReachabilityFence {
  private static final InlineAsm USE_IN_REGISTER = new InlineAsm("", "r", true);

  private ReachabilityFence() {}

  /** Lowers the call if it is {@code Reference.reachabilityFence}; whether it did. */
  static boolean tryLower(MethodCompiler mc, MethodInsnNode insn) {
    if (insn.getOpcode() != Opcodes.INVOKESTATIC || !insn.owner.equals("java/lang/ref/Reference")
        || !insn.name.equals("reachabilityFence")) {
      return false;
    }
    Value object = mc.pop();
    mc.ir.inlineAsm(USE_IN_REGISTER, mc.ir.voidType, object.ref());
    return true;
  }
}
