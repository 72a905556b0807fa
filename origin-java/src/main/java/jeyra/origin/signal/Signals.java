package jeyra.origin.signal;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.annotate.Export;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.signal.SignalActions;
import jeyra.libc.sync.Futex;

/**
 * Signals, Origin's {@code signal} module in Java: one handler for every caught signal,
 * which only records that the signal arrived and wakes the thread waiting for signals
 * ({@link #awaitPending}). Everything else happens on that thread, in ordinary code: a
 * handler interrupts a thread anywhere, even inside the allocator, so it must not run Java.
 *
 * <p>A signal is caught either to be forwarded (recorded for the waiting thread) or quietly
 * (the handler returns, so the signal has no effect, but unlike SIG_IGN the disposition
 * does not pass to programs this one executes).
 */
public final class Signals {
  private Signals() {}

  /** Bit n: signal n is forwarded. Written by ordinary code, read by the handler. */
  private static int forwarded;
  /** Bit n: signal n arrived and was not yet taken. A futex word. */
  private static int pending;

  @Bare("used by the handler")
  private static Word forwardedWord() {
    return Linkage.staticFieldAddress(Signals.class, "forwarded");
  }

  @Bare("used by the handler")
  private static Word pendingWord() {
    return Linkage.staticFieldAddress(Signals.class, "pending");
  }

  /**
   * Catches {@code signal}, forwarding it to {@link #awaitPending} or quietly.
   *
   * @return the previous handler value ({@link SignalActions#SIG_DFL}, {@code SIG_IGN}, a
   *     handler address; this module's handler counts as {@link #isOurHandler}), or a
   *     negated errno
   */
  @CheckResult
  public static long catchSignal(int signal, boolean forward) {
    setForwarded(signal, forward);
    Word actions = scratch();
    SignalActions.describe(actions, Linkage.symbolAddress("jeyra_signal_handler"),
        Linkage.symbolAddress("jeyra_signal_return"));
    return install(signal, actions);
  }

  /** Gives {@code signal} back to the kernel: SIG_DFL or SIG_IGN. Returns as catchSignal. */
  @CheckResult
  public static long release(int signal, int disposition) {
    setForwarded(signal, false);
    Word actions = scratch();
    SignalActions.describe(actions, Word.fromInt(disposition), Word.zero());
    return install(signal, actions);
  }

  /** The current handler value of {@code signal}, or a negated errno. */
  @CheckResult
  public static long currentHandler(int signal) {
    Word previous = scratch().add(SignalActions.ACTION_BYTES);
    long result = SignalActions.setAction(signal, Word.zero(), previous);
    return Errno.failed(result) ? result : SignalActions.handlerOf(previous).toLong();
  }

  /** Whether a handler value is this module's handler. */
  public static boolean isOurHandler(long handler) {
    return handler == Linkage.symbolAddress("jeyra_signal_handler").toLong();
  }

  /**
   * Waits until some forwarded signal arrives, and takes every pending one.
   *
   * @return the set of signals, bit n for signal n
   */
  public static int awaitPending() {
    Word pending = pendingWord();
    while (true) {
      int signals = pending.getAndSetInt(0, 0);
      if (signals != 0) {
        return signals;
      }
      long result = Futex.await(pending, 0, Word.zero());
      // Woken, a signal already set a bit (EAGAIN) or interrupted the wait (EINTR): look
      // again. Anything else means the word's address is bad.
      if (Errno.failed(result) && Errno.of(result) != Errno.EAGAIN
          && Errno.of(result) != Errno.EINTR) {
        throw new InternalError("futex wait for signals failed: errno " + Errno.of(result));
      }
    }
  }

  /**
   * The handler of every caught signal, on whichever thread the kernel chose, between any
   * two instructions of it: it only sets a bit and wakes the waiting thread.
   */
  @Export("jeyra_signal_handler")
  @Bare("runs inside whatever the thread was doing")
  public static void handle(int signal, Word info, Word context) {
    if (((forwardedWord().readIntVolatile(0) >>> signal) & 1) == 0) {
      return; // caught quietly
    }
    Word pending = pendingWord();
    int seen = pending.readIntVolatile(0);
    while (!pending.compareAndSwapInt(0, seen, seen | (1 << signal))) {
      seen = pending.readIntVolatile(0);
    }
    Futex.wake(pending, 1);
  }

  private static void setForwarded(int signal, boolean forward) {
    Word forwarded = forwardedWord();
    int bit = 1 << signal;
    int seen;
    do {
      seen = forwarded.readIntVolatile(0);
    } while (!forwarded.compareAndSwapInt(0, seen, forward ? seen | bit : seen & ~bit));
  }

  /** Room for two sigaction structures: the thread's scratch memory. */
  private static Word scratch() {
    return Cpu.threadPointer().add(ThreadBlockLayout.SCRATCH_OFFSET);
  }

  private static long install(int signal, Word action) {
    Word previous = action.add(SignalActions.ACTION_BYTES);
    long result = SignalActions.setAction(signal, action, previous);
    return Errno.failed(result) ? result : SignalActions.handlerOf(previous).toLong();
  }
}
