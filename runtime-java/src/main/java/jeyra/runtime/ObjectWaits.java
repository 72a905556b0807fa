package jeyra.runtime;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.Word;
import jeyra.runtime.sync.FutexWaits;
import jeyra.runtime.sync.RuntimeLock;

/**
 * {@code Object.wait}, {@code notify} and {@code notifyAll}: one queue of every waiting
 * thread in the order they began to wait, each entry naming the object it waits on. A
 * notify takes the first entry for its object and raises that thread's wake counter
 * ({@link Blocking#raiseWakeEvent}), which is also what an interrupt raises.
 */
public final class ObjectWaits {
  private ObjectWaits() {}

  /** A thread waiting on an object. */
  private static final class Waiter {
    final Object target;
    final Word block;
    Waiter next;
    /** Set, under the lock, by the notify that took this waiter off the queue. */
    volatile boolean notified;

    Waiter(Object target, Word block) {
      this.target = target;
      this.block = block;
    }
  }

  private static final RuntimeLock LOCK = new RuntimeLock();
  private static Waiter first;
  private static Waiter last;

  /** {@code Object.wait(timeoutMillis)}, 0 meaning no limit. */
  public static void await(Object target, long timeoutMillis) throws InterruptedException {
    if (timeoutMillis < 0) {
      throw new IllegalArgumentException("timeout value is negative");
    }
    if (!Monitors.holdsLock(target)) {
      throw new IllegalMonitorStateException("current thread is not owner");
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    Thread current = CurrentThread.javaThread();
    Word event = Blocking.wakeEvent();
    Waiter waiter = new Waiter(target, Cpu.threadPointer());
    long deadline = timeoutMillis == 0 ? 0 : Deadlines.after(System.nanoTime(), timeoutMillis, 0);
    LOCK.lock();
    append(waiter);
    LOCK.unlock();
    int count = Monitors.releaseAll(target);
    ThreadStates.set(current, timeoutMillis == 0 ? ThreadStates.IN_OBJECT_WAIT
        : ThreadStates.IN_OBJECT_WAIT_TIMED);
    while (true) {
      int seen = event.readIntVolatile(0);
      if (waiter.notified || current.isInterrupted()) {
        break;
      }
      long timeout = FutexWaits.FOREVER;
      if (timeoutMillis != 0) {
        timeout = deadline - System.nanoTime();
        if (timeout <= 0) {
          break;
        }
      }
      FutexWaits.await(event, seen, timeout);
    }
    LOCK.lock();
    if (!waiter.notified) {
      remove(waiter);
    }
    LOCK.unlock();
    Monitors.reacquire(target, count);
    ThreadStates.set(current, ThreadStates.RUNNABLE);
    // As HotSpot: a notified thread returns normally and keeps its interrupt for later.
    if (!waiter.notified && Thread.interrupted()) {
      throw new InterruptedException();
    }
  }

  /** {@code Object.notify} ({@code all} false) and {@code notifyAll} (true). */
  public static void notify(Object target, boolean all) {
    if (!Monitors.holdsLock(target)) {
      throw new IllegalMonitorStateException("current thread is not owner");
    }
    LOCK.lock();
    Waiter previous = null;
    Waiter waiter = first;
    while (waiter != null) {
      Waiter next = waiter.next;
      if (waiter.target == target) {
        unlink(previous, waiter);
        waiter.notified = true;
        Blocking.raiseWakeEvent(waiter.block);
        if (!all) {
          break;
        }
      } else {
        previous = waiter;
      }
      waiter = next;
    }
    LOCK.unlock();
  }

  private static void append(Waiter waiter) {
    if (last == null) {
      first = waiter;
    } else {
      last.next = waiter;
    }
    last = waiter;
  }

  private static void remove(Waiter waiter) {
    Waiter previous = null;
    for (Waiter current = first; current != null; current = current.next) {
      if (current == waiter) {
        unlink(previous, current);
        return;
      }
      previous = current;
    }
  }

  private static void unlink(Waiter previous, Waiter waiter) {
    if (previous == null) {
      first = waiter.next;
    } else {
      previous.next = waiter.next;
    }
    if (last == waiter) {
      last = previous;
    }
    waiter.next = null;
  }
}
