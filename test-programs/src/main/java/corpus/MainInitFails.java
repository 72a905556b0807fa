package corpus;

/** The main class's own initialiser fails: the JVM reports it and exits with status 1. */
public class MainInitFails {
  static final int[] TABLE = build();

  static int[] build() {
    System.out.println("building the table");
    int[] table = new int[4];
    return new int[] {table[4]};
  }

  public static void main(String[] args) {
    System.out.println("never reached " + TABLE.length);
  }
}
