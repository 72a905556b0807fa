package example;

/** Not a program: it has no main method, which jeyra:compile must report. */
public final class Library {
  public static int twice(int value) {
    return 2 * value;
  }
}
