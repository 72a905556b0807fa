package jeyra.intrinsics;

/**
 * A machine word: an unsigned integer as wide as a pointer on the target (32 or 64 bits).
 *
 * <p>Why: Java has no unsigned, pointer-sized type and no raw memory access. The compiler
 * replaces {@code Word} everywhere (locals, fields, parameters, results) by an LLVM integer
 * of the target's pointer width; no {@code Word} object ever exists. Arithmetic wraps modulo
 * the word size.
 *
 * <p>Memory access: {@code readX(offset)} and {@code writeX(offset, value)} access the
 * address {@code this + offset}; the offset is truncated to the word size.
 *
 * <p>Safety: the address must be valid for the access and naturally aligned for its width,
 * and an object reference written with {@link #writeObject} must be one the collector can
 * find (a heap or image object, stored where the collector scans). Reference writes and
 * atomics ({@code writeObject}, {@code compareAndSwapObject}...) include the collector's
 * write barrier, as {@code putfield} does; a reference written as a word has none. Misuse
 * is undefined behaviour of the generated program: a fault, or silent corruption.
 */
public final class Word {
  private Word() {}

  /** The word 0. */
  public static native Word zero();

  /** The low bits of {@code value} (all of them on a 64-bit target). */
  public static native Word fromLong(long value);

  /** {@code value} sign-extended to a word. */
  public static native Word fromInt(int value);

  /** {@code value} zero-extended to a word. */
  public static native Word fromUnsignedInt(int value);

  /**
   * The address of an object (0 for {@code null}).
   *
   * <p>Safety: the collector does not move objects (yet), so the address stays valid while
   * the object is reachable; keep it reachable for as long as the address is used.
   */
  public static native Word addressOf(Object object);

  /**
   * The object at this address, with no check at all.
   *
   * <p>Safety: the word must be 0 or the address of a live object of a type the caller then
   * casts to; the compiler emits no type check for the conversion itself.
   */
  public native Object toObject();

  /** This word zero-extended to a {@code long}. */
  public native long toLong();

  /** This word sign-extended to a {@code long}: how the kernel's negative errors read. */
  public native long toSignedLong();

  /** The low 32 bits. */
  public native int toInt();

  /** {@code this + other}, wrapping. */
  public native Word add(Word other);

  /** {@code this + delta}, wrapping; {@code delta} is truncated to the word size. */
  public native Word add(long delta);

  /** {@code this - other}, wrapping. */
  public native Word subtract(Word other);

  /** {@code this - delta}, wrapping; {@code delta} is truncated to the word size. */
  public native Word subtract(long delta);

  /** {@code this * factor}, wrapping. */
  public native Word multiply(long factor);

  /** Unsigned {@code this / divisor}. Safety: the divisor is not 0. */
  public native Word unsignedDivide(long divisor);

  /** Unsigned {@code this % divisor}. Safety: the divisor is not 0. */
  public native Word unsignedRemainder(long divisor);

  /** Bitwise and with {@code mask} (truncated to the word size). */
  public native Word and(long mask);

  /** Bitwise or. */
  public native Word or(Word other);

  /** Bitwise exclusive or. */
  public native Word xor(Word other);

  /** {@code this << distance}; the distance must be below the word's bit count. */
  public native Word shiftLeft(int distance);

  /** {@code this >>> distance}; the distance must be below the word's bit count. */
  public native Word unsignedShiftRight(int distance);

  /** Whether both words are equal. */
  public native boolean equal(Word other);

  /** Whether the words differ. */
  public native boolean notEqual(Word other);

  /** Whether this word is 0. */
  public native boolean isZero();

  /** Whether this word is not 0. */
  public native boolean isNonZero();

  /** Unsigned {@code this < other}. */
  public native boolean below(Word other);

  /** Unsigned {@code this <= other}. */
  public native boolean belowOrEqual(Word other);

  /** Unsigned {@code this > other}. */
  public native boolean above(Word other);

  /** Unsigned {@code this >= other}. */
  public native boolean aboveOrEqual(Word other);

  /** Reads a byte. */
  public native byte readByte(long offset);

  /** Reads a short. */
  public native short readShort(long offset);

  /** Reads a char. */
  public native char readChar(long offset);

  /** Reads an int. */
  public native int readInt(long offset);

  /** Reads a long. On a 32-bit target the two halves are read non-atomically. */
  public native long readLong(long offset);

  /** Reads a float. */
  public native float readFloat(long offset);

  /** Reads a double. */
  public native double readDouble(long offset);

  /** Reads a word. */
  public native Word readWord(long offset);

  /** Reads an object reference. */
  public native Object readObject(long offset);

  /** Writes a byte. */
  public native void writeByte(long offset, byte value);

  /** Writes a short. */
  public native void writeShort(long offset, short value);

  /** Writes a char. */
  public native void writeChar(long offset, char value);

  /** Writes an int. */
  public native void writeInt(long offset, int value);

  /** Writes a long. */
  public native void writeLong(long offset, long value);

  /** Writes a float. */
  public native void writeFloat(long offset, float value);

  /** Writes a double. */
  public native void writeDouble(long offset, double value);

  /** Writes a word. */
  public native void writeWord(long offset, Word value);

  /** Writes an object reference. */
  public native void writeObject(long offset, Object value);

  /** Reads an int with sequentially consistent (Java {@code volatile}) ordering. */
  public native int readIntVolatile(long offset);

  /** Reads a long atomically with sequentially consistent ordering. */
  public native long readLongVolatile(long offset);

  /** Reads a word atomically with sequentially consistent ordering. */
  public native Word readWordVolatile(long offset);

  /** Reads a reference with sequentially consistent ordering. */
  public native Object readObjectVolatile(long offset);

  /** Writes an int with sequentially consistent (Java {@code volatile}) ordering. */
  public native void writeIntVolatile(long offset, int value);

  /** Writes a long atomically with sequentially consistent ordering. */
  public native void writeLongVolatile(long offset, long value);

  /** Writes a word atomically with sequentially consistent ordering. */
  public native void writeWordVolatile(long offset, Word value);

  /** Writes a reference with sequentially consistent ordering. */
  public native void writeObjectVolatile(long offset, Object value);

  /**
   * Atomically replaces the int at {@code this + offset} by {@code newValue} if it equals
   * {@code expected} (sequentially consistent).
   *
   * @return whether the value was replaced
   */
  public native boolean compareAndSwapInt(long offset, int expected, int newValue);

  /** As {@link #compareAndSwapInt}, for a long (a 64-bit atomic on every target). */
  public native boolean compareAndSwapLong(long offset, long expected, long newValue);

  /** As {@link #compareAndSwapInt}, for a word. */
  public native boolean compareAndSwapWord(long offset, Word expected, Word newValue);

  /** As {@link #compareAndSwapInt}, for a reference (compared by identity). */
  public native boolean compareAndSwapObject(long offset, Object expected, Object newValue);

  /** As {@link #compareAndSwapInt}, but returns the value found. */
  public native int compareAndExchangeInt(long offset, int expected, int newValue);

  /** As {@link #compareAndSwapLong}, but returns the value found. */
  public native long compareAndExchangeLong(long offset, long expected, long newValue);

  /** As {@link #compareAndSwapObject}, but returns the value found. */
  public native Object compareAndExchangeObject(long offset, Object expected, Object newValue);

  /** Atomically adds {@code delta} to the int and returns its previous value. */
  public native int getAndAddInt(long offset, int delta);

  /** Atomically adds {@code delta} to the long and returns its previous value. */
  public native long getAndAddLong(long offset, long delta);

  /** Atomically replaces the int and returns its previous value. */
  public native int getAndSetInt(long offset, int newValue);

  /** Atomically replaces the long and returns its previous value. */
  public native long getAndSetLong(long offset, long newValue);

  /** Atomically replaces the reference and returns its previous value. */
  public native Object getAndSetObject(long offset, Object newValue);
}
