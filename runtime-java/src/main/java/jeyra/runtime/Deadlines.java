package jeyra.runtime;

/** Time arithmetic for timeouts, saturating instead of overflowing. */
final class Deadlines {
  private Deadlines() {}

  /** Milliseconds as nanoseconds, at most Long.MAX_VALUE. */
  static long millisToNanos(long millis) {
    return millis >= Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE : millis * 1_000_000L;
  }

  /**
   * The {@code System.nanoTime} value {@code millis} ms and {@code nanos} ns after
   * {@code now}, or the latest representable one.
   */
  static long after(long now, long millis, long nanos) {
    long delay = millisToNanos(millis);
    delay = delay > Long.MAX_VALUE - nanos ? Long.MAX_VALUE : delay + nanos;
    return delay > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + delay;
  }
}
