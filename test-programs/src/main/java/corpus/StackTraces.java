package corpus;

/** Stack traces: getStackTrace elements, printStackTrace with causes and "... n more". */
public class StackTraces {
  static void level3(int n) {
    if (n > 0) {
      level3(n - 1);
      return;
    }
    throw new IllegalArgumentException("deep");
  }

  static void level2() {
    level3(2);
  }

  static void level1() {
    try {
      level2();
    } catch (IllegalArgumentException e) {
      throw new RuntimeException("wrapped", e);
    }
  }

  static class Thrower {
    Thrower() {
      throw new UnsupportedOperationException("from a constructor");
    }
  }

  public static void main(String[] args) {
    try {
      level1();
    } catch (RuntimeException e) {
      for (StackTraceElement element : e.getStackTrace()) {
        System.out.println(element.getClassName() + "." + element.getMethodName() + ":"
            + element.getLineNumber() + " " + element.getFileName());
      }
      e.printStackTrace(System.out);
    }
    try {
      new Thrower();
    } catch (UnsupportedOperationException e) {
      e.printStackTrace(System.out);
    }
    Throwable made = new Throwable("not thrown");
    System.out.println(made.getStackTrace()[0]);
    Exception suppressing = new Exception("main failure");
    suppressing.addSuppressed(new IllegalStateException("secondary"));
    suppressing.printStackTrace(System.out);
    Runnable lambda = () -> {
      throw new IllegalStateException("in a lambda");
    };
    try {
      lambda.run();
    } catch (IllegalStateException e) {
      StackTraceElement top = e.getStackTrace()[0];
      System.out.println(top.getClassName() + " " + top.getLineNumber());
    }
    Exception noTrace = new Exception("no trace") {
      @Override
      public synchronized Throwable fillInStackTrace() {
        return this;
      }
    };
    System.out.println(noTrace.getStackTrace().length);
    System.err.println("stderr works too");
  }
}
