package jeyra.runtime.math;

import static jeyra.runtime.math.DoubleWords.high;
import static jeyra.runtime.math.DoubleWords.low;
import static jeyra.runtime.math.DoubleWords.withHigh;

/** The IEEE 754 remainder (fdlibm's e_remainder). */
public final class Remainders {
  private Remainders() {}

  /**
   * x - n*p with n the integer nearest x/p (ties to even), exactly: from fmod(x, 2p), which
   * Java's {@code %} computes exactly, then at most two subtractions of p.
   */
  public static double ieeeRemainder(double x, double p) {
    int hx = high(x);
    int lx = low(x);
    int hp = high(p);
    int lp = low(p);
    int sx = hx & 0x80000000;
    hp &= 0x7fffffff;
    hx &= 0x7fffffff;
    if ((hp | lp) == 0) {
      return (x * p) / (x * p); // p = 0: NaN
    }
    if (hx >= 0x7ff00000 || (hp >= 0x7ff00000 && ((hp - 0x7ff00000) | lp) != 0)) {
      return (x * p) / (x * p); // x not finite, or p NaN
    }
    if (hp <= 0x7fdfffff) {
      x = x % (p + p); // now |x| < 2|p|
    }
    if (((hx - hp) | (lx - lp)) == 0) {
      return 0.0 * x; // |x| = |p|
    }
    x = Math.abs(x);
    p = Math.abs(p);
    if (hp < 0x00200000) {
      if (x + x > p) {
        x -= p;
        if (x + x >= p) {
          x -= p;
        }
      }
    } else {
      double half = 0.5 * p;
      if (x > half) {
        x -= p;
        if (x >= half) {
          x -= p;
        }
      }
    }
    return withHigh(x, high(x) ^ sx);
  }
}
