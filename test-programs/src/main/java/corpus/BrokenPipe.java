package corpus;

/**
 * Writing to standard output after the reader has gone. With the argument "flood" the
 * program writes far more than a pipe holds, and SignalTest closes the pipe after one line:
 * as on the JVM, SIGPIPE does not end the program; System.out records the failed writes
 * and the program goes on. Without it, the output is short and nothing fails.
 */
public class BrokenPipe {
  public static void main(String[] args) {
    int lines = args.length > 0 && args[0].equals("flood") ? 20_000 : 20;
    String padding = "x".repeat(60);
    for (int i = 0; i < lines; i++) {
      System.out.println("line " + i + " " + padding);
    }
    System.err.println("stdout failed: " + System.out.checkError());
    System.err.println("the program outlived its reader");
  }
}
