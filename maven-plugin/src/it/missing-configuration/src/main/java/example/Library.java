package example;

/** Not a program: it has no main method, and the build names no main class. */
public final class Library {
  public static int twice(int value) {
    return 2 * value;
  }
}
