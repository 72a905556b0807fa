package jeyra.compiler.model;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Small facts about ASM instructions that several stages need. ASM's instruction lists hold
 * pseudo-instructions besides the real ones (labels, line numbers, frames, all with opcode
 * -1); the patterns the compiler recognises ({@code ldc "name"; invokestatic ...}) are about
 * the real ones, so stepping between them is done here, once.
 */
public final class Insns {
  private Insns() {}

  /** The first real instruction of a method's code, or null if it has none. */
  public static AbstractInsnNode firstReal(InsnList instructions) {
    AbstractInsnNode first = instructions.getFirst();
    return first == null || first.getOpcode() >= 0 ? first : nextReal(first);
  }

  /** The real instruction before {@code insn}, or null at the start of the method. */
  public static AbstractInsnNode previousReal(AbstractInsnNode insn) {
    AbstractInsnNode at = insn == null ? null : insn.getPrevious();
    while (at != null && at.getOpcode() < 0) {
      at = at.getPrevious();
    }
    return at;
  }

  /** The real instruction after {@code insn}, or null at the end of the method. */
  public static AbstractInsnNode nextReal(AbstractInsnNode insn) {
    AbstractInsnNode at = insn == null ? null : insn.getNext();
    while (at != null && at.getOpcode() < 0) {
      at = at.getNext();
    }
    return at;
  }

  /** Whether a method's code is a lone {@code return} (HotSpot's {@code is_empty_method}). */
  public static boolean onlyReturns(MethodNode method) {
    AbstractInsnNode first = firstReal(method.instructions);
    return first != null && first.getOpcode() == Opcodes.RETURN && nextReal(first) == null;
  }

  /**
   * The size in stack slots (1 or 2) of the value a one-operand instruction pushes (ASM's
   * {@code unaryOperation}: conversions, negations, {@code getfield}, and the like).
   */
  public static int unaryResultSize(AbstractInsnNode insn) {
    switch (insn.getOpcode()) {
      case Opcodes.LNEG: case Opcodes.DNEG: case Opcodes.I2L: case Opcodes.I2D:
      case Opcodes.L2D: case Opcodes.F2L: case Opcodes.F2D: case Opcodes.D2L:
        return 2;
      case Opcodes.GETFIELD:
        return Type.getType(((FieldInsnNode) insn).desc).getSize();
      default:
        return 1;
    }
  }

  /**
   * The size in stack slots (1 or 2) of the value a two-operand instruction pushes (ASM's
   * {@code binaryOperation}: arithmetic, comparisons, array loads).
   */
  public static int binaryResultSize(AbstractInsnNode insn) {
    switch (insn.getOpcode()) {
      case Opcodes.LALOAD: case Opcodes.DALOAD: case Opcodes.LADD: case Opcodes.DADD:
      case Opcodes.LSUB: case Opcodes.DSUB: case Opcodes.LMUL: case Opcodes.DMUL:
      case Opcodes.LDIV: case Opcodes.DDIV: case Opcodes.LREM: case Opcodes.DREM:
      case Opcodes.LSHL: case Opcodes.LSHR: case Opcodes.LUSHR: case Opcodes.LAND:
      case Opcodes.LOR: case Opcodes.LXOR:
        return 2;
      default:
        return 1;
    }
  }

  /**
   * The string an {@code ldc} right before {@code call} pushes: the constant argument of a
   * one-argument intrinsic such as {@code TargetInfo.constant("O_CREAT")}; null if the
   * argument is not such a constant.
   */
  public static String constantStringArgument(AbstractInsnNode call) {
    AbstractInsnNode previous = previousReal(call);
    return previous instanceof LdcInsnNode && ((LdcInsnNode) previous).cst instanceof String
        ? (String) ((LdcInsnNode) previous).cst : null;
  }

  /** The array type {@code newarray} creates for its operand ({@code atype}, JVMS 6.5). */
  public static String newarrayDescriptor(int arrayType) {
    switch (arrayType) {
      case Opcodes.T_BOOLEAN: return "[Z";
      case Opcodes.T_CHAR: return "[C";
      case Opcodes.T_FLOAT: return "[F";
      case Opcodes.T_DOUBLE: return "[D";
      case Opcodes.T_BYTE: return "[B";
      case Opcodes.T_SHORT: return "[S";
      case Opcodes.T_INT: return "[I";
      case Opcodes.T_LONG: return "[J";
      default: throw new IllegalArgumentException("newarray type " + arrayType);
    }
  }

  /**
   * The six integer comparisons in the order of their opcodes ({@code ifeq} ... {@code ifle},
   * {@code if_icmpeq} ... {@code if_icmple}): eq, ne, lt, ge, gt, le.
   *
   * @param predicate the opcode minus the first of its group
   */
  public static boolean compare(int predicate, int left, int right) {
    switch (predicate) {
      case 0: return left == right;
      case 1: return left != right;
      case 2: return left < right;
      case 3: return left >= right;
      case 4: return left > right;
      default: return left <= right;
    }
  }
}
