package jeyra.libc.sync;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/**
 * futex(2) on a process-private 32-bit word: the one blocking primitive every lock, wait and
 * park of the runtime is built from.
 *
 * <p>Timeouts are relative, on the monotonic clock, as a 64-bit {@code struct timespec}
 * (16 bytes): on i686 that is {@code futex_time64}'s layout.
 */
public final class Futex {
  private Futex() {}

  private static final int FUTEX_WAIT_PRIVATE = 0 | 128;
  private static final int FUTEX_WAKE_PRIVATE = 1 | 128;

  /**
   * Sleeps while the int at {@code address} holds {@code expected}, until a wake, a signal,
   * or the timeout. Returns at once (EAGAIN) if the value differs.
   *
   * <p>Safety: {@code address} is a 4-byte aligned int in this process; {@code timeout} is
   * zero (no limit) or a readable 64-bit timespec.
   *
   * @return the kernel's result: 0 when woken, or a negated errno (EAGAIN, EINTR, ETIMEDOUT)
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long await(Word address, int expected, Word timeout) {
    if (TargetInfo.wordBytes() == 4) {
      return Errno.result(Syscall.syscall4("futex_time64", address,
          Word.fromInt(FUTEX_WAIT_PRIVATE), Word.fromInt(expected), timeout));
    }
    return Errno.result(Syscall.syscall4("futex", address, Word.fromInt(FUTEX_WAIT_PRIVATE),
        Word.fromInt(expected), timeout));
  }

  /**
   * Wakes up to {@code count} threads sleeping on the int at {@code address}.
   *
   * @return the number woken, or a negated errno
   */
  @Bare("a system call wrapper")
  public static long wake(Word address, int count) {
    return Errno.result(Syscall.syscall3("futex", address, Word.fromInt(FUTEX_WAKE_PRIVATE),
        Word.fromInt(count)));
  }
}
