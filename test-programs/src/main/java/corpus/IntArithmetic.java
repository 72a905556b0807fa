package corpus;

/** int arithmetic: wrap-around, division and remainder signs, MIN_VALUE / -1, increments. */
public class IntArithmetic {
  static int[] values = {0, 1, -1, 2, -2, 7, -7, 13, 100, -100, 46341, Integer.MAX_VALUE,
      Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x55555555, 0xAAAAAAAA};

  public static void main(String[] args) {
    long checksum = 0;
    for (int a : values) {
      for (int b : values) {
        int sum = a + b;
        int difference = a - b;
        int product = a * b;
        checksum = checksum * 31 + sum;
        checksum = checksum * 31 + difference;
        checksum = checksum * 31 + product;
        if (b != 0) {
          int quotient = a / b;
          int remainder = a % b;
          checksum = checksum * 31 + quotient;
          checksum = checksum * 31 + remainder;
          if (a == Integer.MIN_VALUE && b == -1) {
            System.out.println("MIN_VALUE / -1 = " + quotient + ", % = " + remainder);
          }
        }
        checksum ^= (a & b) ^ (a | b) ^ (a ^ b) ^ ~a;
      }
    }
    System.out.println("checksum " + checksum);
    System.out.println("7 / 2 = " + (7 / 2) + ", -7 / 2 = " + (-7 / 2) + ", 7 / -2 = " + (7 / -2));
    System.out.println("7 % 2 = " + (7 % 2) + ", -7 % 2 = " + (-7 % 2) + ", 7 % -2 = " + (7 % -2));
    int max = Integer.MAX_VALUE;
    max++;
    System.out.println("MAX_VALUE + 1 = " + max);
    int min = Integer.MIN_VALUE;
    System.out.println("-MIN_VALUE = " + (-min) + ", abs = " + Math.abs(min));
    System.out.println("MAX * MAX = " + (Integer.MAX_VALUE * Integer.MAX_VALUE));
    byte b = (byte) 200;
    short s = (short) 40000;
    char c = (char) -1;
    System.out.println("narrowing: " + b + " " + s + " " + (int) c + " " + (byte) 0x7f80);
    int i = 5;
    i += i++ + ++i;
    System.out.println("i = " + i);
    int x = 1_000_000;
    x *= x;
    System.out.println("1e6 squared wraps to " + x);
    System.out.println("compare: " + Integer.compare(3, 7) + " " + Integer.compareUnsigned(-1, 1)
        + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3));
    System.out.println("unsigned: " + Integer.toUnsignedString(-1) + " "
        + Integer.toUnsignedLong(-2));
  }
}
