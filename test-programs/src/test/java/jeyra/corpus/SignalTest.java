package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jeyra.arch.Target;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Signals from outside, on every target: SIGTERM, SIGINT and SIGHUP run the shutdown hooks
 * and end the program with 128 plus the signal number; SIGPIPE from a reader that went away
 * does not end it. Each run of the JVM and of the native program gets the same signal at
 * the same point (after its first line of output), and must answer alike.
 */
class SignalTest {
  private static final long TIMEOUT_SECONDS = 120;

  @TestFactory
  Stream<DynamicContainer> signals() {
    return TargetRunner.perTarget(target -> {
      List<DynamicTest> tests = new ArrayList<>();
      for (String signal : List.of("TERM", "INT", "HUP")) {
        tests.add(DynamicTest.dynamicTest("SIG" + signal + " runs the shutdown hooks",
            () -> compare(target, "corpus.ShutdownSignals", "wait", signal)));
      }
      tests.add(DynamicTest.dynamicTest("SIGPIPE does not end the program",
          () -> compare(target, "corpus.BrokenPipe", "flood", null)));
      return tests;
    });
  }

  /**
   * Runs the program on the JVM and natively; after its first line, sends {@code signal}
   * (or, if null, closes the pipe it writes to), and compares what follows.
   */
  private static void compare(Target target, String mainClass, String argument, String signal)
      throws Exception {
    List<String> jvm = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        Corpus.classesDirectory().toAbsolutePath().toString(), mainClass, argument));
    Outcome expected = run(jvm, signal);
    NativeBuilds.Build build = NativeBuilds.of(target, Corpus.cases());
    if (build.executable() == null) {
      fail(build.failure());
    }
    List<String> command = new ArrayList<>(TargetRunner.prefix(target));
    command.addAll(List.of(build.executable().toString(), mainClass, argument));
    Outcome actual = run(command, signal);
    String context = mainClass + " " + argument + " on " + target.name()
        + (signal != null ? " with SIG" + signal : " with its pipe closed");
    assertEquals(expected.stdout, actual.stdout, "stdout of " + context);
    assertEquals(expected.stderr, actual.stderr, "stderr of " + context);
    assertEquals(expected.exitStatus, actual.exitStatus, "exit status of " + context);
  }

  private record Outcome(String stdout, String stderr, int exitStatus) {}

  private static Outcome run(List<String> command, String signal) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(Corpus.ENVIRONMENT);
    Process process = builder.start();
    process.getOutputStream().close();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Thread errorPump = pump(process.getErrorStream(), errors);
    BufferedReader output = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder stdout = new StringBuilder();
    String first = output.readLine();
    if (first == null) {
      fail("no output from " + command + ":\n" + errors.toString(StandardCharsets.UTF_8));
    }
    stdout.append(first).append('\n');
    if (signal == null) {
      output.close();
    } else {
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
          .inheritIO().start();
      assertEquals(0, kill.waitFor(), "kill -" + signal);
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        stdout.append(line).append('\n');
      }
    }
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command + " did not end within " + TIMEOUT_SECONDS + " s");
    }
    errorPump.join();
    return new Outcome(stdout.toString(), errors.toString(StandardCharsets.UTF_8),
        process.exitValue());
  }

  private static Thread pump(InputStream from, ByteArrayOutputStream to) {
    Thread thread = new Thread(() -> {
      try {
        from.transferTo(to);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    thread.start();
    return thread;
  }
}
