package jeyra.runtime.math;

import static jeyra.runtime.math.DoubleWords.high;
import static jeyra.runtime.math.DoubleWords.low;
import static jeyra.runtime.math.DoubleWords.withZeroLow;

/** asin, acos, atan and atan2 (fdlibm's e_asin, e_acos, s_atan, e_atan2). */
public final class InverseTrigonometry {
  private InverseTrigonometry() {}

  private static final double HUGE = 1.000e+300;
  private static final double TINY = 1.0e-300;
  private static final double PI = 3.14159265358979311600e+00;
  private static final double PI_TAIL = 1.2246467991473531772E-16;
  private static final double PI_OVER_2 = 1.57079632679489655800e+00;
  private static final double PI_OVER_2_TAIL = 6.12323399573676603587e-17;
  private static final double PI_OVER_4 = 7.85398163397448278999e-01;

  // (asin(x) - x) / x^3 ~ P(x^2) / Q(x^2) on [0, 0.5]
  private static final double P0 = 1.66666666666666657415e-01;
  private static final double P1 = -3.25565818622400915405e-01;
  private static final double P2 = 2.01212532134862925881e-01;
  private static final double P3 = -4.00555345006794114027e-02;
  private static final double P4 = 7.91534994289814532176e-04;
  private static final double P5 = 3.47933107596021167570e-05;
  private static final double Q1 = -2.40339491173441421878e+00;
  private static final double Q2 = 2.02094576023350569471e+00;
  private static final double Q3 = -6.88283971605453293030e-01;
  private static final double Q4 = 7.70381505559019352791e-02;

  private static double numerator(double t) {
    return t * (P0 + t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5)))));
  }

  private static double denominator(double t) {
    return 1.0 + t * (Q1 + t * (Q2 + t * (Q3 + t * Q4)));
  }

  /** asin: a rational approximation below 0.5, pi/2 - 2 asin(sqrt((1-x)/2)) above. */
  public static double asin(double x) {
    int hx = high(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) { // |x| >= 1
      if (((ix - 0x3ff00000) | low(x)) == 0) {
        return x * PI_OVER_2 + x * PI_OVER_2_TAIL; // asin(+-1) = +-pi/2
      }
      return (x - x) / (x - x); // |x| > 1: NaN
    }
    if (ix < 0x3fe00000) { // |x| < 0.5
      if (ix < 0x3e400000 && HUGE + x > 1.0) {
        return x; // |x| < 2^-27
      }
      double t = x * x;
      double w = numerator(t) / denominator(t);
      return x + x * w;
    }
    double w = 1.0 - Math.abs(x);
    double t = w * 0.5;
    double p = numerator(t);
    double q = denominator(t);
    double s = Math.sqrt(t);
    if (ix >= 0x3FEF3333) { // |x| > 0.975
      w = p / q;
      t = PI_OVER_2 - (2.0 * (s + s * w) - PI_OVER_2_TAIL);
    } else {
      w = withZeroLow(s);
      double c = (t - w * w) / (s + w); // w + c = sqrt(t)
      double r = p / q;
      p = 2.0 * s * r - (PI_OVER_2_TAIL - 2.0 * c);
      q = PI_OVER_4 - 2.0 * w;
      t = PI_OVER_4 - (p - q);
    }
    return hx > 0 ? t : -t;
  }

  /** acos: pi/2 - asin(x), arranged for accuracy in each range. */
  public static double acos(double x) {
    int hx = high(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) { // |x| >= 1
      if (((ix - 0x3ff00000) | low(x)) == 0) {
        return hx > 0 ? 0.0 : PI + 2.0 * PI_OVER_2_TAIL;
      }
      return (x - x) / (x - x);
    }
    if (ix < 0x3fe00000) { // |x| < 0.5
      if (ix <= 0x3c600000) {
        return PI_OVER_2 + PI_OVER_2_TAIL; // |x| < 2^-57
      }
      double z = x * x;
      double r = numerator(z) / denominator(z);
      return PI_OVER_2 - (x - (PI_OVER_2_TAIL - x * r));
    }
    if (hx < 0) { // x < -0.5
      double z = (1.0 + x) * 0.5;
      double p = numerator(z);
      double q = denominator(z);
      double s = Math.sqrt(z);
      double r = p / q;
      double w = r * s - PI_OVER_2_TAIL;
      return PI - 2.0 * (s + w);
    }
    double z = (1.0 - x) * 0.5; // x > 0.5
    double s = Math.sqrt(z);
    double df = withZeroLow(s);
    double c = (z - df * df) / (s + df);
    double r = numerator(z) / denominator(z);
    double w = r * s + c;
    return 2.0 * (df + w);
  }

  private static final double[] ATAN_HIGH = {
    4.63647609000806093515e-01, // atan(0.5)
    7.85398163397448278999e-01, // atan(1.0)
    9.82793723247329054082e-01, // atan(1.5)
    1.57079632679489655800e+00, // atan(inf)
  };
  private static final double[] ATAN_LOW = {
    2.26987774529616870924e-17,
    3.06161699786838301793e-17,
    1.39033110312309984516e-17,
    6.12323399573676603587e-17,
  };
  private static final double[] AT = {
    3.33333333333329318027e-01,
    -1.99999999998764832476e-01,
    1.42857142725034663711e-01,
    -1.11111104054623557880e-01,
    9.09088713343650656196e-02,
    -7.69187620504482999495e-02,
    6.66107313738753120669e-02,
    -5.83357013379057348645e-02,
    4.97687799461593236017e-02,
    -3.65315727442169155270e-02,
    1.62858201153657823623e-02,
  };

  /** atan: reduce to one of five intervals, each relative to a known arctangent. */
  public static double atan(double x) {
    int hx = high(x);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x44100000) { // |x| >= 2^66
      if (ix > 0x7ff00000 || (ix == 0x7ff00000 && low(x) != 0)) {
        return x + x; // NaN
      }
      return hx > 0 ? ATAN_HIGH[3] + ATAN_LOW[3] : -ATAN_HIGH[3] - ATAN_LOW[3];
    }
    int id;
    if (ix < 0x3fdc0000) { // |x| < 0.4375
      if (ix < 0x3e200000 && HUGE + x > 1.0) {
        return x; // |x| < 2^-29
      }
      id = -1;
    } else {
      x = Math.abs(x);
      if (ix < 0x3ff30000) { // |x| < 1.1875
        if (ix < 0x3fe60000) { // 7/16 <= |x| < 11/16
          id = 0;
          x = (2.0 * x - 1.0) / (2.0 + x);
        } else { // 11/16 <= |x| < 19/16
          id = 1;
          x = (x - 1.0) / (x + 1.0);
        }
      } else if (ix < 0x40038000) { // |x| < 2.4375
        id = 2;
        x = (x - 1.5) / (1.0 + 1.5 * x);
      } else { // 2.4375 <= |x| < 2^66
        id = 3;
        x = -1.0 / x;
      }
    }
    double z = x * x;
    double w = z * z;
    // the series in z, split into odd and even terms
    double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
    double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
    if (id < 0) {
      return x - x * (s1 + s2);
    }
    z = ATAN_HIGH[id] - ((x * (s1 + s2) - ATAN_LOW[id]) - x);
    return hx < 0 ? -z : z;
  }

  /** atan2: the special cases of the signs, zeros and infinities, else atan(|y/x|). */
  public static double atan2(double y, double x) {
    int hx = high(x);
    int ix = hx & 0x7fffffff;
    int lx = low(x);
    int hy = high(y);
    int iy = hy & 0x7fffffff;
    int ly = low(y);
    if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) {
      return x + y; // x or y is NaN
    }
    if (((hx - 0x3ff00000) | lx) == 0) {
      return atan(y); // x = 1.0
    }
    int m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2 * sign(x) + sign(y)
    if ((iy | ly) == 0) { // y = 0
      switch (m) {
        case 0:
        case 1:
          return y; // atan(+-0, +anything) = +-0
        case 2:
          return PI + TINY; // atan(+0, -anything) = pi
        default:
          return -PI - TINY; // atan(-0, -anything) = -pi
      }
    }
    if ((ix | lx) == 0) { // x = 0
      return hy < 0 ? -PI_OVER_2 - TINY : PI_OVER_2 + TINY;
    }
    if (ix == 0x7ff00000) { // x is infinite
      if (iy == 0x7ff00000) {
        switch (m) {
          case 0:
            return PI_OVER_4 + TINY;
          case 1:
            return -PI_OVER_4 - TINY;
          case 2:
            return 3.0 * PI_OVER_4 + TINY;
          default:
            return -3.0 * PI_OVER_4 - TINY;
        }
      }
      switch (m) {
        case 0:
          return 0.0;
        case 1:
          return -0.0;
        case 2:
          return PI + TINY;
        default:
          return -PI - TINY;
      }
    }
    if (iy == 0x7ff00000) { // y is infinite
      return hy < 0 ? -PI_OVER_2 - TINY : PI_OVER_2 + TINY;
    }
    int k = (iy - ix) >> 20;
    double z;
    if (k > 60) { // |y/x| > 2^60
      z = PI_OVER_2 + 0.5 * PI_TAIL;
    } else if (hx < 0 && k < -60) { // |y|/x < -2^60
      z = 0.0;
    } else {
      z = atan(Math.abs(y / x));
    }
    switch (m) {
      case 0:
        return z; // atan(+, +)
      case 1:
        return -z; // atan(-, +): the sign bit flipped
      case 2:
        return PI - (z - PI_TAIL); // atan(+, -)
      default:
        return (z - PI_TAIL) - PI; // atan(-, -)
    }
  }
}
