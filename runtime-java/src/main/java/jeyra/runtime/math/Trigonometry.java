package jeyra.runtime.math;

import static jeyra.runtime.math.DoubleWords.high;
import static jeyra.runtime.math.DoubleWords.low;
import static jeyra.runtime.math.DoubleWords.of;
import static jeyra.runtime.math.DoubleWords.withZeroLow;

/**
 * sin, cos and tan (fdlibm's s_sin, s_cos, s_tan): reduce the argument to [-pi/4, pi/4]
 * modulo pi/2, then evaluate a kernel polynomial chosen by the quadrant.
 */
public final class Trigonometry {
  private Trigonometry() {}

  public static double sin(double x) {
    int ix = high(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      return kernelSin(x, 0.0, false);
    }
    if (ix >= 0x7ff00000) {
      return x - x; // NaN for infinities and NaN
    }
    double[] y = new double[2];
    int n = ArgumentReduction.remainderPiOver2(x, y);
    switch (n & 3) {
      case 0:
        return kernelSin(y[0], y[1], true);
      case 1:
        return kernelCos(y[0], y[1]);
      case 2:
        return -kernelSin(y[0], y[1], true);
      default:
        return -kernelCos(y[0], y[1]);
    }
  }

  public static double cos(double x) {
    int ix = high(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      return kernelCos(x, 0.0);
    }
    if (ix >= 0x7ff00000) {
      return x - x;
    }
    double[] y = new double[2];
    int n = ArgumentReduction.remainderPiOver2(x, y);
    switch (n & 3) {
      case 0:
        return kernelCos(y[0], y[1]);
      case 1:
        return -kernelSin(y[0], y[1], true);
      case 2:
        return -kernelCos(y[0], y[1]);
      default:
        return kernelSin(y[0], y[1], true);
    }
  }

  public static double tan(double x) {
    int ix = high(x) & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      return kernelTan(x, 0.0, 1);
    }
    if (ix >= 0x7ff00000) {
      return x - x;
    }
    double[] y = new double[2];
    int n = ArgumentReduction.remainderPiOver2(x, y);
    // Even quadrants give tan, odd ones -1/tan.
    return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
  }

  // sin(x) = x + S1*x^3 + ... + S6*x^13 on [0, pi/4]
  private static final double S1 = -1.66666666666666324348e-01;
  private static final double S2 = 8.33333333332248946124e-03;
  private static final double S3 = -1.98412698298579493134e-04;
  private static final double S4 = 2.75573137070700676789e-06;
  private static final double S5 = -2.50507602534068634195e-08;
  private static final double S6 = 1.58969099521155010221e-10;

  /**
   * sin(x + y) for |x| <= pi/4, y being the tail of x (fdlibm's __kernel_sin).
   *
   * @param hasTail whether y is to be used (false: y is taken as zero)
   */
  static double kernelSin(double x, double y, boolean hasTail) {
    int ix = high(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (int) x == 0) {
      return x; // |x| < 2^-27
    }
    double z = x * x;
    double v = z * x;
    double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if (!hasTail) {
      return x + v * (S1 + z * r);
    }
    return x - ((z * (0.5 * y - v * r) - y) - v * S1);
  }

  // cos(x) = 1 - x^2/2 + C1*x^4 + ... + C6*x^14 on [0, pi/4]
  private static final double C1 = 4.16666666666666019037e-02;
  private static final double C2 = -1.38888888888741095749e-03;
  private static final double C3 = 2.48015872894767294178e-05;
  private static final double C4 = -2.75573143513906633035e-07;
  private static final double C5 = 2.08757232129817482790e-09;
  private static final double C6 = -1.13596475577881948265e-11;

  /** cos(x + y) for |x| <= pi/4, y being the tail of x (fdlibm's __kernel_cos). */
  static double kernelCos(double x, double y) {
    int ix = high(x) & 0x7fffffff;
    if (ix < 0x3e400000 && (int) x == 0) {
      return 1.0; // |x| < 2^-27
    }
    double z = x * x;
    double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if (ix < 0x3FD33333) { // |x| < 0.3
      return 1.0 - (0.5 * z - (z * r - x * y));
    }
    // Subtract a quarter of x^2 exactly first, to keep the rounding error small.
    double qx = ix > 0x3fe90000 ? 0.28125 : of(ix - 0x00200000, 0);
    double hz = 0.5 * z - qx;
    double a = 1.0 - qx;
    return a - (hz - (z * r - x * y));
  }

  // tan(x) = x + T[0]*x^3 + ... + T[12]*x^27 on [0, 0.67434]
  private static final double[] T = {
    3.33333333333334091986e-01,
    1.33333333333201242699e-01,
    5.39682539762260521377e-02,
    2.18694882948595424599e-02,
    8.86323982359930005737e-03,
    3.59207910759131235356e-03,
    1.45620945432529025516e-03,
    5.88041240820264096874e-04,
    2.46463134818469906812e-04,
    7.81794442939557092300e-05,
    7.14072491382608190305e-05,
    -1.85586374855275456654e-05,
    2.59073051863633712884e-05,
  };
  private static final double PI_OVER_4 = 7.85398163397448278999e-01;
  private static final double PI_OVER_4_TAIL = 3.06161699786838301793e-17;

  /**
   * tan(x + y) (k = 1) or -1/tan(x + y) (k = -1), for |x| <= pi/4 (fdlibm 5.3's
   * __kernel_tan).
   */
  static double kernelTan(double x, double y, int k) {
    int hx = high(x);
    int ix = hx & 0x7fffffff;
    if (ix < 0x3e300000 && (int) x == 0) { // |x| < 2^-28
      if (((ix | low(x)) | (k + 1)) == 0) {
        return 1.0 / Math.abs(x);
      }
      if (k == 1) {
        return x;
      }
      return minusReciprocal(x + y, x, y);
    }
    boolean large = ix >= 0x3FE59428; // |x| >= 0.6744: use tan(pi/4 - x)
    if (large) {
      if (hx < 0) {
        x = -x;
        y = -y;
      }
      double z = PI_OVER_4 - x;
      double w = PI_OVER_4_TAIL - y;
      x = z + w;
      y = 0.0;
    }
    double z = x * x;
    double w = z * z;
    // x^5 (T1 + x^2 T2 + ...) split into odd and even powers of x^4.
    double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
    double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
    double s = z * x;
    r = y + z * (s * (r + v) + y);
    r += T[0] * s;
    w = x + r;
    if (large) {
      v = k;
      return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    if (k == 1) {
      return w;
    }
    // -1 / (x + r), computed carefully.
    return minusReciprocal(w, x, r);
  }

  /** -1 / w where w = x + r rounded: the division corrected with w's rounding error. */
  private static double minusReciprocal(double w, double x, double r) {
    double z = withZeroLow(w);
    double v = r - (z - x); // z + v = r + x
    double a = -1.0 / w;
    double t = withZeroLow(a);
    double s = 1.0 + t * z;
    return t + a * (s + t * v);
  }
}
