package jeyra.runtime;

import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.Word;
import jeyra.runtime.hub.Hubs;
import jeyra.runtime.sync.FutexWaits;
import jeyra.runtime.sync.RuntimeLock;

/**
 * The bookkeeping of class initialisation (JVMS 5.5). Each class's init function (made by
 * the compiler) calls {@link #begin}, initialises the superclass and relevant superinterfaces,
 * runs {@code <clinit>}, and reports {@link #succeeded} or {@link #failed}.
 *
 * <p>One lock guards every class's state (JVMS's per-class lock LC, shared), and a thread
 * that finds a class being initialised by another sleeps on a counter every completed
 * initialisation raises. Both are static ints reached by address: this class must need no
 * initialisation itself, so it has no static initialiser and no object fields.
 */
public final class ClassInitialization {
  private ClassInitialization() {}

  /** The state of the lock (see {@link RuntimeLock#lock(Word)}); only used by address. */
  private static int lockState;
  /** Raised when an initialisation ends; a futex word, only used by address. */
  private static int completions;
  /**
   * How many threads are about to sleep, or sleep, on {@link #completions}; only used by
   * address. An ending initialisation makes the wake-up system call only when this is not
   * zero: a program initialises hundreds of classes, almost never while another thread
   * waits for one.
   */
  private static int sleepers;

  private static Word lock() {
    return Linkage.staticFieldAddress(ClassInitialization.class, "lockState");
  }

  private static Word completions() {
    return Linkage.staticFieldAddress(ClassInitialization.class, "completions");
  }

  private static Word sleepers() {
    return Linkage.staticFieldAddress(ClassInitialization.class, "sleepers");
  }

  /**
   * Steps 1-6: whether the caller must initialise the class now. False if it is initialised,
   * or being initialised by this thread (a recursive request); waits while another thread
   * initialises it; throws NoClassDefFoundError if an earlier attempt failed.
   */
  static boolean begin(Class<?> type) {
    if (Hubs.initState(type) == HubConstants.INIT_DONE) {
      return false;
    }
    Thread current = CurrentThread.javaThread();
    int state;
    while (true) {
      int seen = completions().readIntVolatile(0);
      RuntimeLock.lock(lock());
      state = Hubs.initState(type);
      boolean mine = state == HubConstants.INIT_UNINITIALIZED;
      if (mine) {
        Hubs.setInitState(type, current, HubConstants.INIT_IN_PROGRESS);
      }
      boolean othersWork = state == HubConstants.INIT_IN_PROGRESS
          && Hubs.initThread(type) != current;
      RuntimeLock.unlock(lock());
      if (mine) {
        return true;
      }
      if (!othersWork) {
        break;
      }
      // Counted before the futex reads completions: an end that finds no sleepers raised
      // completions before this count (all sequentially consistent), so the wait sees the
      // value change and returns at once.
      sleepers().getAndAddInt(0, 1);
      FutexWaits.await(completions(), seen, FutexWaits.FOREVER);
      sleepers().getAndAddInt(0, -1);
    }
    if (state == HubConstants.INIT_ERRONEOUS) {
      throw new NoClassDefFoundError("Could not initialize class " + type.getName());
    }
    return false; // done, or a recursive request of the initialising thread
  }

  /** Step 10: the initialiser completed. */
  static void succeeded(Class<?> type) {
    end(type, HubConstants.INIT_DONE);
  }

  /**
   * Steps 7 and 11: initialisation failed with {@code cause}; the class becomes erroneous and
   * the failure is thrown, wrapped in ExceptionInInitializerError if it came from this
   * class's own initialiser and is not an Error.
   */
  static void failed(Class<?> type, Throwable cause, boolean wrap) {
    end(type, HubConstants.INIT_ERRONEOUS);
    if (wrap && !(cause instanceof Error)) {
      throw new ExceptionInInitializerError(cause);
    }
    throw Throwing.sneakyThrow(cause);
  }

  /** Publishes the outcome and wakes the threads waiting for some initialisation to end. */
  private static void end(Class<?> type, int state) {
    RuntimeLock.lock(lock());
    Hubs.setInitState(type, null, state);
    RuntimeLock.unlock(lock());
    completions().getAndAddInt(0, 1);
    if (sleepers().readIntVolatile(0) != 0) {
      FutexWaits.wakeAll(completions());
    }
  }
}
