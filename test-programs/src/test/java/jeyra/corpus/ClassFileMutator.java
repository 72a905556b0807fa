package jeyra.corpus;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes broken copies of a well-formed class file, in the ways class files break: flipped
 * bits, truncation, swapped constant-pool entries, length fields that lie, overwritten,
 * inserted and deleted bytes. The layout of the original is read once (JVMS 4.1: the
 * constant pool, then fields, methods and attributes), so that the structured mutations hit
 * real entries and real length fields.
 */
final class ClassFileMutator {
  /** A mutant and how it was made, for the failure message. */
  record Mutant(byte[] bytes, String description) {}

  private final byte[] original;
  /** Where each constant-pool entry starts and ends: offsets [start, end). */
  private final List<int[]> constants = new ArrayList<>();
  /** Offsets of length fields: u2 CONSTANT_Utf8 lengths, u4 attribute and code lengths. */
  private final List<int[]> lengths = new ArrayList<>(); // {offset, size in bytes}

  ClassFileMutator(byte[] original) {
    this.original = original.clone();
    readLayout();
  }

  Mutant mutate(Random random) {
    switch (random.nextInt(7)) {
      case 0:
        return flipBits(random);
      case 1:
        return truncate(random);
      case 2:
        return swapConstants(random);
      case 3:
        return wrongLength(random);
      case 4:
        return overwrite(random);
      case 5:
        return insert(random);
      default:
        return delete(random);
    }
  }

  private Mutant flipBits(Random random) {
    byte[] bytes = original.clone();
    int flips = 1 + random.nextInt(8);
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(bytes.length);
      int bit = random.nextInt(8);
      bytes[at] ^= (byte) (1 << bit);
      where.append(i == 0 ? "" : ", ").append(at).append('.').append(bit);
    }
    return new Mutant(bytes, "flipped bits at " + where);
  }

  private Mutant truncate(Random random) {
    int length = random.nextInt(original.length);
    return new Mutant(Arrays.copyOf(original, length), "truncated to " + length + " bytes");
  }

  private Mutant swapConstants(Random random) {
    int[] first = constants.get(random.nextInt(constants.size()));
    int[] second = constants.get(random.nextInt(constants.size()));
    if (first[0] > second[0]) {
      int[] swap = first;
      first = second;
      second = swap;
    }
    if (first[0] == second[0]) {
      return flipBits(random);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(original, 0, first[0]);
    out.write(original, second[0], second[1] - second[0]);
    out.write(original, first[1], second[0] - first[1]);
    out.write(original, first[0], first[1] - first[0]);
    out.write(original, second[1], original.length - second[1]);
    return new Mutant(out.toByteArray(), "swapped the constants at offsets " + first[0] + " and "
        + second[0]);
  }

  private Mutant wrongLength(Random random) {
    int[] field = lengths.get(random.nextInt(lengths.size()));
    byte[] bytes = original.clone();
    long value = read(bytes, field[0], field[1]);
    long wrong;
    switch (random.nextInt(4)) {
      case 0:
        wrong = value + 1 + random.nextInt(16);
        break;
      case 1:
        wrong = Math.max(0, value - 1 - random.nextInt(16));
        break;
      case 2:
        wrong = 0;
        break;
      default:
        wrong = field[1] == 2 ? 0xFFFF : 0xFFFF_FFFFL;
    }
    write(bytes, field[0], field[1], wrong);
    return new Mutant(bytes, "length at offset " + field[0] + " changed from " + value + " to "
        + wrong);
  }

  private Mutant overwrite(Random random) {
    byte[] bytes = original.clone();
    int at = random.nextInt(bytes.length);
    int count = 1 + random.nextInt(Math.min(16, bytes.length - at));
    for (int i = 0; i < count; i++) {
      bytes[at + i] = (byte) random.nextInt(256);
    }
    return new Mutant(bytes, count + " random bytes at offset " + at);
  }

  private Mutant insert(Random random) {
    int at = random.nextInt(original.length + 1);
    int count = 1 + random.nextInt(8);
    byte[] bytes = new byte[original.length + count];
    System.arraycopy(original, 0, bytes, 0, at);
    for (int i = 0; i < count; i++) {
      bytes[at + i] = (byte) random.nextInt(256);
    }
    System.arraycopy(original, at, bytes, at + count, original.length - at);
    return new Mutant(bytes, count + " bytes inserted at offset " + at);
  }

  private Mutant delete(Random random) {
    int at = random.nextInt(original.length);
    int count = 1 + random.nextInt(Math.min(8, original.length - at));
    byte[] bytes = new byte[original.length - count];
    System.arraycopy(original, 0, bytes, 0, at);
    System.arraycopy(original, at + count, bytes, at, original.length - at - count);
    return new Mutant(bytes, count + " bytes deleted at offset " + at);
  }

  // ---- the original's layout (JVMS 4.1, 4.4, 4.5, 4.6, 4.7) ----

  private int position;

  private void readLayout() {
    position = 8;
    int count = u2();
    for (int index = 1; index < count; index++) {
      int start = position;
      int tag = u1();
      switch (tag) {
        case 1: // Utf8
          lengths.add(new int[] {position, 2});
          int length = u2(); // read first: position moves
          position += length;
          break;
        case 5: case 6: // Long, Double: two entries
          position += 8;
          index++;
          break;
        case 7: case 8: case 16: case 19: case 20: // Class, String, MethodType, Module, Package
          position += 2;
          break;
        case 15: // MethodHandle
          position += 3;
          break;
        default: // Integer, Float, Fieldref, Methodref, InterfaceMethodref, NameAndType, Dynamic
          position += 4;
      }
      constants.add(new int[] {start, position});
    }
    position += 6; // access, this, super
    int interfaces = u2(); // read first: position moves
    position += 2 * interfaces;
    members(false); // fields
    members(true); // methods
    attributes(false);
  }

  private void members(boolean methods) {
    int count = u2();
    for (int i = 0; i < count; i++) {
      position += 6; // access, name, descriptor
      attributes(methods);
    }
  }

  private void attributes(boolean mayHaveCode) {
    int count = u2();
    for (int i = 0; i < count; i++) {
      int name = u2();
      lengths.add(new int[] {position, 4});
      int length = (int) read(original, position, 4);
      position += 4;
      int end = position + length;
      if (mayHaveCode && isCode(name)) {
        position += 4; // max_stack, max_locals
        lengths.add(new int[] {position, 4});
      }
      position = end;
    }
  }

  /** Whether constant {@code index} is the Utf8 "Code". */
  private boolean isCode(int index) {
    if (index < 1 || index > constants.size()) {
      return false;
    }
    int[] entry = constantEntry(index);
    if (entry == null || original[entry[0]] != 1) {
      return false;
    }
    int length = (int) read(original, entry[0] + 1, 2);
    return length == 4 && new String(original, entry[0] + 3, 4,
        java.nio.charset.StandardCharsets.UTF_8).equals("Code");
  }

  /** The entry with constant-pool index {@code index} (long and double take two). */
  private int[] constantEntry(int index) {
    int at = 1;
    for (int[] entry : constants) {
      if (at == index) {
        return entry;
      }
      int tag = original[entry[0]];
      at += tag == 5 || tag == 6 ? 2 : 1;
    }
    return null;
  }

  private int u1() {
    return original[position++] & 0xff;
  }

  private int u2() {
    int value = (int) read(original, position, 2);
    position += 2;
    return value;
  }

  private static long read(byte[] bytes, int at, int size) {
    long value = 0;
    for (int i = 0; i < size; i++) {
      value = (value << 8) | (bytes[at + i] & 0xff);
    }
    return value;
  }

  private static void write(byte[] bytes, int at, int size, long value) {
    for (int i = size - 1; i >= 0; i--) {
      bytes[at + i] = (byte) value;
      value >>>= 8;
    }
  }
}
