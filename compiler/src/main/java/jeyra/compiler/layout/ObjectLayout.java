package jeyra.compiler.layout;

import jeyra.compiler.model.Intrinsics;
import org.objectweb.asm.Type;

/**
 * The shape of objects on one target: the header, array lengths and elements, field sizes.
 *
 * <pre>
 * object: [hub: word][lock: int][identity hash: int][fields...]
 * array:  [hub: word][lock: int][identity hash: int][length: int][pad to 8][elements...]
 * </pre>
 *
 * <p>The hub is the object's {@code java.lang.Class}, followed in memory by its vtable. The
 * header is 16 bytes on 64-bit targets and 12 on i686; array elements start 8-aligned so that
 * {@code long} and {@code double} elements are naturally aligned on every target. Objects
 * are allocated at 8-byte alignment.
 */
public final class ObjectLayout {
  private final int wordBytes;

  /** @param wordBytes 4 or 8 */
  public ObjectLayout(int wordBytes) {
    this.wordBytes = wordBytes;
  }

  public int wordBytes() {
    return wordBytes;
  }

  /** Offset of the hub pointer. */
  public int hubOffset() {
    return 0;
  }

  /** Offset of the lock word (an int). */
  public int lockOffset() {
    return wordBytes;
  }

  /** Offset of the identity hash (an int, 0 until first asked). */
  public int identityHashOffset() {
    return wordBytes + 4;
  }

  /** Bytes before the first instance field. */
  public int headerBytes() {
    return wordBytes + 8;
  }

  /** Offset of an array's length (an int). */
  public int arrayLengthOffset() {
    return headerBytes();
  }

  /** Offset of an array's first element. */
  public int arrayBaseOffset() {
    return align(headerBytes() + 4, 8);
  }

  /** Allocation granularity and object alignment in bytes. */
  public int objectAlignment() {
    return 8;
  }

  /** Bytes a field or array element of this type occupies. */
  public int storageBytes(Type type) {
    switch (type.getSort()) {
      case Type.BOOLEAN:
      case Type.BYTE:
        return 1;
      case Type.CHAR:
      case Type.SHORT:
        return 2;
      case Type.INT:
      case Type.FLOAT:
        return 4;
      case Type.LONG:
      case Type.DOUBLE:
        return 8;
      default:
        return wordBytes; // references, and Word
    }
  }

  /** log2 of {@link #storageBytes}. */
  public int storageShift(Type type) {
    return Integer.numberOfTrailingZeros(storageBytes(type));
  }

  /** Whether a descriptor is the intrinsic word type. */
  public static boolean isWord(Type type) {
    return type.getSort() == Type.OBJECT && type.getInternalName().equals(Intrinsics.WORD);
  }

  /** Rounds {@code value} up to a multiple of {@code alignment} (a power of two). */
  public static int align(int value, int alignment) {
    return (value + alignment - 1) & -alignment;
  }
}
