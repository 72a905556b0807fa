package jeyra.runtime.math;

import static jeyra.runtime.math.DoubleWords.high;
import static jeyra.runtime.math.DoubleWords.low;
import static jeyra.runtime.math.DoubleWords.withHigh;

/** log, log10 and log1p (fdlibm's e_log, e_log10, s_log1p). */
public final class Logarithms {
  private Logarithms() {}

  private static final double LN2_HIGH = 6.93147180369123816490e-01;
  private static final double LN2_LOW = 1.90821492927058770002e-10;
  private static final double TWO_54 = 1.80143985094819840000e+16;
  // log(1+f) = 2s + s*R(s^2), R ~ L1*s^2 + ... + L7*s^14, s = f/(2+f)
  private static final double L1 = 6.666666666666735130e-01;
  private static final double L2 = 3.999999999940941908e-01;
  private static final double L3 = 2.857142874366239149e-01;
  private static final double L4 = 2.222219843214978396e-01;
  private static final double L5 = 1.818357216161805012e-01;
  private static final double L6 = 1.531383769920937332e-01;
  private static final double L7 = 1.479819860511658591e-01;

  /** log: x = 2^k (1+f) with sqrt(2)/2 < 1+f < sqrt(2); log = k ln2 + log(1+f). */
  public static double log(double x) {
    int hx = high(x);
    int lx = low(x);
    int k = 0;
    if (hx < 0x00100000) { // x < 2^-1022
      if (((hx & 0x7fffffff) | lx) == 0) {
        return -TWO_54 / 0.0; // log(+-0) = -infinity
      }
      if (hx < 0) {
        return (x - x) / 0.0; // log(negative) = NaN
      }
      k -= 54; // subnormal: scale up
      x *= TWO_54;
      hx = high(x);
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int i = (hx + 0x95f64) & 0x100000;
    x = withHigh(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
    k += i >> 20;
    double f = x - 1.0;
    if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
      if (f == 0.0) {
        if (k == 0) {
          return 0.0;
        }
        double dk = k;
        return dk * LN2_HIGH + dk * LN2_LOW;
      }
      double r = f * f * (0.5 - 0.33333333333333333 * f);
      if (k == 0) {
        return f - r;
      }
      double dk = k;
      return dk * LN2_HIGH - ((r - dk * LN2_LOW) - f);
    }
    double s = f / (2.0 + f);
    double dk = k;
    double z = s * s;
    i = hx - 0x6147a;
    double w = z * z;
    int j = 0x6b851 - hx;
    double t1 = w * (L2 + w * (L4 + w * L6));
    double t2 = z * (L1 + w * (L3 + w * (L5 + w * L7)));
    i |= j;
    double r = t2 + t1;
    if (i > 0) {
      double hfsq = 0.5 * f * f;
      if (k == 0) {
        return f - (hfsq - s * (hfsq + r));
      }
      return dk * LN2_HIGH - ((hfsq - (s * (hfsq + r) + dk * LN2_LOW)) - f);
    }
    if (k == 0) {
      return f - s * (f - r);
    }
    return dk * LN2_HIGH - ((s * (f - r) - dk * LN2_LOW) - f);
  }

  private static final double INVERSE_LN10 = 4.34294481903251816668e-01;
  private static final double LOG10_2_HIGH = 3.01029995663611771306e-01;
  private static final double LOG10_2_LOW = 3.69423907715893078616e-13;

  /** log10: n log10(2) + log(x / 2^n) / ln(10), exact at powers of ten. */
  public static double log10(double x) {
    int hx = high(x);
    int lx = low(x);
    int k = 0;
    if (hx < 0x00100000) { // x < 2^-1022
      if (((hx & 0x7fffffff) | lx) == 0) {
        return -TWO_54 / 0.0;
      }
      if (hx < 0) {
        return (x - x) / 0.0;
      }
      k -= 54;
      x *= TWO_54;
      hx = high(x);
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    k += (hx >> 20) - 1023;
    int i = (k & 0x80000000) >>> 31;
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
    double y = k + i;
    x = withHigh(x, hx);
    double z = y * LOG10_2_LOW + INVERSE_LN10 * log(x);
    return z + y * LOG10_2_HIGH;
  }

  /** log1p: like log, with a correction for the rounding of 1 + x. */
  public static double log1p(double x) {
    int hx = high(x);
    int ax = hx & 0x7fffffff;
    int k = 1;
    double f = 0.0;
    double c = 0.0;
    int hu = 0;
    if (hx < 0x3FDA827A) { // x < 0.41422
      if (ax >= 0x3ff00000) { // x <= -1.0
        if (x == -1.0) {
          return -TWO_54 / 0.0; // log1p(-1) = -infinity
        }
        return (x - x) / (x - x); // log1p(x < -1) = NaN
      }
      if (ax < 0x3e200000) { // |x| < 2^-29
        if (TWO_54 + x > 0.0 && ax < 0x3c900000) {
          return x; // |x| < 2^-54
        }
        return x - x * x * 0.5;
      }
      if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
        k = 0;
        f = x;
        hu = 1;
      }
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    if (k != 0) {
      double u;
      if (hx < 0x43400000) {
        u = 1.0 + x;
        hu = high(u);
        k = (hu >> 20) - 1023;
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
        c /= u;
      } else {
        u = x;
        hu = high(u);
        k = (hu >> 20) - 1023;
        c = 0;
      }
      hu &= 0x000fffff;
      if (hu < 0x6a09e) {
        u = withHigh(u, hu | 0x3ff00000); // normalise u
      } else {
        k += 1;
        u = withHigh(u, hu | 0x3fe00000); // normalise u/2
        hu = (0x00100000 - hu) >> 2;
      }
      f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    if (hu == 0) { // |f| < 2^-20
      if (f == 0.0) {
        if (k == 0) {
          return 0.0;
        }
        c += k * LN2_LOW;
        return k * LN2_HIGH + c;
      }
      double r = hfsq * (1.0 - 0.66666666666666666 * f);
      if (k == 0) {
        return f - r;
      }
      return k * LN2_HIGH - ((r - (k * LN2_LOW + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double r = z * (L1 + z * (L2 + z * (L3 + z * (L4 + z * (L5 + z * (L6 + z * L7))))));
    if (k == 0) {
      return f - (hfsq - s * (hfsq + r));
    }
    return k * LN2_HIGH - ((hfsq - (s * (hfsq + r) + (k * LN2_LOW + c))) - f);
  }
}
