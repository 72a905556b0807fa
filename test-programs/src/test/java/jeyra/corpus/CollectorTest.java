package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jeyra.arch.Target;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The collector on every target: 4 GB allocated over a 20 MB live set in a 64 MB heap (the
 * JVM, given the same limit, prints the same), soft references cleared before
 * OutOfMemoryError, and threads allocating at once while another blocks in a read of standard
 * input, twenty runs in a row.
 */
class CollectorTest {
  private static final long TIMEOUT_SECONDS = 300;
  private static final int THREAD_RUNS = 20;

  @TestFactory
  Stream<DynamicContainer> collector() {
    return TargetRunner.perTarget(target -> List.of(
        DynamicTest.dynamicTest("4 GB through a 64 MB heap",
            () -> againstTheJvm(target, "64m", "corpus.GcChurn", "4096")),
        DynamicTest.dynamicTest("soft references cleared before OutOfMemoryError",
            () -> againstTheJvm(target, "32m", "corpus.GcReferences", "soft")),
        DynamicTest.dynamicTest(THREAD_RUNS + " runs of threads allocating beside a read",
            () -> threads(target))));
  }

  /** A corpus program with its arguments, on the target and on the JVM, under one limit. */
  private static void againstTheJvm(Target target, String maxHeap, String mainClass,
      String argument) throws Exception {
    Path classes = Corpus.classesDirectory().toAbsolutePath();
    List<String> jvm = List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx" + maxHeap, "-cp", classes.toString(), mainClass, argument);
    ProcessRunner.Result expected = ProcessRunner.run(jvm, classes, Corpus.ENVIRONMENT, "",
        TIMEOUT_SECONDS);
    assertEquals(0, expected.exitStatus(), "the JVM's run: " + expected);
    List<String> command = program(target, mainClass);
    command.add(argument);
    Map<String, String> environment = new HashMap<>(Corpus.ENVIRONMENT);
    environment.put("JEYRA_OPTS", "-Xmx" + maxHeap);
    ProcessRunner.Result actual = ProcessRunner.run(command, classes, environment, "",
        TIMEOUT_SECONDS);
    assertEquals(expected, actual, mainClass + " " + argument + " with -Xmx" + maxHeap
        + " on " + target.name());
  }

  /**
   * The input arrives only once the workers are done: if the collector waited for the
   * blocked reader, the workers would never finish.
   */
  private static void threads(Target target) throws Exception {
    List<String> command = program(target, "corpus.GcThreads");
    for (int run = 1; run <= THREAD_RUNS; run++) {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE)
          .start();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      Thread errors = pump(process.getErrorStream(), stderr);
      InputStream stdout = process.getInputStream();
      String first = readLine(stdout);
      String context = target.name() + ", run " + run;
      if (!"workers done".equals(first)) {
        process.destroyForcibly().waitFor();
        fail("expected \"workers done\" first, " + context + ": " + first + " / " + stderr);
      }
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write("late input\n".getBytes(StandardCharsets.UTF_8));
      }
      String rest = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), context);
      errors.join();
      assertEquals(0, process.exitValue(), context + ": " + stderr);
      assertTrue(rest.endsWith("read: late input\n"), context + ": " + rest);
      assertEquals(5, rest.lines().count(), context + ": " + rest);
    }
  }

  private static List<String> program(Target target, String mainClass) throws Exception {
    NativeBuilds.Build build = NativeBuilds.of(target, Corpus.cases());
    if (build.executable() == null) {
      fail(build.failure());
    }
    List<String> command = new ArrayList<>(TargetRunner.prefix(target));
    command.addAll(List.of(build.executable().toString(), mainClass));
    return command;
  }

  /** A line of stdout, or what there was when the program ended or the timeout passed. */
  private static String readLine(InputStream in) throws IOException, InterruptedException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> {
      try {
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
          line.write(c);
        }
      } catch (IOException e) {
        // the line so far
      }
    });
    reader.setDaemon(true);
    reader.start();
    reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
    return line.toString(StandardCharsets.UTF_8);
  }

  private static Thread pump(InputStream in, OutputStream out) {
    Thread thread = new Thread(() -> {
      try {
        in.transferTo(out);
      } catch (IOException e) {
        // the process ended
      }
    });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
