package corpus;

/** System.exit from deep in a call chain: finally blocks do not run, output is flushed. */
public class SystemExit {
  static void leave(int depth) {
    if (depth == 0) {
      System.out.print("exiting without a newline");
      System.exit(42);
    }
    try {
      leave(depth - 1);
    } finally {
      System.out.println("never printed");
    }
  }

  public static void main(String[] args) {
    System.out.println("start");
    System.err.println("to stderr");
    leave(5);
  }
}
