package corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads System.in line by line (UTF-8) and reports on what arrived. */
public class StdinEcho {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    String line;
    int lines = 0;
    int words = 0;
    while ((line = in.readLine()) != null) {
      lines++;
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        words += trimmed.split("\\s+").length;
      }
      System.out.println(lines + ": " + new StringBuilder(line).reverse());
    }
    System.out.println(lines + " lines, " + words + " words");
    System.out.println("read after end: " + System.in.read());
  }
}
