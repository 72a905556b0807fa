package jeyra.arch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The supported targets, and which of them the build machine is. */
public final class Targets {
  private Targets() {}

  /** Every supported target, host architecture first. */
  public static final List<Target> ALL =
      List.of(X86_64.INSTANCE, Aarch64.INSTANCE, Riscv64.INSTANCE, I686.INSTANCE);

  /**
   * Looks a target up by the name users type.
   *
   * @param name a target name such as {@code aarch64}; not null
   * @return the target, or empty if none has that name
   */
  public static Optional<Target> byName(String name) {
    for (Target target : ALL) {
      if (target.name().equals(name)) {
        return Optional.of(target);
      }
    }
    return Optional.empty();
  }

  /** The names of all targets, for messages. */
  public static String names() {
    StringBuilder names = new StringBuilder();
    for (Target target : ALL) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(target.name());
    }
    return names.toString();
  }

  /**
   * Returns the target of the machine running the compiler.
   *
   * @throws IllegalStateException if the host is not one of the targets
   */
  public static Target host() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    switch (arch) {
      case "amd64":
      case "x86_64":
        return X86_64.INSTANCE;
      case "aarch64":
        return Aarch64.INSTANCE;
      case "riscv64":
        return Riscv64.INSTANCE;
      case "x86":
      case "i386":
      case "i686":
        return I686.INSTANCE;
      default:
        throw new IllegalStateException("the build machine's architecture '" + arch
            + "' is not a jeyra target; give --target (" + names() + ")");
    }
  }
}
