package jeyra.runtime.sync;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/**
 * A mutex for the runtime's own tables (the thread list, wait sets, class initialisation):
 * one int futex word, 0 free, 1 held, 2 held with sleepers, after Drepper's "Futexes Are
 * Tricky". It is not reentrant and not a Java monitor: code holding it must not take it
 * again, block on anything else, or let an exception escape before {@link #unlock}.
 */
public final class RuntimeLock {
  private final int[] state = new int[1];

  private Word word() {
    return Word.addressOf(state).add(TargetInfo.arrayBaseOffset());
  }

  /** Takes the lock, sleeping while another thread holds it. */
  public void lock() {
    lock(word());
  }

  /** Releases the lock, which the calling thread holds. */
  public void unlock() {
    unlock(word());
  }

  /**
   * Takes the lock whose state is the int at {@code word} (for code that cannot have a
   * RuntimeLock object, such as class initialisation, which runs before any object).
   */
  public static void lock(Word word) {
    int seen = word.compareAndExchangeInt(0, 0, 1);
    if (seen == 0) {
      return;
    }
    if (seen != 2) {
      seen = word.getAndSetInt(0, 2);
    }
    while (seen != 0) {
      FutexWaits.await(word, 2, FutexWaits.FOREVER);
      seen = word.getAndSetInt(0, 2); // a woken thread cannot know it was the last sleeper
    }
  }

  /** Releases the lock whose state is the int at {@code word}. */
  public static void unlock(Word word) {
    if (word.getAndAddInt(0, -1) != 1) {
      word.writeIntVolatile(0, 0);
      FutexWaits.wakeOne(word);
    }
  }
}
