package jeyra.runtime;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.time.Clocks;

/** Wall-clock and monotonic time from clock_gettime(2). */
public final class Clock {
  private Clock() {}

  /** {@code System.currentTimeMillis}: CLOCK_REALTIME in milliseconds. */
  public static long currentTimeMillis() {
    long[] time = read(Clocks.CLOCK_REALTIME);
    return time[0] * 1000 + time[1] / 1_000_000;
  }

  /** {@code System.nanoTime}: CLOCK_MONOTONIC in nanoseconds. */
  public static long nanoTime() {
    long[] time = read(Clocks.CLOCK_MONOTONIC);
    return time[0] * 1_000_000_000L + time[1];
  }

  /** Seconds and nanoseconds of a clock (a long[] is an 8-aligned timespec buffer). */
  public static long[] read(int clock) {
    long[] timespec = new long[2];
    Word address = Word.addressOf(timespec).add(TargetInfo.arrayBaseOffset());
    long result = Clocks.clockGettime(clock, address);
    if (jeyra.libc.Errno.failed(result)) {
      throw new InternalError("clock_gettime failed: errno " + jeyra.libc.Errno.of(result));
    }
    return timespec;
  }
}
