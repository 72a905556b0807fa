package jeyra.compiler.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** One run of the command line in the test's JVM: its exit status and what it printed. */
record CliRun(int status, String stderr) {

  /** Runs {@code jeyra args...}, catching what it prints on standard error. */
  static CliRun of(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new CliRun(Main.run(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }

  List<String> lines() {
    return stderr.lines().collect(Collectors.toList());
  }

  /** The lines that start with {@code prefix}, such as {@code "jeyra: warning: "}. */
  List<String> starting(String prefix) {
    return stderr.lines().filter(line -> line.startsWith(prefix)).collect(Collectors.toList());
  }
}
