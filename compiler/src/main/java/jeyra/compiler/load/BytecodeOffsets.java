package jeyra.compiler.load;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Bytecode offsets of instructions, for messages that name an instruction the way
 * {@code javap -c} does.
 *
 * <p>ASM's trees drop offsets, so the parser walks each method's {@code Code} attribute once
 * (JVMS 4.7.3, instruction lengths from JVMS 6.5) and pairs the offsets with ASM's
 * instructions, which correspond one to one. Methods whose subroutines were inlined, and
 * instructions the compiler made itself, have no offset.
 */
public final class BytecodeOffsets {
  private final Map<AbstractInsnNode, Integer> offsets = new IdentityHashMap<>();

  /**
   * The offset of an instruction in its class file, or -1 when unknown.
   *
   * @param insn an instruction of a parsed method
   */
  public int offsetOf(AbstractInsnNode insn) {
    Integer offset = offsets.get(insn);
    return offset == null ? -1 : offset;
  }

  /** Records the offsets of every method of a freshly parsed class. */
  void record(byte[] bytes, ClassNode node) {
    Map<String, int[]> byMethod;
    try {
      byMethod = instructionOffsets(bytes);
    } catch (RuntimeException e) {
      return; // the parser accepted the file; only the messages lose their offsets
    }
    for (MethodNode method : node.methods) {
      int[] methodOffsets = byMethod.get(method.name + method.desc);
      if (methodOffsets == null || method.instructions == null) {
        continue;
      }
      int index = 0;
      for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null;
          insn = insn.getNext()) {
        if (insn.getOpcode() < 0) {
          continue;
        }
        if (index >= methodOffsets.length) {
          break;
        }
        offsets.put(insn, methodOffsets[index++]);
      }
    }
  }

  private static Map<String, int[]> instructionOffsets(byte[] b) {
    Reader in = new Reader(b);
    in.position = 8;
    int constantCount = in.u2();
    String[] utf8 = new String[constantCount];
    for (int i = 1; i < constantCount; i++) {
      int tag = in.u1();
      switch (tag) {
        case 1:
          int length = in.u2();
          utf8[i] = new String(b, in.position, length, StandardCharsets.UTF_8);
          in.position += length;
          break;
        case 5:
        case 6:
          in.position += 8;
          i++;
          break;
        case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
          in.position += 4;
          break;
        case 15:
          in.position += 3;
          break;
        case 7: case 8: case 16: case 19: case 20:
          in.position += 2;
          break;
        default:
          throw new IllegalStateException("constant pool tag " + tag);
      }
    }
    in.position += 6; // access flags, this class, superclass
    int interfaceCount = in.u2(); // read first: "position += 2 * u2()" would lose the u2
    in.position += 2 * interfaceCount;
    int fieldCount = in.u2();
    for (int i = 0; i < fieldCount; i++) {
      in.position += 6;
      skipAttributes(in);
    }
    Map<String, int[]> result = new HashMap<>();
    int methodCount = in.u2();
    for (int i = 0; i < methodCount; i++) {
      in.position += 2;
      String name = utf8[in.u2()];
      String descriptor = utf8[in.u2()];
      int attributeCount = in.u2();
      for (int a = 0; a < attributeCount; a++) {
        String attributeName = utf8[in.u2()];
        int length = in.u4();
        int end = in.position + length;
        if ("Code".equals(attributeName)) {
          in.position += 4;
          int codeLength = in.u4();
          int[] offsets = decode(b, in.position, codeLength);
          if (offsets != null) {
            result.put(name + descriptor, offsets);
          }
        }
        in.position = end;
      }
    }
    return result;
  }

  private static void skipAttributes(Reader in) {
    int count = in.u2();
    for (int i = 0; i < count; i++) {
      in.position += 2;
      int length = in.u4();
      in.position += length;
    }
  }

  /** Offsets of each instruction of a code array; null if it uses subroutines. */
  private static int[] decode(byte[] b, int start, int length) {
    int[] offsets = new int[length];
    int count = 0;
    int pc = 0;
    while (pc < length) {
      offsets[count++] = pc;
      int opcode = b[start + pc] & 0xff;
      if (opcode == 0xa8 || opcode == 0xa9 || opcode == 0xc9) {
        return null; // jsr, ret, jsr_w: the parser inlined the subroutines
      }
      pc += instructionLength(b, start, pc, opcode);
    }
    int[] result = new int[count];
    System.arraycopy(offsets, 0, result, 0, count);
    return result;
  }

  private static int instructionLength(byte[] b, int start, int pc, int opcode) {
    if (opcode == 0xaa || opcode == 0xab) {
      int operands = (pc + 4) & ~3;
      if (opcode == 0xaa) {
        int low = readInt(b, start + operands + 4);
        int high = readInt(b, start + operands + 8);
        return operands - pc + 12 + 4 * (high - low + 1);
      }
      int pairs = readInt(b, start + operands + 4);
      return operands - pc + 8 + 8 * pairs;
    }
    if (opcode == 0xc4) {
      return (b[start + pc + 1] & 0xff) == 0x84 ? 6 : 4;
    }
    return LENGTHS[opcode];
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  /** Length of each fixed-size instruction, by opcode (JVMS 6.5). */
  private static final int[] LENGTHS = new int[256];

  static {
    java.util.Arrays.fill(LENGTHS, 1);
    LENGTHS[0x10] = 2; // bipush
    LENGTHS[0x11] = 3; // sipush
    LENGTHS[0x12] = 2; // ldc
    LENGTHS[0x13] = 3; // ldc_w
    LENGTHS[0x14] = 3; // ldc2_w
    for (int op = 0x15; op <= 0x19; op++) {
      LENGTHS[op] = 2; // iload..aload
    }
    for (int op = 0x36; op <= 0x3a; op++) {
      LENGTHS[op] = 2; // istore..astore
    }
    LENGTHS[0x84] = 3; // iinc
    for (int op = 0x99; op <= 0xa8; op++) {
      LENGTHS[op] = 3; // if*, goto, jsr
    }
    LENGTHS[0xa9] = 2; // ret
    for (int op = 0xb2; op <= 0xb8; op++) {
      LENGTHS[op] = 3; // field access, invokevirtual/special/static
    }
    LENGTHS[0xb9] = 5; // invokeinterface
    LENGTHS[0xba] = 5; // invokedynamic
    LENGTHS[0xbb] = 3; // new
    LENGTHS[0xbc] = 2; // newarray
    LENGTHS[0xbd] = 3; // anewarray
    LENGTHS[0xc0] = 3; // checkcast
    LENGTHS[0xc1] = 3; // instanceof
    LENGTHS[0xc5] = 4; // multianewarray
    LENGTHS[0xc6] = 3; // ifnull
    LENGTHS[0xc7] = 3; // ifnonnull
    LENGTHS[0xc8] = 5; // goto_w
    LENGTHS[0xc9] = 5; // jsr_w
  }

  private static final class Reader {
    final byte[] b;
    int position;

    Reader(byte[] b) {
      this.b = b;
    }

    int u1() {
      return b[position++] & 0xff;
    }

    int u2() {
      int value = ((b[position] & 0xff) << 8) | (b[position + 1] & 0xff);
      position += 2;
      return value;
    }

    int u4() {
      int value = readInt(b, position);
      position += 4;
      return value;
    }
  }
}
