package corpus;

/** fcmpl/fcmpg and dcmpl/dcmpg: every comparison with NaN is false, except !=. */
public class FloatComparisons {
  public static void main(String[] args) {
    float[] floats = {Float.NaN, 0.0f, -0.0f, 1.0f, -1.0f, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE};
    StringBuilder line = new StringBuilder();
    for (float a : floats) {
      for (float b : floats) {
        line.append(a < b ? '1' : '0').append(a <= b ? '1' : '0').append(a > b ? '1' : '0')
            .append(a >= b ? '1' : '0').append(a == b ? '1' : '0').append(a != b ? '1' : '0')
            .append(!(a < b) ? '1' : '0').append(!(a > b) ? '1' : '0').append(' ');
      }
      System.out.println(line);
      line.setLength(0);
    }
    double[] doubles = {Double.NaN, 0.0, -0.0, 2.5, -2.5, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
    for (double a : doubles) {
      for (double b : doubles) {
        line.append(a < b ? '1' : '0').append(a <= b ? '1' : '0').append(a > b ? '1' : '0')
            .append(a >= b ? '1' : '0').append(a == b ? '1' : '0').append(a != b ? '1' : '0')
            .append(' ');
      }
      System.out.println(line);
      line.setLength(0);
    }
    System.out.println("compare: " + Float.compare(Float.NaN, 1f) + " "
        + Float.compare(0.0f, -0.0f) + " " + Double.compare(-0.0, 0.0) + " "
        + Double.compare(Double.NaN, Double.NaN));
    System.out.println("equals: " + Double.valueOf(Double.NaN).equals(Double.NaN) + " "
        + Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0));
    System.out.println("min/max: " + Math.min(0.0, -0.0) + " " + Math.max(-0.0f, 0.0f) + " "
        + Math.min(Double.NaN, 1.0) + " " + Math.max(1.0f, Float.NaN));
  }
}
