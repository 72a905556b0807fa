package corpus;

/** An Error escaping main after output: buffered output still appears, status 1. */
public class ExitFromException {
  public static void main(String[] args) {
    for (int i = 0; i < 3; i++) {
      System.out.println("line " + i);
    }
    System.out.print("partial line");
    throw new AssertionError("fatal: " + 3);
  }
}
