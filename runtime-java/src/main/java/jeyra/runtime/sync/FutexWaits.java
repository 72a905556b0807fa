package jeyra.runtime.sync;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
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
    // Safe while asleep: the collector may run under a thread that waits (see Safepoints).
    Cpu.spillRegisters();
    Word block = Cpu.threadPointer();
    boolean entered = Safepoints.enterSafe(block, Cpu.stackPointer());
    long result = awaitRaw(address, expected, timeoutNanos);
    if (entered) {
      Safepoints.leaveSafe(block);
    }
    // Woken, the value changed (EAGAIN), a signal (EINTR) or the timeout: the caller looks
    // at its condition again either way. Anything else means a bad address or timeout.
    if (Errno.failed(result) && Errno.of(result) != Errno.EAGAIN
        && Errno.of(result) != Errno.EINTR && Errno.of(result) != Errno.ETIMEDOUT) {
      throw new InternalError("futex wait failed: errno " + Errno.of(result));
    }
  }

  /**
   * {@link #await} for the safepoint code itself, which manages the thread's state: the
   * system call alone, its raw result returned.
   */
  static long awaitRaw(Word address, int expected, long timeoutNanos) {
    Word timeout = Word.zero();
    if (timeoutNanos >= 0) {
      // The timespec goes in the thread's scratch memory: no allocation while blocking.
      timeout = Cpu.threadPointer().add(ThreadBlockLayout.SCRATCH_OFFSET);
      timeout.writeLong(0, timeoutNanos / 1_000_000_000L);
      timeout.writeLong(8, timeoutNanos % 1_000_000_000L);
    }
    return Futex.await(address, expected, timeout);
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
