package jeyra.intrinsics;

/**
 * Reinterprets floating-point bits as integers and back.
 *
 * <p>Why: Java exposes this only through the JDK's own native methods
 * ({@code Float.floatToRawIntBits}...), which runtime-java must implement; each becomes one
 * LLVM {@code bitcast}, payload bits of NaNs included.
 */
public final class Bits {
  private Bits() {}

  /** The IEEE 754 bits of a float, NaN payload kept. */
  public static native int floatToRawIntBits(float value);

  /** The float with these IEEE 754 bits. */
  public static native float intBitsToFloat(int bits);

  /** The IEEE 754 bits of a double, NaN payload kept. */
  public static native long doubleToRawLongBits(double value);

  /** The double with these IEEE 754 bits. */
  public static native double longBitsToDouble(long bits);
}
