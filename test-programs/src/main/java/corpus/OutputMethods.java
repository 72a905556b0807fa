package corpus;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** PrintStream methods: print of each type, char arrays, raw bytes, printf, flush, err. */
public class OutputMethods {
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.print(1);
    out.print('c');
    out.print(2L);
    out.print(1.5f);
    out.print(2.5);
    out.print(true);
    out.print(new char[] {'x', 'y'});
    out.print((Object) null);
    out.print((String) null);
    out.println();
    out.println(new char[] {'a', 'b', 'c'});
    out.write('!');
    out.write('\n');
    byte[] bytes = "raw bytes \u00e9\n".getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
    out.printf("%s-%d%n", "printf", 7);
    out.append("append").append('+').append("sequence", 0, 3).println();
    out.format("%.1f%n", 0.25);
    StringBuilder large = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      large.append(i % 10);
    }
    out.println(large);
    System.err.print("error stream ");
    System.err.println(42);
    out.println("\u00fcber \u4e2d\u6587 \ud83d\ude00");
    out.flush();
    System.out.println(out.checkError());
  }
}
