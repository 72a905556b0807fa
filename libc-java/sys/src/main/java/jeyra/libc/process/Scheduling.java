package jeyra.libc.process;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/** CPU affinity and yielding: sched_getaffinity(2), sched_yield(2). Raw results. */
public final class Scheduling {
  private Scheduling() {}

  /**
   * sched_getaffinity(2) of a thread (0: the caller) into a mask of {@code maskBytes} bytes;
   * returns the bytes the kernel wrote.
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long schedGetaffinity(int tid, long maskBytes, Word mask) {
    return Errno.result(Syscall.syscall3("sched_getaffinity", Word.fromInt(tid),
        Word.fromLong(maskBytes), mask));
  }

  /** sched_yield(2). */
  @Bare("a system call wrapper")
  public static long schedYield() {
    return Errno.result(Syscall.syscall0("sched_yield"));
  }
}
