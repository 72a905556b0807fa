package jeyra.runtime;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.time.Clocks;

/** Sleeping the calling thread with clock_nanosleep(2), resuming after signals. */
public final class Sleep {
  private Sleep() {}

  /** Sleeps at least {@code millis} milliseconds. */
  public static void sleepMillis(long millis) {
    long[] request = new long[] {millis / 1000, (millis % 1000) * 1_000_000L};
    long[] remaining = new long[2];
    Word requestAddress = Word.addressOf(request).add(TargetInfo.arrayBaseOffset());
    Word remainingAddress = Word.addressOf(remaining).add(TargetInfo.arrayBaseOffset());
    while (true) {
      long result = Clocks.clockNanosleep(Clocks.CLOCK_MONOTONIC, requestAddress,
          remainingAddress);
      if (Errno.of(result) != Errno.EINTR) {
        return;
      }
      request[0] = remaining[0];
      request[1] = remaining[1];
    }
  }
}
