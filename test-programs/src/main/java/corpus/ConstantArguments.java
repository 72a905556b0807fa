package corpus;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * Static methods whose callers pass constants: the analysis leaves out what the constants
 * every caller passes rule out, so each path here must still run once a later caller (found
 * later by the analysis) passes something else. Also the JDK's own case: {@code Arrays.sort}
 * passes {@code DualPivotQuicksort} a parallelism of 0.
 */
public class ConstantArguments {
  /** Called with mode 0 from main, then with other modes from methods found later. */
  static int pick(int mode, int x) {
    String name = label(mode);
    int result = inner(mode, x);
    System.out.println("pick " + mode + " " + name + " -> " + result);
    return result;
  }

  /** Reached only through pick, with pick's mode. */
  static int inner(int mode, int x) {
    if (mode == 0) {
      return x + 1;
    }
    if (mode == 1) {
      return x * 10;
    }
    return -x;
  }

  /** Small and returning a reference: the analysis copies it for each call site. */
  static String label(int mode) {
    if (mode == 0) {
      return "zero";
    }
    return describe(mode);
  }

  static String describe(int mode) {
    return mode == 1 ? "one" : "other " + mode;
  }

  /** A null argument, then a real one. */
  static int length(String text) {
    if (text == null) {
      return -1;
    }
    return text.length();
  }

  static void later(int x) {
    pick(1, x);
    System.out.println("length " + length("abc"));
  }

  static void evenLater(int x) {
    IntBinaryOperator viaLambda = (mode, value) -> pick(mode, value);
    System.out.println("lambda " + viaLambda.applyAsInt(x % 5 + 2, x));
  }

  public static void main(String[] args) {
    pick(0, 41);
    System.out.println("length " + length(null));
    later(args.length + 4);
    evenLater(args.length + 7);

    int[] ints = new int[10_000];
    long[] longs = new long[10_000];
    double[] doubles = new double[10_000];
    long seed = 12345;
    for (int i = 0; i < ints.length; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      ints[i] = (int) (seed >>> 33);
      longs[i] = seed;
      doubles[i] = (seed >>> 11) * 0x1.0p-53 - 0.5;
    }
    Arrays.sort(ints);
    Arrays.sort(longs);
    Arrays.sort(doubles);
    Arrays.sort(ints, 10, 20);
    boolean sorted = true;
    for (int i = 1; i < ints.length; i++) {
      sorted &= ints[i - 1] <= ints[i] && longs[i - 1] <= longs[i] && doubles[i - 1] <= doubles[i];
    }
    System.out.println("sorted " + sorted + " " + ints[0] + " " + ints[ints.length - 1] + " "
        + longs[5000] + " " + doubles[9999]);
  }
}
