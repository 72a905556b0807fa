package corpus;

/** Allocation failures throw OutOfMemoryError with the JVM's messages; they do not crash. */
public class OutOfMemory {
  public static void main(String[] args) {
    try {
      long[] huge = new long[Integer.MAX_VALUE];
      System.out.println(huge.length);
    } catch (OutOfMemoryError e) {
      System.out.println("long[MAX_VALUE]: " + e.getMessage());
    }
    try {
      byte[] huge = new byte[Integer.MAX_VALUE - 1];
      System.out.println(huge.length);
    } catch (OutOfMemoryError e) {
      System.out.println("byte[MAX_VALUE - 1]: " + e.getMessage());
    }
    try {
      Object[][] matrix = new Object[Integer.MAX_VALUE][Integer.MAX_VALUE];
      System.out.println(matrix.length);
    } catch (OutOfMemoryError e) {
      System.out.println("matrix: " + e.getMessage());
    }
    byte[] fine = new byte[10_000_000];
    fine[fine.length - 1] = 1;
    System.out.println("ten megabytes: " + fine.length + " " + fine[9_999_999]);
    System.out.println("still running");
  }
}
