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
    // Operands of every magnitude: 32-bit targets divide 64-bit numbers in software.
    long seed = 42;
    long divisions = 0;
    for (int n = 0; n < 5000; n++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      long a = seed >> (n % 64);
      long b = (seed >>> 17) >> (n * 7 % 64);
      if (b != 0) {
        divisions = divisions * 31 + a / b + (a % b) * 7;
        divisions ^= Long.divideUnsigned(a, b) + Long.remainderUnsigned(a, b);
      }
    }
    System.out.println("division checksum " + divisions);
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
