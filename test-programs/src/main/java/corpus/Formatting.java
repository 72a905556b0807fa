package corpus;

/** String.format and printf: widths, flags, precision, every conversion jeyra supports. */
public class Formatting {
  public static void main(String[] args) {
    System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%+d] [%,d] [%(d] [%x] [%X] [%o]",
        42, 42, 42, 42, 42, 1234567, -42, 255, 255, 8));
    System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%S] [%c] [%b] [%h] [%%] [%n]",
        "text", "right", "left", "truncate", "upper", 'c', null, "hi"));
    System.out.println(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%e] [%.3E] [%g] [%a]",
        Math.PI, Math.E, -1.5, 2.25, 12345.678, 0.000123, 1e-5, 1.0));
    System.out.println(String.format("%2$s %1$s %2$s", "world", "hello"));
    System.out.printf("%s has %d items costing %.2f%n", "cart", 3, 9.999);
    System.out.println(String.format("%08.3f|%,.2f|%.0f|%.1f|%.1f", -3.14159, 1234567.891, 2.5,
        0.05, 0.15));
    System.out.println(String.format("%d %d %d %d", (byte) -1, (short) 300, 10L,
        new java.math.BigInteger("123456789012345678901234567890")));
    System.out.println(String.format("%-6b|%6c|%x|%o", true, 'Z', -1L, -1));
    try {
      String.format("%d", "not a number");
    } catch (java.util.IllegalFormatException e) {
      System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    System.out.println("%s and %s".formatted("formatted", 2));
  }
}
