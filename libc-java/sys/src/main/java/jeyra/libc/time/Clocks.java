package jeyra.libc.time;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/**
 * Clocks and sleeping: clock_gettime(2), clock_nanosleep(2).
 *
 * <p>Times cross the boundary as a 64-bit {@code struct timespec} ({@code tv_sec},
 * {@code tv_nsec}, 16 bytes): on i686 the {@code *_time64} calls take that layout, so times
 * after 2038 work on every target.
 */
public final class Clocks {
  private Clocks() {}

  public static final int CLOCK_REALTIME = 0;
  public static final int CLOCK_MONOTONIC = 1;

  /** Bytes of a 64-bit {@code struct timespec}. */
  public static final int TIMESPEC_BYTES = 16;

  /**
   * clock_gettime(2) into a 64-bit timespec at {@code timespec}.
   *
   * <p>Safety: {@code timespec} must be writable for {@link #TIMESPEC_BYTES} bytes, 8-aligned.
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long clockGettime(int clock, Word timespec) {
    if (TargetInfo.wordBytes() == 4) {
      return Errno.result(Syscall.syscall2("clock_gettime64", Word.fromInt(clock), timespec));
    }
    return Errno.result(Syscall.syscall2("clock_gettime", Word.fromInt(clock), timespec));
  }

  /**
   * clock_nanosleep(2), relative, with a 64-bit timespec; the remainder is written to
   * {@code remaining} (which may be zero) if interrupted.
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long clockNanosleep(int clock, Word request, Word remaining) {
    if (TargetInfo.wordBytes() == 4) {
      return Errno.result(Syscall.syscall4("clock_nanosleep_time64", Word.fromInt(clock),
          Word.zero(), request, remaining));
    }
    return Errno.result(Syscall.syscall4("clock_nanosleep", Word.fromInt(clock), Word.zero(),
        request, remaining));
  }
}
