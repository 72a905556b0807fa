package corpus;

/** A failing static initialiser: ExceptionInInitializerError, then NoClassDefFoundError. */
public class InitErrors {
  static class Fragile {
    static int value = compute();

    static int compute() {
      if (Boolean.parseBoolean("true")) {
        throw new IllegalStateException("initialiser failed");
      }
      return 1;
    }
  }

  static class ErrorThrower {
    static {
      if (true) {
        throw new AssertionError("an Error passes through unwrapped");
      }
    }

    static void touch() {}
  }

  public static void main(String[] args) {
    try {
      System.out.println(Fragile.value);
    } catch (ExceptionInInitializerError e) {
      System.out.println("first: " + e + " caused by " + e.getCause());
    }
    try {
      System.out.println(Fragile.value);
    } catch (NoClassDefFoundError e) {
      System.out.println("second: " + e.getMessage());
    }
    try {
      ErrorThrower.touch();
    } catch (AssertionError e) {
      System.out.println("error: " + e.getMessage());
    }
    try {
      ErrorThrower.touch();
    } catch (NoClassDefFoundError e) {
      System.out.println("again: " + e.getMessage());
    }
  }
}
