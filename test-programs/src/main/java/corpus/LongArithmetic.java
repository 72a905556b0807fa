package corpus;

/** long arithmetic: the int program's cases at 64 bits, and mixed int/long promotion. */
public class LongArithmetic {
  static long[] values = {0, 1, -1, 3, -3, 1L << 32, -(1L << 32), 0xFFFFFFFFL, 3037000500L,
      Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
      0x5555555555555555L, 0xAAAAAAAAAAAAAAAAL, 1234567890123L};

  public static void main(String[] args) {
    long checksum = 17;
    for (long a : values) {
      for (long b : values) {
        checksum = checksum * 1000003 + (a + b);
        checksum = checksum * 1000003 + (a - b);
        checksum = checksum * 1000003 + (a * b);
        if (b != 0) {
          checksum = checksum * 1000003 + (a / b);
          checksum = checksum * 1000003 + (a % b);
        }
        checksum ^= (a & b) + (a | b) - (a ^ b);
      }
    }
    System.out.println("checksum " + checksum);
    System.out.println("MIN_VALUE / -1 = " + (Long.MIN_VALUE / -1) + ", % = "
        + (Long.MIN_VALUE % -1));
    System.out.println("MAX + 1 = " + (Long.MAX_VALUE + 1));
    int i = Integer.MAX_VALUE;
    long widened = i + 1L;
    long notWidened = i + 1;
    System.out.println("promotion: " + widened + " " + notWidened);
    System.out.println("l2i: " + (int) 0x123456789ABCL + " " + (int) -1L + " " + (short) 70000L);
    System.out.println("unsigned: " + Long.toUnsignedString(-1L) + " "
        + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " "
        + Long.compareUnsigned(1, -1));
    System.out.println("multiplyHigh: " + Math.multiplyHigh(Long.MAX_VALUE, 3) + " "
        + Math.multiplyHigh(-5, Long.MAX_VALUE));
    long factorial = 1;
    for (int n = 1; n <= 25; n++) {
      factorial *= n;
      if (n >= 19) {
        System.out.println(n + "! = " + factorial);
      }
    }
  }
}
