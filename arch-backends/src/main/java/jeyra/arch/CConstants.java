package jeyra.arch;

import java.util.HashMap;
import java.util.Map;

/**
 * C-header constants that Linux defines per architecture, as maps for {@link Target#constant}.
 * Constants the same everywhere live here too, so that code names them in one way.
 *
 * <p>The defaults come from the kernel's {@code include/uapi/asm-generic/fcntl.h}; an
 * architecture's own {@code asm/fcntl.h} overrides some of them (arm64 moves four open flags).
 */
final class CConstants {
  private CConstants() {}

  /** The asm-generic values shared by every target, before per-architecture overrides. */
  static Map<String, Integer> generic() {
    Map<String, Integer> values = new HashMap<>();
    values.put("O_RDONLY", 0);
    values.put("O_WRONLY", 01);
    values.put("O_RDWR", 02);
    values.put("O_CREAT", 0100);
    values.put("O_EXCL", 0200);
    values.put("O_NOCTTY", 0400);
    values.put("O_TRUNC", 01000);
    values.put("O_APPEND", 02000);
    values.put("O_NONBLOCK", 04000);
    values.put("O_DSYNC", 010000);
    values.put("O_DIRECT", 040000);
    values.put("O_LARGEFILE", 0100000);
    values.put("O_DIRECTORY", 0200000);
    values.put("O_NOFOLLOW", 0400000);
    values.put("O_CLOEXEC", 02000000);
    values.put("O_SYNC", 04010000);
    values.put("AT_FDCWD", -100);
    // asm-generic/ioctls.h: the same on all four targets (x86 included).
    values.put("FIONREAD", 0x541B);
    // lseek(2) whence values.
    values.put("SEEK_SET", 0);
    values.put("SEEK_CUR", 1);
    values.put("SEEK_END", 2);
    // Signal numbers: the same on x86, arm64 and asm-generic (they differ on MIPS, SPARC).
    String[] signals = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS",
        "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
        "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
        "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
    for (int i = 0; i < signals.length; i++) {
      values.put(signals[i], i + 1);
    }
    // The rt_sigaction flag that says a sa_restorer field follows sa_flags: x86 and arm64
    // define it; the asm-generic ABI does not (see riscv64()).
    values.put("SA_RESTORER", 0x04000000);
    return values;
  }

  /**
   * riscv64 follows asm-generic exactly: no sa_restorer field in {@code struct sigaction},
   * the kernel returns from handlers through the vDSO. 0 says "no restorer".
   */
  static Map<String, Integer> riscv64() {
    Map<String, Integer> values = generic();
    values.put("SA_RESTORER", 0);
    return values;
  }

  /** arm64's {@code arch/arm64/include/uapi/asm/fcntl.h} overrides. */
  static Map<String, Integer> arm64() {
    Map<String, Integer> values = generic();
    values.put("O_DIRECTORY", 040000);
    values.put("O_NOFOLLOW", 0100000);
    values.put("O_DIRECT", 0200000);
    values.put("O_LARGEFILE", 0400000);
    return values;
  }
}
