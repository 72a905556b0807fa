package corpus;

/** try/catch/finally across frames: ordering, rethrow, finally overriding, suppressed. */
public class Exceptions {
  static class AppException extends Exception {
    final int code;

    AppException(String message, int code) {
      super(message);
      this.code = code;
    }
  }

  static class Resource implements AutoCloseable {
    final String name;
    final boolean failOnClose;

    Resource(String name, boolean failOnClose) {
      this.name = name;
      this.failOnClose = failOnClose;
      System.out.println("open " + name);
    }

    @Override
    public void close() throws AppException {
      System.out.println("close " + name);
      if (failOnClose) {
        throw new AppException("close failed: " + name, 2);
      }
    }
  }

  static int depth(int n) throws AppException {
    if (n == 0) {
      throw new AppException("bottom reached", 42);
    }
    try {
      return depth(n - 1);
    } finally {
      System.out.println("unwinding " + n);
    }
  }

  @SuppressWarnings("finally")
  static int finallyWins() {
    try {
      return 1;
    } finally {
      return 2;
    }
  }

  static String order() {
    StringBuilder s = new StringBuilder();
    try {
      s.append("try ");
      throw new IllegalArgumentException("x");
    } catch (IllegalArgumentException e) {
      s.append("catch ");
      return s.append("return ").toString();
    } finally {
      s.append("finally");
      System.out.println("finally saw: " + s);
    }
  }

  static void multiCatch(int which) {
    try {
      if (which == 0) {
        throw new IllegalStateException("state");
      } else if (which == 1) {
        throw new UnsupportedOperationException("unsupported");
      } else {
        Object o = "s";
        Integer i = (Integer) o;
      }
    } catch (IllegalStateException | UnsupportedOperationException e) {
      System.out.println("multi: " + e.getClass().getSimpleName() + " " + e.getMessage());
    } catch (RuntimeException e) {
      System.out.println("runtime: " + e.getClass().getSimpleName());
    }
  }

  public static void main(String[] args) {
    try {
      depth(3);
    } catch (AppException e) {
      System.out.println("caught " + e.getMessage() + " code " + e.code);
    }
    System.out.println("finallyWins " + finallyWins());
    System.out.println(order());
    for (int i = 0; i < 3; i++) {
      multiCatch(i);
    }
    try (Resource a = new Resource("a", false); Resource b = new Resource("b", true)) {
      System.out.println("body");
      throw new IllegalStateException("body failed");
    } catch (Exception e) {
      System.out.println("caught " + e.getMessage() + " suppressed "
          + e.getSuppressed().length + ": " + e.getSuppressed()[0].getMessage());
    }
    try {
      try {
        throw new RuntimeException("inner");
      } catch (RuntimeException e) {
        throw new IllegalStateException("outer", e);
      }
    } catch (IllegalStateException e) {
      System.out.println(e + " caused by " + e.getCause());
    }
    int attempts = 0;
    while (true) {
      try {
        attempts++;
        if (attempts < 3) {
          throw new RuntimeException("retry");
        }
        break;
      } catch (RuntimeException e) {
        System.out.println("attempt " + attempts + " failed");
        continue;
      } finally {
        System.out.println("finally " + attempts);
      }
    }
    Throwable t = new Error("error", new Exception("cause"));
    System.out.println(t.getCause().getMessage() + " " + t.getLocalizedMessage());
    try {
      throw new StackOverflowError();
    } catch (Error e) {
      System.out.println("caught an Error: " + e);
    }
  }
}
