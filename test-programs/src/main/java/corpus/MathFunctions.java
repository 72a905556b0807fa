package corpus;

/** java.lang.Math and StrictMath: exact operations, rounding, and the libm functions. */
public class MathFunctions {
  public static void main(String[] args) {
    System.out.println(Math.abs(-7) + " " + Math.abs(-7.5) + " " + Math.abs(Integer.MIN_VALUE)
        + " " + Math.abs(-0.0) + " " + Math.max(3, 9) + " " + Math.min(-1L, 1L));
    System.out.println(Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.cbrt(27) + " "
        + Math.cbrt(-8) + " " + Math.hypot(3, 4) + " " + Math.pow(2, 10) + " "
        + Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0));
    // HotSpot replaces Math.exp, log, sin... by its own code, whose last bit may differ from
    // StrictMath's (fdlibm); print those rounded, and StrictMath in full.
    System.out.println(StrictMath.exp(1) + " " + Math.exp(-745.2) + " " + Math.exp(710) + " "
        + Math.round(Math.exp(1) * 1e12));
    double[] angles = {0, 0.5, 1, Math.PI / 6, Math.PI / 4, 2, 10, 1e6, -3};
    for (double a : angles) {
      System.out.println(a + ": " + StrictMath.sin(a) + " " + StrictMath.cos(a) + " "
          + StrictMath.tan(a) + " " + StrictMath.atan(a) + " " + StrictMath.sinh(a) + " "
          + StrictMath.cosh(a) + " " + StrictMath.tanh(a) + " " + StrictMath.expm1(a));
    }
    double[] positives = {0.5, 1, 2, 10, 1e-10, 1e300, Math.E};
    for (double x : positives) {
      System.out.println(x + ": " + StrictMath.log(x) + " " + StrictMath.log10(x) + " "
          + StrictMath.log1p(x) + " " + StrictMath.asin(1 / (1 + x)) + " "
          + StrictMath.acos(1 / (1 + x)) + " " + StrictMath.atan2(x, 1 - x));
    }
    System.out.println(StrictMath.IEEEremainder(10, 3) + " " + StrictMath.IEEEremainder(11, 3)
        + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " "
        + Math.floorMod(7, -3) + " " + Math.signum(-2.5) + " " + Math.copySign(3, -0.0));
    System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " "
        + Math.ulp(1.0) + " " + Math.nextUp(1.0f) + " " + Math.getExponent(1024.0) + " "
        + Math.scalb(1.5, 4) + " " + Math.fma(2.0, 3.0, 1.0));
    System.out.println(Math.round(Math.sin(1) * 1e12) + " " + Math.round(Math.log(10) * 1e12)
        + " " + Math.round(Math.atan2(1, 2) * 1e12));
    try {
      Math.addExact(Integer.MAX_VALUE, 1);
    } catch (ArithmeticException e) {
      System.out.println(e.getMessage());
    }
    try {
      Math.multiplyExact(Long.MAX_VALUE, 2L);
    } catch (ArithmeticException e) {
      System.out.println(e.getMessage());
    }
    try {
      Math.toIntExact(1L << 40);
    } catch (ArithmeticException e) {
      System.out.println(e.getMessage());
    }
    System.out.println(Math.negateExact(5) + " " + Math.incrementExact(41L) + " "
        + Math.absExact(-3) + " " + Math.floorDiv(Long.MIN_VALUE, -1L));
  }
}
