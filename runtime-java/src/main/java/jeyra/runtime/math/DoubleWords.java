package jeyra.runtime.math;

/**
 * The two 32-bit halves of a double, as fdlibm manipulates them: the high word holds the
 * sign, the exponent and the top 20 fraction bits.
 */
final class DoubleWords {
  private DoubleWords() {}

  static int high(double x) {
    return (int) (Double.doubleToRawLongBits(x) >>> 32);
  }

  static int low(double x) {
    return (int) Double.doubleToRawLongBits(x);
  }

  static double of(int high, int low) {
    return Double.longBitsToDouble(((long) high << 32) | (low & 0xffffffffL));
  }

  static double withHigh(double x, int high) {
    return of(high, low(x));
  }

  /** x with its low word cleared: its leading 21 fraction bits, for exact splits. */
  static double withZeroLow(double x) {
    return of(high(x), 0);
  }
}
