package jeyra.libc.process;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/** getrandom(2): bytes from the kernel's random number generator. */
public final class Random {
  private Random() {}

  /** getrandom(2) into {@code buffer}; returns the bytes written (raw result). */
  @CheckResult
  @Bare("a system call wrapper")
  public static long getrandom(Word buffer, long lengthBytes, int flags) {
    return Errno.result(Syscall.syscall3("getrandom", buffer, Word.fromLong(lengthBytes),
        Word.fromInt(flags)));
  }
}
