package corpus;

/** Saturating float/double to int/long casts (NaN to 0), widening and narrowing. */
public class FloatConversions {
  public static void main(String[] args) {
    double[] doubles = {Double.NaN, 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e10, -1e10, 1e19,
        -1e19, 1e300, -1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        2147483647.5, -2147483648.7, 9.223372036854776E18, Double.MIN_VALUE};
    for (double d : doubles) {
      System.out.println(d + " -> int " + (int) d + ", long " + (long) d + ", float " + (float) d
          + ", char " + (int) (char) d + ", short " + (short) d + ", byte " + (byte) d);
    }
    float[] floats = {Float.NaN, 3.4e38f, -3.4e38f, 1e10f, 2.1474836E9f, -2.1474836E9f,
        Float.POSITIVE_INFINITY, 0.99999994f};
    for (float f : floats) {
      System.out.println(f + " -> int " + (int) f + ", long " + (long) f + ", double "
          + (double) f);
    }
    long[] longs = {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, (1L << 24) + 1, -1,
        123456789123456789L};
    for (long l : longs) {
      System.out.println(l + " -> float " + (float) l + ", double " + (double) l);
    }
    int[] ints = {Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, -16777217, 33554431};
    for (int i : ints) {
      System.out.println(i + " -> float " + (float) i + ", double " + (double) i);
    }
    System.out.println("rounding: " + Math.round(2.5) + " " + Math.round(-2.5) + " "
        + Math.round(0.49999999999999994) + " " + Math.round(Float.NaN) + " "
        + Math.round(1e20) + " " + Math.rint(2.5) + " " + Math.rint(3.5) + " "
        + Math.floor(-1.5) + " " + Math.ceil(-1.5));
  }
}
