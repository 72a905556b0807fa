package jeyra.runtime.math;

import static jeyra.runtime.math.DoubleWords.high;
import static jeyra.runtime.math.DoubleWords.low;
import static jeyra.runtime.math.DoubleWords.of;
import static jeyra.runtime.math.DoubleWords.withHigh;

/** expm1, sinh, cosh and tanh (fdlibm 5.3's s_expm1, e_sinh, e_cosh, s_tanh). */
public final class Hyperbolic {
  private Hyperbolic() {}

  private static final double HUGE = 1.0e+300;
  private static final double TINY = 1.0e-300;
  private static final double OVERFLOW_THRESHOLD = 7.09782712893383973096e+02;
  private static final double LN2_HIGH = 6.93147180369123816490e-01;
  private static final double LN2_LOW = 1.90821492927058770002e-10;
  private static final double INVERSE_LN2 = 1.44269504088896338700e+00;
  // R1(z) ~ 1 + Q1*z + ... + Q5*z^5, scaled by 2^i
  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;

  /** expm1: x = k ln2 + r, a rational approximation of expm1(r), scaled back by 2^k. */
  public static double expm1(double x) {
    int hx = high(x);
    boolean negative = hx < 0;
    double y = negative ? -x : x;
    hx &= 0x7fffffff;
    if (hx >= 0x4043687A) { // |x| >= 56 ln2
      if (hx >= 0x40862E42) { // |x| >= 709.78...
        if (hx >= 0x7ff00000) {
          if (((hx & 0xfffff) | low(x)) != 0) {
            return x + x; // NaN
          }
          return negative ? -1.0 : x; // expm1(+-infinity) = {infinity, -1}
        }
        if (x > OVERFLOW_THRESHOLD) {
          return HUGE * HUGE; // overflow
        }
      }
      if (negative && x + TINY < 0.0) {
        return TINY - 1.0; // x < -56 ln2: -1
      }
    }
    double hi;
    double lo;
    double c = 0;
    int k;
    if (hx > 0x3fd62e42) { // |x| > ln2 / 2
      if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
        if (!negative) {
          hi = x - LN2_HIGH;
          lo = LN2_LOW;
          k = 1;
        } else {
          hi = x + LN2_HIGH;
          lo = -LN2_LOW;
          k = -1;
        }
      } else {
        k = (int) (INVERSE_LN2 * x + (negative ? -0.5 : 0.5));
        double t = k;
        hi = x - t * LN2_HIGH; // exact
        lo = t * LN2_LOW;
      }
      x = hi - lo;
      c = (hi - x) - lo;
    } else if (hx < 0x3c900000) { // |x| < 2^-54: x itself
      double t = HUGE + x;
      return x - (t - (HUGE + x));
    } else {
      k = 0;
    }
    // x is now in the primary range
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) {
      return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if (k == -1) {
      return 0.5 * (x - e) - 0.5;
    }
    if (k == 1) {
      if (x < -0.25) {
        return -2.0 * (e - (x + 0.5));
      }
      return 1.0 + 2.0 * (x - e);
    }
    if (k <= -2 || k > 56) { // exp(x) - 1 is enough
      y = 1.0 - (e - x);
      y = withHigh(y, high(y) + (k << 20)); // add k to the exponent
      return y - 1.0;
    }
    if (k < 20) {
      t = of(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
      y = t - (e - x);
    } else {
      t = of((0x3ff - k) << 20, 0); // 2^-k
      y = x - (e + t);
      y += 1.0;
    }
    return withHigh(y, high(y) + (k << 20));
  }

  private static final double SHUGE = 1.0e307;

  /** sinh: from expm1 below 22, exp(|x|)/2 above, split in two near overflow. */
  public static double sinh(double x) {
    int jx = high(x);
    int ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return x + x; // infinity or NaN
    }
    double h = jx < 0 ? -0.5 : 0.5;
    if (ix < 0x40360000) { // |x| < 22
      if (ix < 0x3e300000 && SHUGE + x > 1.0) {
        return x; // |x| < 2^-28
      }
      double t = expm1(Math.abs(x));
      if (ix < 0x3ff00000) {
        return h * (2.0 * t - t * t / (t + 1.0));
      }
      return h * (t + t / (t + 1.0));
    }
    if (ix < 0x40862E42) { // |x| in [22, log(MAX_VALUE)]
      return h * StrictMath.exp(Math.abs(x));
    }
    if (belowOverflow(ix, x)) { // |x| in [log(MAX_VALUE), overflow threshold]
      double w = StrictMath.exp(0.5 * Math.abs(x));
      double t = h * w;
      return t * w;
    }
    return x * SHUGE; // overflow
  }

  /** cosh: from expm1 below ln2/2, (exp + 1/exp)/2 below 22, exp/2 above. */
  public static double cosh(double x) {
    int ix = high(x) & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return x * x; // infinity or NaN
    }
    if (ix < 0x3fd62e43) { // |x| < ln2 / 2
      double t = expm1(Math.abs(x));
      double w = 1.0 + t;
      if (ix < 0x3c800000) {
        return w; // cosh(tiny) = 1
      }
      return 1.0 + (t * t) / (w + w);
    }
    if (ix < 0x40360000) { // |x| < 22
      double t = StrictMath.exp(Math.abs(x));
      return 0.5 * t + 0.5 / t;
    }
    if (ix < 0x40862E42) {
      return 0.5 * StrictMath.exp(Math.abs(x));
    }
    if (belowOverflow(ix, x)) {
      double w = StrictMath.exp(0.5 * Math.abs(x));
      double t = 0.5 * w;
      return t * w;
    }
    return HUGE * HUGE; // overflow
  }

  /** |x| at most the overflow threshold of sinh and cosh, 0x408633CE_8FB9F87D. */
  private static boolean belowOverflow(int ix, double x) {
    return ix < 0x408633CE
        || (ix == 0x408633CE && Integer.compareUnsigned(low(x), 0x8fb9f87d) <= 0);
  }

  /** tanh: from expm1 of 2|x| below 22, +-1 above. */
  public static double tanh(double x) {
    int jx = high(x);
    int ix = jx & 0x7fffffff;
    if (ix >= 0x7ff00000) {
      return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; // +-1, or NaN
    }
    double z;
    if (ix < 0x40360000) { // |x| < 22
      if (ix < 0x3c800000) {
        return x * (1.0 + x); // |x| < 2^-55
      }
      if (ix >= 0x3ff00000) { // |x| >= 1
        double t = expm1(2.0 * Math.abs(x));
        z = 1.0 - 2.0 / (t + 2.0);
      } else {
        double t = expm1(-2.0 * Math.abs(x));
        z = -t / (t + 2.0);
      }
    } else {
      z = 1.0 - TINY;
    }
    return jx >= 0 ? z : -z;
  }
}
