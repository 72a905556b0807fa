package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import jeyra.arch.Target;
import jeyra.arch.Targets;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * How this machine runs an executable built for a target: the host's natively, the others
 * under QEMU's user mode ({@code qemu-aarch64}, {@code qemu-riscv64}, {@code qemu-i386}).
 *
 * <p>{@code scripts/test}, the README's test command, installs QEMU before the tests run. A
 * run of {@code mvn verify} without it gets one failure per foreign target saying so, rather
 * than one per program.
 */
final class TargetRunner {
  private TargetRunner() {}

  /**
   * One container of tests for each target every program must pass on
   * ({@link DifferentialTest#TARGETS}); a target this machine cannot run gets a single
   * failing test that says why, instead of the tests.
   */
  static Stream<DynamicContainer> perTarget(Function<Target, List<DynamicTest>> tests) {
    return perTarget(DifferentialTest.TARGETS, tests);
  }

  /** {@link #perTarget(Function)} for the given targets. */
  static Stream<DynamicContainer> perTarget(List<String> targets,
      Function<Target, List<DynamicTest>> tests) {
    List<DynamicContainer> containers = new ArrayList<>();
    for (String name : targets) {
      Target target = Targets.byName(name).orElseThrow();
      String unavailable = unavailable(target);
      containers.add(DynamicContainer.dynamicContainer(name, unavailable != null
          ? List.of(DynamicTest.dynamicTest("runs " + name + " executables",
              () -> fail(unavailable)))
          : tests.apply(target)));
    }
    return containers.stream();
  }

  /** The programs that go before the executable's path (none for the host). */
  static List<String> prefix(Target target) {
    return isHost(target) ? List.of() : List.of(target.qemuUserProgram());
  }

  /** Why this machine cannot run the target's executables, or null if it can. */
  static String unavailable(Target target) {
    if (isHost(target) || onPath(target.qemuUserProgram())) {
      return null;
    }
    return target.qemuUserProgram() + " is not installed, so " + target.name()
        + " executables cannot run here: run scripts/test, which installs QEMU's user mode, "
        + "or apt-get install qemu-user";
  }

  private static boolean isHost(Target target) {
    return target.name().equals(Targets.host().name());
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String directory : path.split(":")) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }
}
