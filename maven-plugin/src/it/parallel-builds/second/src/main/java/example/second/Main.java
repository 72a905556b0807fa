package example.second;

/** Prints its arguments backwards, and fails with no arguments. */
public final class Main {
  public static void main(String[] args) {
    if (args.length == 0) {
      throw new IllegalStateException("second: no arguments");
    }
    StringBuilder text = new StringBuilder();
    for (int i = args.length - 1; i >= 0; i--) {
      text.append(new StringBuilder(args[i]).reverse()).append(' ');
    }
    System.out.println(text.toString().trim());
  }
}
