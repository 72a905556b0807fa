package jeyra.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jeyra.arch.Target;
import jeyra.arch.Targets;

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
