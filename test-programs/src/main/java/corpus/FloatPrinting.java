package corpus;

/** Float.toString and Double.toString (shortest repr), parsing, and float arithmetic. */
public class FloatPrinting {
  public static void main(String[] args) {
    double[] doubles = {0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 1e-3, 1e-4, 1e21,
        123456789.125, 1.7976931348623157E308, 4.9E-324, 2.2250738585072014E-308, -0.0,
        Math.PI, Math.E, 5e-324 * 3, 1e23, 8.41E21, 2.0E-3};
    for (double d : doubles) {
      System.out.println(d + " " + (float) d + " " + Double.toHexString(d));
    }
    float f = 0.0f;
    for (int i = 0; i < 10; i++) {
      f += 0.1f;
    }
    System.out.println("sum of ten 0.1f = " + f);
    double sum = 0;
    for (int i = 1; i <= 1000; i++) {
      sum += 1.0 / i;
    }
    System.out.println("harmonic(1000) = " + sum);
    String[] texts = {"3.14", "-0", "1e400", "-1e-400", "NaN", "-Infinity", "0x1.8p1", "  42  ",
        "1.0000000000000001", "9007199254740993", "2.2250738585072011e-308"};
    for (String text : texts) {
      System.out.println("parse " + text.trim() + " = " + Double.parseDouble(text) + " / "
          + Float.parseFloat(text));
    }
    try {
      Double.parseDouble("one");
    } catch (NumberFormatException e) {
      System.out.println(e.getMessage());
    }
    System.out.println("float ops: " + (1.1f * 1.1f) + " " + (16777216f + 1f) + " "
        + (0.1f + 0.2f) + " " + (float) (0.1 + 0.2) + " " + (3.0f / 7.0f));
    System.out.println("remainders: " + (5.5 % 2) + " " + (-5.5 % 2) + " " + (5.5 % -2) + " "
        + (1e300 % 3) + " " + (7.25f % 2.5f) + " " + (Double.MAX_VALUE % Double.MIN_VALUE));
    System.out.println("bits: " + Float.floatToIntBits(Float.NaN) + " "
        + Double.doubleToLongBits(-0.0) + " " + Float.intBitsToFloat(0x3f800001) + " "
        + Double.longBitsToDouble(0x7ff0000000000000L));
  }
}
