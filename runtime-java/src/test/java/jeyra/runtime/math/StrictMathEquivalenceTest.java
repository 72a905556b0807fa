package jeyra.runtime.math;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * jeyra's Java StrictMath functions against the JVM's (fdlibm in C): the same bits for
 * special values, values near the branch points of the algorithms, and many random doubles
 * over the whole exponent range.
 */
class StrictMathEquivalenceTest {
  private static final int RANDOM_SAMPLES = 200_000;

  private static List<Double> inputs() {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0,
        0.5, -0.5, 2.0, Math.PI, -Math.PI, Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4, Math.E,
        1e-300, 1e300, 22.0, 709.78, 710.4758600739439, -745.2, 0.41422, -0.2929, 0.975,
        1.1875, 2.4375, 1e22, 1e308, Math.scalb(1.0, 66), Math.scalb(1.0, -29)));
    // around every branch point the algorithms use: powers of two and multiples of pi/2
    for (int e = -1074; e <= 1023; e++) {
      double p = Math.scalb(1.0, e);
      values.add(p);
      values.add(Math.nextUp(p));
      values.add(-Math.nextDown(p));
    }
    for (int n = 1; n < 200; n++) {
      double multiple = n * (Math.PI / 2);
      values.add(multiple);
      values.add(Math.nextUp(multiple));
      values.add(-Math.nextDown(multiple));
    }
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < RANDOM_SAMPLES; i++) {
      values.add(Double.longBitsToDouble(random.nextLong())); // any double
      values.add(random.nextDouble(-4 * Math.PI, 4 * Math.PI)); // where most calls land
      values.add(random.nextDouble(-1.0, 1.0));
      values.add(random.nextDouble(-40.0, 40.0));
    }
    return values;
  }

  private static void check(String name, DoubleUnaryOperator expected,
      DoubleUnaryOperator actual) {
    int failures = 0;
    StringBuilder report = new StringBuilder();
    for (double x : inputs()) {
      double want = expected.applyAsDouble(x);
      double got = actual.applyAsDouble(x);
      if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got)) {
        if (failures++ < 10) {
          report.append(String.format("%n  %s(%s [%016x]) = %s, want %s", name, x,
              Double.doubleToRawLongBits(x), got, want));
        }
      }
    }
    if (failures > 0) {
      fail(failures + " results differ from the JVM's StrictMath:" + report);
    }
  }

  private static void check2(String name, DoubleBinaryOperator expected,
      DoubleBinaryOperator actual) {
    List<Double> values = inputs();
    SplittableRandom random = new SplittableRandom(99);
    int failures = 0;
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      double x = values.get(i);
      double y = values.get(random.nextInt(values.size()));
      double want = expected.applyAsDouble(x, y);
      double got = actual.applyAsDouble(x, y);
      if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got)) {
        if (failures++ < 10) {
          report.append(String.format("%n  %s(%s, %s) = %s, want %s", name, x, y, got, want));
        }
      }
    }
    if (failures > 0) {
      fail(failures + " results differ from the JVM's StrictMath:" + report);
    }
  }

  @Test
  void sin() {
    check("sin", StrictMath::sin, Trigonometry::sin);
  }

  @Test
  void cos() {
    check("cos", StrictMath::cos, Trigonometry::cos);
  }

  @Test
  void tan() {
    check("tan", StrictMath::tan, Trigonometry::tan);
  }

  @Test
  void asin() {
    check("asin", StrictMath::asin, InverseTrigonometry::asin);
  }

  @Test
  void acos() {
    check("acos", StrictMath::acos, InverseTrigonometry::acos);
  }

  @Test
  void atan() {
    check("atan", StrictMath::atan, InverseTrigonometry::atan);
  }

  @Test
  void atan2() {
    check2("atan2", StrictMath::atan2, InverseTrigonometry::atan2);
  }

  @Test
  void log() {
    check("log", StrictMath::log, Logarithms::log);
  }

  @Test
  void log10() {
    check("log10", StrictMath::log10, Logarithms::log10);
  }

  @Test
  void log1p() {
    check("log1p", StrictMath::log1p, Logarithms::log1p);
  }

  @Test
  void expm1() {
    check("expm1", StrictMath::expm1, Hyperbolic::expm1);
  }

  @Test
  void sinh() {
    check("sinh", StrictMath::sinh, Hyperbolic::sinh);
  }

  @Test
  void cosh() {
    check("cosh", StrictMath::cosh, Hyperbolic::cosh);
  }

  @Test
  void tanh() {
    check("tanh", StrictMath::tanh, Hyperbolic::tanh);
  }

  @Test
  void ieeeRemainder() {
    check2("IEEEremainder", StrictMath::IEEEremainder, Remainders::ieeeRemainder);
  }
}
