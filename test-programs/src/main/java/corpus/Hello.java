package corpus;

/** The smallest program: one line on stdout. */
public class Hello {
  public static void main(String[] args) {
    System.out.println("Hello, world!");
  }
}
