package jeyra.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The programs of the corpus ({@code corpus.*} classes with a {@code main}) and how each is
 * run: most with no arguments and empty stdin, a few with the arguments or input they test.
 */
final class Corpus {
  private Corpus() {}

  /** One run of a program: its command-line arguments and what its stdin is. */
  record Case(String mainClass, List<String> arguments, ProcessRunner.Stdin stdin) {}

  private static final ProcessRunner.Stdin NO_INPUT = new ProcessRunner.PipedText("");

  /** Environment every run gets, JVM and native alike (Environment prints it). */
  static final Map<String, String> ENVIRONMENT = Map.of(
      "JEYRA_TEST_VALUE", "caf\u00e9 = 42",
      // The JVM takes its encodings from the locale; jeyra's are always UTF-8.
      "LC_ALL", "C.UTF-8");

  private static final Map<String, Case> SPECIAL = Map.of(
      "corpus.Arguments", new Case("corpus.Arguments",
          List.of("one", "two words", "", "\u00fcn\u00ef\u00a9\u00f8d\u00e9 \ud83d\ude00",
              "--flag=value"), NO_INPUT),
      "corpus.StdinEcho", new Case("corpus.StdinEcho", List.of(), new ProcessRunner.PipedText(
          "first line\n  second  line here\n\n\u00fcnicode \u4e2d\u6587 last line")),
      "corpus.PipedStdin", new Case("corpus.PipedStdin", List.of(),
          new ProcessRunner.PipedText("abcdef\n")),
      // 4 GiB and 1 MiB of zeros, so that offsets pass both 2^31 and 2^32.
      "corpus.LargeStdin", new Case("corpus.LargeStdin", List.of(),
          new ProcessRunner.SparseFile((4L << 30) + (1 << 20), "the end\n")));

  /** The classes directory the corpus was compiled to. */
  static Path classesDirectory() {
    String configured = System.getProperty("jeyra.corpus.classes");
    return Path.of(configured != null ? configured : "target/classes");
  }

  /** Every program, sorted by name. */
  static List<Case> cases() throws IOException {
    Path packageDirectory = classesDirectory().resolve("corpus");
    try (Stream<Path> files = Files.list(packageDirectory)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> "corpus." + name.substring(0, name.length() - ".class".length()))
          .sorted()
          .map(name -> SPECIAL.getOrDefault(name, new Case(name, List.of(), NO_INPUT)))
          .collect(Collectors.toList());
    }
  }
}
