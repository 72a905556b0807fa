package jeyra.compiler.load;

import java.nio.charset.StandardCharsets;
import jeyra.compiler.diag.CompileError;

/**
 * Walks a class file's layout (JVMS 4.1: the constant pool, the interfaces, the fields and
 * methods, the attributes, and inside each {@code Code} attribute its code, exception table
 * and attributes) and checks that every count and length stays within what contains it, and
 * that nothing follows the last attribute.
 *
 * <p>ASM trusts those numbers: it allocates an attribute's declared length before reading it,
 * so one flipped bit in a length asks for two gigabytes. Checking the layout first turns such
 * a file into a one-line error, as a JVM's {@code ClassFormatError} would be.
 */
final class ClassFileLayout {
  /** JVMS 4.7.3: the code of a method is shorter than 64 KiB. */
  private static final int MAX_CODE_LENGTH = 65535;

  private final byte[] bytes;
  private final String origin;
  private int position;
  /** The offset of each constant's tag, by constant-pool index (0 where none starts). */
  private int[] constants;

  private ClassFileLayout(byte[] bytes, String origin) {
    this.bytes = bytes;
    this.origin = origin;
  }

  /**
   * Checks a class file whose header was checked.
   *
   * @param origin where it came from, for messages
   * @throws CompileError naming the first structure that does not fit
   */
  static void check(byte[] bytes, String origin) {
    new ClassFileLayout(bytes, origin).walk();
  }

  private void walk() {
    position = 8;
    constantPool();
    need(6, "the class's access flags and names");
    position += 6;
    int interfaces = u2("the interface count");
    skip(2L * interfaces, "the interface list");
    for (boolean methods : new boolean[] {false, true}) {
      int count = u2(methods ? "the method count" : "the field count");
      for (int i = 0; i < count; i++) {
        need(6, methods ? "a method" : "a field");
        position += 6;
        attributes(bytes.length, methods);
      }
    }
    attributes(bytes.length, false);
    if (position != bytes.length) {
      throw malformed((bytes.length - position) + " extra bytes after the last attribute");
    }
  }

  private void constantPool() {
    int count = u2("the constant pool count");
    constants = new int[count];
    for (int index = 1; index < count; index++) {
      constants[index] = position;
      int tag = u1("a constant's tag");
      switch (tag) {
        case 1: // Utf8
          skip(u2("a string constant's length"), "a string constant");
          break;
        case 5: case 6: // Long, Double: they take two entries
          skip(8, "a long or double constant");
          index++;
          break;
        case 7: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
          skip(2, "a constant");
          break;
        case 15: // MethodHandle
          skip(3, "a method handle constant");
          break;
        case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
          skip(4, "a constant");
          break;
        default:
          throw malformed("unknown constant pool tag " + tag + " at offset "
              + constants[index]);
      }
    }
  }

  /** A count and that many attributes, all ending by {@code end}. */
  private void attributes(int end, boolean mayHaveCode) {
    int count = u2("an attribute count");
    for (int i = 0; i < count; i++) {
      int start = position;
      int name = u2("an attribute's name");
      long length = u4("an attribute's length");
      if (position + length > end) {
        throw malformed("the attribute at offset " + start + " claims " + length
            + " bytes, but only " + (end - position) + " remain");
      }
      int attributeEnd = (int) (position + length);
      if (mayHaveCode && isUtf8(name, "Code")) {
        code(attributeEnd, start);
      }
      position = attributeEnd;
    }
  }

  /** The {@code Code} attribute's body, which must fill it exactly (JVMS 4.7.3). */
  private void code(int end, int start) {
    need(8, "a Code attribute");
    position += 4; // max_stack, max_locals
    long length = u4("the code length");
    if (length == 0 || length > MAX_CODE_LENGTH) {
      throw malformed("the Code attribute at offset " + start + " has " + length
          + " bytes of code (JVMS: 1 to " + MAX_CODE_LENGTH + ")");
    }
    skip(length, "a method's code");
    int handlers = u2("the exception table length");
    skip(8L * handlers, "an exception table");
    attributes(end, false);
    if (position != end) {
      throw malformed("the Code attribute at offset " + start + " is "
          + (end - position > 0 ? "longer" : "shorter") + " than its contents");
    }
  }

  private boolean isUtf8(int index, String value) {
    if (index <= 0 || index >= constants.length || constants[index] == 0
        || bytes[constants[index]] != 1) {
      return false;
    }
    int at = constants[index];
    int length = ((bytes[at + 1] & 0xff) << 8) | (bytes[at + 2] & 0xff);
    return length == value.length()
        && new String(bytes, at + 3, length, StandardCharsets.UTF_8).equals(value);
  }

  private void need(long count, String what) {
    if (position + count > bytes.length) {
      throw malformed("truncated in " + what + " at offset " + position);
    }
  }

  private void skip(long count, String what) {
    need(count, what);
    position += (int) count;
  }

  private int u1(String what) {
    need(1, what);
    return bytes[position++] & 0xff;
  }

  private int u2(String what) {
    need(2, what);
    int value = ((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff);
    position += 2;
    return value;
  }

  private long u4(String what) {
    need(4, what);
    long value = ((long) (bytes[position] & 0xff) << 24) | ((bytes[position + 1] & 0xff) << 16)
        | ((bytes[position + 2] & 0xff) << 8) | (bytes[position + 3] & 0xff);
    position += 4;
    return value;
  }

  private CompileError malformed(String problem) {
    return new CompileError("malformed class file " + origin + ": " + problem);
  }
}
