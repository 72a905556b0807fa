package jeyra.libc.process;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/** Resource limits: see prlimit(2). Results are raw (see {@link jeyra.libc.Errno}). */
public final class ResourceLimits {
  private ResourceLimits() {}

  /** The stack size limit (the same number on every target jeyra has). */
  public static final int RLIMIT_STACK = 3;

  /** "No limit": all ones in the 64-bit rlim64_t. */
  public static final long RLIM64_INFINITY = -1L;

  /**
   * prlimit64(2) on the calling process: reads a limit into {@code oldLimit}, which must point
   * at 16 writable bytes ({@code struct rlimit64}: soft limit, then hard limit).
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long getLimit(int resource, Word oldLimit) {
    return Errno.result(Syscall.syscall4("prlimit64", Word.zero(), Word.fromInt(resource),
        Word.zero(), oldLimit));
  }
}
