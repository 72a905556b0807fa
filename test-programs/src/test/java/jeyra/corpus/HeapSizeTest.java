package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jeyra.arch.Target;
import jeyra.arch.Targets;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maximum heap, on every target: by default a quarter of physical memory (at most 1 GiB
 * on 32-bit targets), as the JVM's; {@code JEYRA_OPTS=-Xmx<size>} sets it for one run without
 * touching the program's arguments; a bad option ends the program before {@code main}; and
 * running out of heap throws {@code OutOfMemoryError}, which the program catches and survives.
 * The build's own default ({@code --max-heap}) is checked on x86_64.
 */
class HeapSizeTest {
  private static final long TIMEOUT_SECONDS = 120;
  private static final Pattern FILLED =
      Pattern.compile("OutOfMemoryError after (\\d+) KiB: Java heap space");

  @TempDir Path directory;

  @TestFactory
  Stream<DynamicContainer> heapLimits() {
    return TargetRunner.perTarget(target -> List.of(
        DynamicTest.dynamicTest("-Xmx16m in JEYRA_OPTS",
            () -> fills(corpus(target), target, Map.of("JEYRA_OPTS", " -Xmx16m "), 16L << 20)),
        DynamicTest.dynamicTest("the default: a quarter of physical memory",
            () -> assertMax(corpus(target), target, defaultMax(target))),
        DynamicTest.dynamicTest("an unknown option stops the program",
            () -> rejects(corpus(target), target, "-Xmx64m -Xfoo",
                "jeyra: JEYRA_OPTS: unrecognised option -Xfoo (the runtime takes -Xmx<size> "
                    + "and -Xlog:gc)")),
        DynamicTest.dynamicTest("too small a size stops the program",
            () -> rejects(corpus(target), target, "-Xmx1k",
                "jeyra: JEYRA_OPTS: maximum heap size -Xmx1k is too small: give at least 2m")),
        DynamicTest.dynamicTest("a bad size stops the program",
            () -> rejects(corpus(target), target, "-Xmx12q",
                "jeyra: JEYRA_OPTS: invalid maximum heap size -Xmx12q: give bytes, or a number "
                    + "with k, m, g or t"))));
  }

  /** The build's --max-heap is the default, and JEYRA_OPTS still overrides it. */
  @Test
  void buildSetsTheDefault() throws Exception {
    Target target = Targets.byName("x86_64").orElseThrow();
    Path executable = directory.resolve("heap-limits");
    Process build = new ProcessBuilder(NativeBuilds.launcher(), "compile", "-O0",
        "--max-heap", "24m", "-cp", Corpus.classesDirectory().toString(), "-o",
        executable.toString(), "corpus.HeapLimits").redirectErrorStream(true).start();
    String log = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, build.waitFor(), "build: " + log);
    List<String> command = List.of(executable.toString());
    fills(command, target, Map.of(), 24L << 20);
    fills(command, target, Map.of("JEYRA_OPTS", "-Xmx12m"), 12L << 20);
  }

  /** Runs the corpus's HeapLimits on a target: the command before its arguments. */
  private static List<String> corpus(Target target) throws Exception {
    NativeBuilds.Build build = NativeBuilds.of(target, Corpus.cases());
    if (build.executable() == null) {
      fail(build.failure());
    }
    List<String> command = new ArrayList<>(TargetRunner.prefix(target));
    command.addAll(List.of(build.executable().toString(), "corpus.HeapLimits"));
    return command;
  }

  private static void fills(List<String> program, Target target, Map<String, String> environment,
      long max) throws Exception {
    Outcome outcome = run(program, environment, "fill", "a", "b");
    String context = target.name() + " with " + environment + ": " + outcome;
    assertEquals(0, outcome.status, "exit status, " + context);
    assertEquals("", outcome.stderr, "stderr, " + context);
    List<String> lines = outcome.stdout.lines().toList();
    assertEquals(List.of("max > 0: true", "total <= max: true", "free <= total: true",
        "max " + max), lines.subList(0, Math.min(4, lines.size())), context);
    Matcher filled = FILLED.matcher(lines.size() > 4 ? lines.get(4) : "");
    assertTrue(filled.matches(), "the program caught OutOfMemoryError: " + context);
    long kib = Long.parseLong(filled.group(1));
    // The heap also holds what the program made before, and its first chunks.
    assertTrue(kib > (max >> 10) * 3 / 4 && kib <= max >> 10, "filled " + kib + " KiB of "
        + (max >> 10) + ", " + context);
    assertEquals("arguments 3", lines.get(lines.size() - 1), "its own arguments, " + context);
  }

  /**
   * Only the maximum is read: filling a quarter of this machine's memory takes too long. A
   * 32-bit program under QEMU sees less memory than there is (QEMU's sysinfo(2) cuts the
   * host's 64-bit figures to 32 bits, where the kernel would scale them), so there the
   * maximum is only bounded.
   */
  private static void assertMax(List<String> program, Target target, long max)
      throws Exception {
    Outcome outcome = run(program, Map.of(), "max");
    if (target.wordBytes() == 4 && !TargetRunner.prefix(target).isEmpty()) {
      String line = outcome.stdout.lines().filter(text -> text.matches("max \\d+"))
          .findFirst().orElse("max 0");
      long seen = Long.parseLong(line.substring(4));
      assertTrue(seen >= 64L << 20 && seen <= max, target.name() + ": " + outcome);
      max = seen;
    }
    assertEquals(new Outcome(0, "max > 0: true\ntotal <= max: true\nfree <= total: true\n"
        + "max " + max + "\n", ""), outcome, target.name());
    assertEquals(outcome, run(program, Map.of("JEYRA_OPTS", " "), "max"),
        "a blank JEYRA_OPTS changes nothing on " + target.name());
  }

  private static void rejects(List<String> program, Target target, String options,
      String message) throws Exception {
    Outcome outcome = run(program, Map.of("JEYRA_OPTS", options), "fill");
    String context = target.name() + " with JEYRA_OPTS=" + options + ": " + outcome;
    assertEquals(1, outcome.status, "exit status, " + context);
    assertEquals("", outcome.stdout, "main never ran, " + context);
    assertEquals(message + "\n", outcome.stderr, context);
  }

  /** The JVM's default maximum heap on this machine, for the target's address size. */
  private static long defaultMax(Target target) throws IOException {
    long total = 0;
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        total = Long.parseLong(line.replaceAll("[^0-9]", "")) << 10;
      }
    }
    long quarter = total / 4;
    return target.wordBytes() == 4 ? Math.min(quarter, 1L << 30) : quarter;
  }

  private record Outcome(int status, String stdout, String stderr) {}

  private static Outcome run(List<String> program, Map<String, String> environment,
      String... arguments) throws Exception {
    List<String> command = new ArrayList<>(program);
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(Corpus.ENVIRONMENT);
    builder.environment().remove("JEYRA_OPTS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("heap-limits", ".out");
    Path err = Files.createTempFile("heap-limits", ".err");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(command + " did not end within " + TIMEOUT_SECONDS + " s");
      }
      return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
