package corpus;

/** Integer and Long bit twiddling, radix conversion and parsing. */
public class BitOperations {
  public static void main(String[] args) {
    int[] ints = {0, 1, -1, 0x80000000, 0x7fffffff, 0x12345678, 0xF0F0F0F0, 96};
    for (int v : ints) {
      System.out.println(v + " bitCount " + Integer.bitCount(v) + " lz "
          + Integer.numberOfLeadingZeros(v) + " tz " + Integer.numberOfTrailingZeros(v)
          + " high " + Integer.highestOneBit(v) + " low " + Integer.lowestOneBit(v) + " rev "
          + Integer.reverse(v) + " bytes " + Integer.reverseBytes(v) + " sig "
          + Integer.signum(v) + " bin " + Integer.toBinaryString(v) + " hex "
          + Integer.toHexString(v) + " oct " + Integer.toOctalString(v));
    }
    long[] longs = {0, -1, Long.MIN_VALUE, 0x0123456789ABCDEFL, 1L << 40};
    for (long v : longs) {
      System.out.println(v + " bitCount " + Long.bitCount(v) + " lz "
          + Long.numberOfLeadingZeros(v) + " tz " + Long.numberOfTrailingZeros(v) + " rev "
          + Long.reverse(v) + " bytes " + Long.reverseBytes(v) + " hex " + Long.toHexString(v)
          + " 36 " + Long.toString(v, 36));
    }
    System.out.println(Integer.parseInt("-zz", 36) + " " + Integer.parseUnsignedInt("4294967295")
        + " " + Long.parseUnsignedLong("18446744073709551615") + " "
        + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
    int flags = 0;
    for (int bit : new int[] {1, 3, 5, 30}) {
      flags |= 1 << bit;
    }
    flags &= ~(1 << 3);
    flags ^= 1 << 7;
    System.out.println(Integer.toBinaryString(flags) + " " + ((flags & (1 << 5)) != 0) + " "
        + Integer.toUnsignedString(flags << 1) + " " + Short.toUnsignedInt((short) -1) + " "
        + Byte.toUnsignedInt((byte) -128));
    java.util.BitSet bits = new java.util.BitSet();
    for (int i = 0; i < 100; i += 7) {
      bits.set(i);
    }
    System.out.println(bits + " " + bits.cardinality() + " " + bits.nextSetBit(50));
  }
}
