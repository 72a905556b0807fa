package jeyra.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The system call tables against the kernel's: numbers taken by hand from
 * {@code arch/x86/entry/syscalls/syscall_64.tbl}, {@code syscall_32.tbl} and
 * {@code include/uapi/asm-generic/unistd.h}, and the shape a typo would break (two names on
 * one number, a call the runtime needs missing on a target).
 */
class SyscallTablesTest {
  private static int number(String target, String name) {
    return Targets.byName(target).orElseThrow().syscallNumber(name).orElseThrow(
        () -> new AssertionError(target + " has no " + name));
  }

  @Test
  void numbersAreTheKernels() {
    assertEquals(0, number("x86_64", "read"));
    assertEquals(1, number("x86_64", "write"));
    assertEquals(56, number("x86_64", "clone"));
    assertEquals(158, number("x86_64", "arch_prctl"));
    assertEquals(202, number("x86_64", "futex"));
    assertEquals(231, number("x86_64", "exit_group"));
    assertEquals(257, number("x86_64", "openat"));
    assertEquals(332, number("x86_64", "statx"));
    for (String generic : List.of("aarch64", "riscv64")) {
      assertEquals(63, number(generic, "read"));
      assertEquals(64, number(generic, "write"));
      assertEquals(94, number(generic, "exit_group"));
      assertEquals(98, number(generic, "futex"));
      assertEquals(139, number(generic, "rt_sigreturn"));
      assertEquals(220, number(generic, "clone"));
      assertEquals(222, number(generic, "mmap"));
      assertEquals(291, number(generic, "statx"));
    }
    assertEquals(3, number("i686", "read"));
    assertEquals(4, number("i686", "write"));
    assertEquals(120, number("i686", "clone"));
    assertEquals(140, number("i686", "_llseek"));
    assertEquals(192, number("i686", "mmap2"));
    assertEquals(243, number("i686", "set_thread_area"));
    assertEquals(252, number("i686", "exit_group"));
    assertEquals(422, number("i686", "futex_time64"));
  }

  @Test
  void noTwoCallsShareANumber() {
    for (Target target : Targets.ALL) {
      Map<Integer, String> byNumber = new HashMap<>();
      for (String name : target.syscalls().names()) {
        int number = target.syscallNumber(name).getAsInt();
        String other = byNumber.put(number, name);
        assertTrue(other == null, target.name() + ": " + name + " and " + other
            + " both have number " + number);
      }
    }
  }

  /** The calls libc-java and origin-java make, in the form each target has them. */
  @Test
  void everyTargetHasWhatTheRuntimeCalls() {
    List<String> everywhere = List.of("read", "write", "openat", "close", "munmap", "mprotect",
        "futex", "clone", "exit", "exit_group", "rt_sigaction", "rt_sigprocmask",
        "rt_sigreturn", "tgkill", "gettid", "getpid", "sched_yield", "sched_getaffinity",
        "statx", "ioctl", "getrandom", "prlimit64", "uname", "sysinfo", "getcwd",
        "readlinkat");
    for (Target target : Targets.ALL) {
      for (String name : everywhere) {
        assertTrue(target.syscallNumber(name).isPresent(), target.name() + " lacks " + name);
      }
      // 32-bit x86 maps with page offsets, seeks with _llseek, and takes 64-bit times only
      // in the *_time64 calls; 64-bit targets have the plain calls.
      List<String> forWordSize = target.wordBytes() == 8
          ? List.of("mmap", "lseek", "clock_gettime", "clock_nanosleep")
          : List.of("mmap2", "_llseek", "futex_time64", "clock_gettime64",
              "clock_nanosleep_time64");
      for (String name : forWordSize) {
        assertTrue(target.syscallNumber(name).isPresent(), target.name() + " lacks " + name);
      }
    }
    assertTrue(Targets.byName("x86_64").orElseThrow().syscallNumber("arch_prctl").isPresent());
    assertTrue(Targets.byName("i686").orElseThrow().syscallNumber("set_thread_area")
        .isPresent());
  }
}
