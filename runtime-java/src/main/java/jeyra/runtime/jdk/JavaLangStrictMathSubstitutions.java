package jeyra.runtime.jdk;

import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.runtime.math.Hyperbolic;
import jeyra.runtime.math.InverseTrigonometry;
import jeyra.runtime.math.Logarithms;
import jeyra.runtime.math.Remainders;
import jeyra.runtime.math.Trigonometry;

/**
 * {@code java.lang.StrictMath}: the natives the JDK takes from fdlibm's C, in Java
 * ({@code jeyra.runtime.math}). sqrt is not here: the compiler emits the IEEE square root
 * instruction for it, as HotSpot does.
 */
@TargetClass(StrictMath.class)
final class Target_java_lang_StrictMath {
  @Substitute
  public static double sin(double a) {
    return Trigonometry.sin(a);
  }

  @Substitute
  public static double cos(double a) {
    return Trigonometry.cos(a);
  }

  @Substitute
  public static double tan(double a) {
    return Trigonometry.tan(a);
  }

  @Substitute
  public static double asin(double a) {
    return InverseTrigonometry.asin(a);
  }

  @Substitute
  public static double acos(double a) {
    return InverseTrigonometry.acos(a);
  }

  @Substitute
  public static double atan(double a) {
    return InverseTrigonometry.atan(a);
  }

  @Substitute
  public static double atan2(double y, double x) {
    return InverseTrigonometry.atan2(y, x);
  }

  @Substitute
  public static double log(double a) {
    return Logarithms.log(a);
  }

  @Substitute
  public static double log10(double a) {
    return Logarithms.log10(a);
  }

  @Substitute
  public static double log1p(double x) {
    return Logarithms.log1p(x);
  }

  @Substitute
  public static double expm1(double x) {
    return Hyperbolic.expm1(x);
  }

  @Substitute
  public static double sinh(double x) {
    return Hyperbolic.sinh(x);
  }

  @Substitute
  public static double cosh(double x) {
    return Hyperbolic.cosh(x);
  }

  @Substitute
  public static double tanh(double x) {
    return Hyperbolic.tanh(x);
  }

  @Substitute
  public static double IEEEremainder(double f1, double f2) {
    return Remainders.ieeeRemainder(f1, f2);
  }
}
