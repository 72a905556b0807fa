package corpus;

/** Shift counts are masked to 5 (int) or 6 (long) bits; >> keeps the sign, >>> does not. */
public class Shifts {
  static int count(int c) {
    return c;
  }

  public static void main(String[] args) {
    int[] counts = {0, 1, 7, 31, 32, 33, 63, 64, 65, -1, -31, -32, 1000};
    int value = 0x80000001;
    long wide = 0x8000000000000001L;
    for (int c : counts) {
      int n = count(c);
      System.out.println(n + ": " + (value << n) + " " + (value >> n) + " " + (value >>> n) + " "
          + (wide << n) + " " + (wide >> n) + " " + (wide >>> n) + " " + (1 << n) + " "
          + (1L << n));
    }
    byte b = -128;
    System.out.println("byte >>> 1 = " + (b >>> 1) + ", (byte) (b >>> 1) = " + (byte) (b >>> 1));
    short s = -1;
    s >>>= 10;
    System.out.println("short >>>= 10: " + s);
    char c = 0xFFFF;
    c >>= 4;
    System.out.println("char >>= 4: " + (int) c);
    System.out.println("rotate: " + Integer.rotateLeft(0x12345678, 36) + " "
        + Long.rotateRight(1L, -1));
  }
}
