package jeyra.arch;

import java.util.ArrayList;
import java.util.List;

/** A function written in module-level assembly: how the backends define their stubs. */
final class AsmFunction {
  private AsmFunction() {}

  // Each instruction is one line, written as it should read in the listing (indented, or a
  // label).

  /** A function other objects and the linker's entry point can name. */
  static String global(String symbol, String... instructions) {
    return define(symbol, false, instructions);
  }

  /** A function the program's objects share and nothing outside the executable sees. */
  static String hidden(String symbol, String... instructions) {
    return define(symbol, true, instructions);
  }

  private static String define(String symbol, boolean hidden, String... instructions) {
    List<String> lines = new ArrayList<>();
    lines.add(".text");
    lines.add(".globl " + symbol);
    if (hidden) {
      lines.add(".hidden " + symbol);
    }
    lines.add(".type " + symbol + ",%function"); // not @function: on aarch64 '@' is a comment
    lines.add(symbol + ":");
    lines.addAll(List.of(instructions));
    lines.add(".size " + symbol + ", .-" + symbol);
    lines.add("");
    return String.join("\n", lines);
  }
}
