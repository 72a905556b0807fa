package jeyra.runtime;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.runtime.sync.FutexWaits;

/**
 * Java monitors ({@code synchronized}, {@code monitorenter}/{@code monitorexit}) in each
 * object's lock word, which is also the futex word contended threads sleep on.
 *
 * <p>The word is 0 when the monitor is free. Otherwise bits 20-30 hold the owner's lock id
 * (see {@link CurrentThread#lockId}), bits 0-19 the recursion count, and bit 31 says that
 * other threads may be sleeping on the word, so the release must wake one. A woken thread
 * takes the monitor with that bit set, since it cannot know whether others still sleep
 * (Drepper's "Futexes Are Tricky", mutex 2). Only the owner changes owner and count; others
 * only set bit 31, so the owner's updates are compare-and-swaps.
 */
public final class Monitors {
  private Monitors() {}

  private static final int OWNER_SHIFT = 20;
  private static final int COUNT_MASK = (1 << OWNER_SHIFT) - 1;
  private static final int CONTENDED = 1 << 31;
  private static final int OWNER_MASK = ~(COUNT_MASK | CONTENDED);

  /** The largest lock id a lock word can hold. */
  public static final int MAX_LOCK_ID = OWNER_MASK >>> OWNER_SHIFT;

  private static Word lockWord(Object object) {
    return Word.addressOf(object).add(TargetInfo.lockOffset());
  }

  private static int ownerBits() {
    return CurrentThread.lockId() << OWNER_SHIFT;
  }

  /** monitorenter on a non-null object. */
  static void enter(Object object) {
    Word lock = lockWord(object);
    int owner = ownerBits();
    int seen = lock.compareAndExchangeInt(0, 0, owner | 1);
    if (seen == 0) {
      return;
    }
    if ((seen & OWNER_MASK) == owner) {
      addToCount(lock, 1);
      return;
    }
    acquireContended(lock, owner | 1);
  }

  /** monitorexit on a non-null object. */
  static void exit(Object object) {
    Word lock = lockWord(object);
    int seen = lock.readIntVolatile(0);
    if (seen == 0 || (seen & OWNER_MASK) != ownerBits()) {
      throw new IllegalMonitorStateException();
    }
    if ((seen & COUNT_MASK) > 1) {
      addToCount(lock, -1);
      return;
    }
    release(lock);
  }

  /** Whether the calling thread holds the object's monitor ({@code Thread.holdsLock}). */
  public static boolean holdsLock(Object object) {
    int seen = lockWord(object).readIntVolatile(0);
    return seen != 0 && (seen & OWNER_MASK) == ownerBits();
  }

  /**
   * Releases the monitor, which the calling thread holds, completely (for {@code wait});
   * returns the recursion count to restore.
   */
  static int releaseAll(Object object) {
    Word lock = lockWord(object);
    int count = lock.readIntVolatile(0) & COUNT_MASK;
    release(lock);
    return count;
  }

  /** Takes the monitor again with a saved recursion count (after {@code wait}). */
  static void reacquire(Object object, int count) {
    Word lock = lockWord(object);
    int held = ownerBits() | count;
    if (lock.compareAndExchangeInt(0, 0, held) != 0) {
      acquireContended(lock, held);
    }
  }

  /** Changes the count of a monitor the calling thread holds; others may set bit 31. */
  private static void addToCount(Word lock, int delta) {
    while (true) {
      int seen = lock.readIntVolatile(0);
      int count = (seen & COUNT_MASK) + delta;
      if (count > COUNT_MASK) {
        throw new InternalError("monitor re-entered more than " + COUNT_MASK + " times");
      }
      if (lock.compareAndSwapInt(0, seen, (seen & ~COUNT_MASK) | count)) {
        return;
      }
    }
  }

  /** Frees the monitor and wakes a sleeper if there may be one. */
  private static void release(Word lock) {
    if ((lock.getAndSetInt(0, 0) & CONTENDED) != 0) {
      FutexWaits.wakeOne(lock);
    }
  }

  /**
   * Waits for another thread to release the monitor and takes it with {@code held} (owner
   * and count). The thread shows as BLOCKED meanwhile.
   */
  private static void acquireContended(Word lock, int held) {
    Thread current = CurrentThread.javaThread();
    ThreadStates.set(current, ThreadStates.BLOCKED_ON_MONITOR);
    while (true) {
      int seen = lock.readIntVolatile(0);
      if (seen == 0) {
        if (lock.compareAndSwapInt(0, 0, held | CONTENDED)) {
          break;
        }
        continue;
      }
      if ((seen & CONTENDED) == 0 && !lock.compareAndSwapInt(0, seen, seen | CONTENDED)) {
        continue;
      }
      FutexWaits.await(lock, seen | CONTENDED, FutexWaits.FOREVER);
    }
    ThreadStates.set(current, ThreadStates.RUNNABLE);
  }
}
