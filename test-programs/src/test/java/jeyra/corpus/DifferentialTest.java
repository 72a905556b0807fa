package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jeyra.arch.Target;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every corpus program on the JVM (the expected stdout, stderr and exit status) and as a
 * native executable for each target (under QEMU for foreign ones), and demands the same; then
 * again on some targets with the collector in stress mode ({@link NativeBuilds#underGcStress}).
 */
class DifferentialTest {
  /** The targets every program must pass on. */
  static final List<String> TARGETS = List.of("x86_64", "aarch64", "riscv64", "i686");
  private static final long JVM_TIMEOUT_SECONDS = 60;
  private static final long NATIVE_TIMEOUT_SECONDS = 120;

  private static final Map<String, ProcessRunner.Result> EXPECTED = new HashMap<>();

  @TestFactory
  Stream<DynamicContainer> corpus() throws IOException {
    List<Corpus.Case> cases = Corpus.cases();
    return TargetRunner.perTarget(target -> {
      List<DynamicTest> tests = new ArrayList<>();
      for (Corpus.Case c : cases) {
        tests.add(DynamicTest.dynamicTest(c.mainClass(),
            () -> check(target, NativeBuilds.of(target, cases), c)));
      }
      return tests;
    });
  }

  /**
   * The corpus with the collector running every few allocations: a root the collector misses
   * or a wrong reference map frees live objects, which a program then shows.
   */
  @TestFactory
  Stream<DynamicContainer> corpusUnderGcStress() throws IOException {
    List<Corpus.Case> cases = Corpus.cases();
    return TargetRunner.perTarget(NativeBuilds.GC_STRESS_TARGETS, target -> {
      List<DynamicTest> tests = new ArrayList<>();
      for (Corpus.Case c : cases) {
        tests.add(DynamicTest.dynamicTest(c.mainClass(),
            () -> check(target, NativeBuilds.underGcStress(target, cases), c)));
      }
      return tests;
    });
  }

  private static void check(Target target, NativeBuilds.Build build, Corpus.Case c)
      throws Exception {
    ProcessRunner.Result expected = expected(c);
    if (build.executable() == null) {
      fail(build.failure());
    }
    List<String> command = new ArrayList<>(TargetRunner.prefix(target));
    command.add(build.executable().toString());
    command.add(c.mainClass()); // which program of the multi-call executable
    command.addAll(c.arguments());
    ProcessRunner.Result actual = ProcessRunner.run(command, workDirectory(),
        Corpus.ENVIRONMENT, c.stdin(), NATIVE_TIMEOUT_SECONDS);
    String context = c.mainClass() + " on " + target.name();
    assertEquals(expected.stdout(), actual.stdout(), "stdout of " + context
        + "\n(stderr was:\n" + actual.stderr() + ")");
    assertEquals(expected.stderr(), actual.stderr(), "stderr of " + context);
    assertEquals(expected.exitStatus(), actual.exitStatus(), "exit status of " + context);
  }

  /** The JVM's run of a case, computed once for all targets. */
  private static synchronized ProcessRunner.Result expected(Corpus.Case c) throws Exception {
    ProcessRunner.Result known = EXPECTED.get(c.mainClass());
    if (known == null) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(Corpus.classesDirectory().toAbsolutePath().toString());
      command.add(c.mainClass());
      command.addAll(c.arguments());
      known = ProcessRunner.run(command, workDirectory(), Corpus.ENVIRONMENT, c.stdin(),
          JVM_TIMEOUT_SECONDS);
      EXPECTED.put(c.mainClass(), known);
    }
    return known;
  }

  private static Path workDirectory() throws IOException {
    Path directory = Path.of(System.getProperty("jeyra.corpus.work", "target/native"));
    Files.createDirectories(directory);
    return directory.toAbsolutePath();
  }
}
