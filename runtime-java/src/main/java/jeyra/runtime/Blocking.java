package jeyra.runtime;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.process.Scheduling;
import jeyra.runtime.access.JavaLangAccess;
import jeyra.runtime.sync.FutexWaits;

/**
 * How a thread sleeps and parks, and how others wake it, on two futex words in its thread
 * block: the park permit, and a wake counter that notifications and interrupts raise (see
 * {@link ThreadBlockLayout#PARK_PERMIT}, {@link ThreadBlockLayout#WAKE_EVENT}).
 *
 * <p>A thread's block is found through {@code Thread.eetop}. Blocks of ended threads are
 * kept for later threads, never unmapped, so a late wake-up lands in a block that is still
 * memory; at worst it wakes a newer thread early, which sleep, wait and park allow.
 */
public final class Blocking {
  private Blocking() {}

  private static Word slot(Word block, int slot) {
    return block.add((long) slot * TargetInfo.wordBytes());
  }

  /** The calling thread's wake counter. */
  static Word wakeEvent() {
    return slot(Cpu.threadPointer(), ThreadBlockLayout.WAKE_EVENT);
  }

  /** {@code Thread.sleep}: at least {@code millis} milliseconds, unless interrupted. */
  public static void sleep(long millis) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("sleep interrupted");
    }
    if (millis == 0) {
      Scheduling.schedYield(); // as HotSpot does
      return;
    }
    Thread current = CurrentThread.javaThread();
    Word event = wakeEvent();
    long deadline = Deadlines.after(System.nanoTime(), millis, 0);
    ThreadStates.set(current, ThreadStates.SLEEPING);
    try {
      while (true) {
        int seen = event.readIntVolatile(0);
        if (Thread.interrupted()) {
          throw new InterruptedException("sleep interrupted");
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return;
        }
        FutexWaits.await(event, seen, remaining);
      }
    } finally {
      ThreadStates.set(current, ThreadStates.RUNNABLE);
    }
  }

  /**
   * {@code Unsafe.park}: returns at once if the permit is there (taking it), else sleeps
   * until {@link #unpark}, an interrupt, the time given, or for no reason at all.
   *
   * @param absolute whether {@code time} is a deadline in epoch milliseconds, rather than
   *     a relative time in nanoseconds (0: no limit)
   */
  public static void park(boolean absolute, long time) {
    Word permit = slot(Cpu.threadPointer(), ThreadBlockLayout.PARK_PERMIT);
    if (permit.getAndSetInt(0, 0) == 1) {
      return;
    }
    Thread current = CurrentThread.javaThread();
    if (current.isInterrupted() || time < 0 || (absolute && time == 0)) {
      return;
    }
    long timeout = FutexWaits.FOREVER;
    if (absolute) {
      timeout = Deadlines.millisToNanos(time - System.currentTimeMillis());
      if (timeout <= 0) {
        return;
      }
    } else if (time > 0) {
      timeout = time;
    }
    ThreadStates.set(current, timeout < 0 ? ThreadStates.PARKED : ThreadStates.PARKED_TIMED);
    FutexWaits.await(permit, 0, timeout);
    permit.writeIntVolatile(0, 0);
    ThreadStates.set(current, ThreadStates.RUNNABLE);
  }

  /** {@code Unsafe.unpark}: gives the thread its permit; nothing if it is not alive. */
  public static void unpark(Thread thread) {
    long block = thread == null ? 0 : JavaLangAccess.threadBlock(thread);
    if (block != 0) {
      givePermit(Word.fromLong(block));
    }
  }

  /**
   * {@code Thread.interrupt0}: the flag is already set; wakes the thread from sleep, wait or
   * park, as HotSpot's interrupt unparks all three.
   */
  public static void interrupt(Thread thread) {
    long block = JavaLangAccess.threadBlock(thread);
    if (block != 0) {
      raiseWakeEvent(Word.fromLong(block));
      givePermit(Word.fromLong(block));
    }
  }

  /** Wakes the thread of {@code block} if it sleeps on its wake counter. */
  static void raiseWakeEvent(Word block) {
    Word event = slot(block, ThreadBlockLayout.WAKE_EVENT);
    event.getAndAddInt(0, 1);
    FutexWaits.wakeAll(event);
  }

  private static void givePermit(Word block) {
    Word permit = slot(block, ThreadBlockLayout.PARK_PERMIT);
    if (permit.getAndSetInt(0, 1) == 0) {
      FutexWaits.wakeOne(permit);
    }
  }
}
