package jeyra.runtime;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/**
 * Java monitors ({@code synchronized}, {@code monitorenter}/{@code monitorexit}) as thin locks
 * in each object's lock word: the owner's lock id in the high 12 bits, the recursion count in
 * the low 20 bits, 0 when free.
 *
 * <p>Only one thread exists so far, so a monitor is never contended; taking one owned by
 * another thread is reported as an {@code InternalError} until threads and lock inflation
 * (futex-based monitors) arrive.
 */
public final class Monitors {
  private Monitors() {}

  private static final int COUNT_BITS = 20;
  private static final int COUNT_MASK = (1 << COUNT_BITS) - 1;

  private static Word lockWord(Object object) {
    return Word.addressOf(object).add(TargetInfo.lockOffset());
  }

  /** monitorenter on a non-null object. */
  static void enter(Object object) {
    Word lock = lockWord(object);
    int owner = CurrentThread.lockId();
    if (lock.compareAndSwapInt(0, 0, (owner << COUNT_BITS) | 1)) {
      return;
    }
    int word = lock.readIntVolatile(0);
    if ((word >>> COUNT_BITS) == owner) {
      if ((word & COUNT_MASK) == COUNT_MASK) {
        throw new InternalError("monitor re-entered more than " + COUNT_MASK + " times");
      }
      lock.writeIntVolatile(0, word + 1);
      return;
    }
    throw new InternalError("monitor held by another thread: threads are not supported yet");
  }

  /** monitorexit on a non-null object. */
  static void exit(Object object) {
    Word lock = lockWord(object);
    int word = lock.readIntVolatile(0);
    if (word == 0 || (word >>> COUNT_BITS) != CurrentThread.lockId()) {
      throw new IllegalMonitorStateException();
    }
    lock.writeIntVolatile(0, (word & COUNT_MASK) == 1 ? 0 : word - 1);
  }

  /** Whether the calling thread holds the object's monitor ({@code Thread.holdsLock}). */
  public static boolean holdsLock(Object object) {
    int word = lockWord(object).readIntVolatile(0);
    return word != 0 && (word >>> COUNT_BITS) == CurrentThread.lockId();
  }

  /** The recursion count the calling thread holds, 0 if it does not own the monitor. */
  static int heldCount(Object object) {
    return holdsLock(object) ? lockWord(object).readIntVolatile(0) & COUNT_MASK : 0;
  }

  /** Releases the monitor completely (for {@code wait}); returns the count to restore. */
  static int releaseAll(Object object) {
    int count = heldCount(object);
    lockWord(object).writeIntVolatile(0, 0);
    return count;
  }

  /** Takes the monitor again with a saved count (after {@code wait}). */
  static void reacquire(Object object, int count) {
    lockWord(object).writeIntVolatile(0, (CurrentThread.lockId() << COUNT_BITS) | count);
  }
}
