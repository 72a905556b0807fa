package jeyra.runtime.sync;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.sync.Futex;

/** Futex waits with a timeout in nanoseconds, the form every blocking call here needs. */
public final class FutexWaits {
  private FutexWaits() {}

  /** The timeout for {@link #await} that means "until woken". */
  public static final long FOREVER = -1;

  /**
   * Sleeps while the int at {@code address} holds {@code expected}, until a wake-up, a
   * signal, or {@code timeoutNanos} pass ({@link #FOREVER} for no limit). May return early:
   * callers check their condition again.
   */
  public static void await(Word address, int expected, long timeoutNanos) {
    if (timeoutNanos < 0) {
      Futex.await(address, expected, Word.zero());
      return;
    }
    // The timespec goes in the thread's scratch memory: no allocation while blocking.
    Word timespec = Cpu.threadPointer().add(ThreadBlockLayout.SCRATCH_OFFSET);
    timespec.writeLong(0, timeoutNanos / 1_000_000_000L);
    timespec.writeLong(8, timeoutNanos % 1_000_000_000L);
    Futex.await(address, expected, timespec);
  }

  /** Wakes every thread sleeping on the int at {@code address}. */
  public static void wakeAll(Word address) {
    Futex.wake(address, Integer.MAX_VALUE);
  }

  /** Wakes one thread sleeping on the int at {@code address}. */
  public static void wakeOne(Word address) {
    Futex.wake(address, 1);
  }
}
