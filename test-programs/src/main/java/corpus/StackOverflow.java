package corpus;

/** Unbounded recursion throws StackOverflowError, which can be caught, more than once. */
public class StackOverflow {
  static int depth;

  static void recurse() {
    depth++;
    recurse();
  }

  static long sum(long n) {
    return n == 0 ? 0 : n + sum(n - 1);
  }

  public static void main(String[] args) {
    try {
      recurse();
    } catch (StackOverflowError e) {
      System.out.println("caught " + e + ", deep: " + (depth > 1000));
      StackTraceElement[] trace = e.getStackTrace();
      System.out.println("trace: " + trace.length + " frames, top " + trace[0].getMethodName()
          + ", bottom " + trace[trace.length - 1].getMethodName());
    }
    depth = 0;
    try {
      recurse();
    } catch (StackOverflowError e) {
      System.out.println("again, deep: " + (depth > 1000));
    }
    System.out.println("moderate recursion still works: " + sum(1000));
  }
}
