package corpus;

/** Integer division by zero throws ArithmeticException; floating point does not. */
public class DivisionByZero {
  static int zero() {
    return 0;
  }

  public static void main(String[] args) {
    int z = zero();
    try {
      System.out.println(10 / z);
    } catch (ArithmeticException e) {
      System.out.println("int /: " + e.getMessage());
    }
    try {
      System.out.println(10 % z);
    } catch (ArithmeticException e) {
      System.out.println("int %: " + e.getMessage());
    }
    try {
      System.out.println(10L / z);
    } catch (ArithmeticException e) {
      System.out.println("long /: " + e.getMessage());
    }
    try {
      System.out.println(10L % (long) z);
    } catch (ArithmeticException e) {
      System.out.println("long %: " + e.getMessage());
    }
    try {
      System.out.println(Math.floorDiv(1, z));
    } catch (ArithmeticException e) {
      System.out.println("floorDiv: " + e.getMessage());
    }
    System.out.println("double: " + (1.0 / z) + " " + (-1.0 / z) + " " + (0.0 / z) + " "
        + (5.5 % z));
    System.out.println("float: " + (1.0f / z) + " " + (1.0f % z));
    System.out.println("the last one is not caught:");
    System.out.println(compute(7, z));
  }

  static int compute(int a, int b) {
    return a / b;
  }
}
