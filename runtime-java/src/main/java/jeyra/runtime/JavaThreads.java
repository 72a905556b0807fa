package jeyra.runtime;

import jeyra.annotate.Export;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.origin.thread.Threads;
import jeyra.runtime.access.JavaLangAccess;
import jeyra.runtime.heap.Allocator;
import jeyra.runtime.sync.FutexWaits;
import jeyra.runtime.sync.RuntimeLock;
import jeyra.runtime.sync.Safepoints;

/**
 * The {@code java.lang.Thread} side of threads: creating the main thread's object, starting
 * and ending the others on origin-java threads, the list of live threads, and the count of
 * non-daemon threads the program's end waits for.
 */
public final class JavaThreads {
  private JavaThreads() {}

  /**
   * A thread's stack unless it asks for another size: on 64-bit targets the kernel's usual
   * limit for the main thread (it costs only address space until used); less on 32-bit
   * ones, where address space is scarce.
   */
  private static final long DEFAULT_STACK_BYTES_64 = 8L * 1024 * 1024;
  private static final long DEFAULT_STACK_BYTES_32 = 2L * 1024 * 1024;
  /** The smallest stack given, whatever the thread asks for. */
  private static final long MIN_STACK_BYTES = 256 * 1024;

  /** The lock id of the main thread; the others get the free ones above it. */
  private static final int MAIN_LOCK_ID = 1;

  /** The main thread's {@code Thread}. */
  private static Thread mainThread;

  /** Guards the fields below. */
  private static final RuntimeLock LOCK = new RuntimeLock();
  private static final boolean[] lockIdsInUse = new boolean[Monitors.MAX_LOCK_ID + 1];
  private static Thread[] started = new Thread[8];
  private static int startedCount;
  /** Non-daemon threads started and not ended: an int futex word the program's end waits on. */
  private static final int[] nonDaemonCount = new int[1];

  /**
   * Creates the "system" and "main" thread groups and the main thread's {@code Thread},
   * binding it to the current thread, as HotSpot's {@code create_initial_thread} does.
   *
   * <p>The {@code Thread} constructor reads its parent, the current thread, so HotSpot binds
   * the new object before running the constructor. Java code cannot run a constructor on an
   * existing object, so a stand-in thread with the main thread's priority is bound during
   * construction instead; the constructor only reads its group, daemon status, priority and
   * inherited locals, which the stand-in gives as HotSpot's half-built thread would.
   */
  static Thread createMainThread() {
    ThreadGroup system = JavaLangAccess.newSystemThreadGroup();
    ThreadGroup mainGroup = new ThreadGroup(system, "main");
    CurrentThread.setJavaThread(JavaLangAccess.newStandInThread(Thread.NORM_PRIORITY));
    Thread main = new Thread(mainGroup, "main");
    JavaLangAccess.setThreadBlock(main, Cpu.threadPointer().toLong());
    ThreadStates.set(main, ThreadStates.RUNNABLE);
    CurrentThread.setJavaThread(main);
    mainThread = main;
    return main;
  }

  /**
   * Gives the calling thread, whose {@code Thread} has ended, a new one named DestroyJavaVM
   * in {@code group}, as the launcher's DestroyJavaVM attaches a thread to run the shutdown
   * hooks after main's thread has ended.
   */
  static void attachDestroyJavaVM(ThreadGroup group) {
    Thread thread = new Thread(group, "DestroyJavaVM");
    JavaLangAccess.setThreadBlock(thread, Cpu.threadPointer().toLong());
    ThreadStates.set(thread, ThreadStates.RUNNABLE);
    CurrentThread.setJavaThread(thread);
  }

  /**
   * {@code Thread.start0}: runs the thread on a new origin-java thread. The thread is alive
   * and RUNNABLE when this returns, as in HotSpot.
   */
  public static void start(Thread thread) {
    long requested = JavaLangAccess.requestedStackSize(thread);
    long stackBytes = requested > 0 ? Math.max(requested, MIN_STACK_BYTES)
        : TargetInfo.wordBytes() == 8 ? DEFAULT_STACK_BYTES_64 : DEFAULT_STACK_BYTES_32;
    long allocated = Threads.allocate(stackBytes);
    if (Errno.failed(allocated)) {
      throw cannotCreate();
    }
    Word block = Word.fromLong(allocated);
    boolean daemon = JavaLangAccess.isDaemon(thread);
    int lockId;
    LOCK.lock();
    try {
      lockId = takeLockId();
      if (lockId != 0) {
        register(thread, daemon);
      }
    } finally {
      LOCK.unlock();
    }
    if (lockId == 0) {
      Threads.release(block);
      throw cannotCreate();
    }
    int word = TargetInfo.wordBytes();
    block.writeInt((long) ThreadBlockLayout.THREAD_ID * word, lockId);
    block.writeObject((long) ThreadBlockLayout.JAVA_THREAD * word, thread);
    JavaLangAccess.setThreadBlock(thread, allocated);
    ThreadStates.set(thread, ThreadStates.RUNNABLE);
    Safepoints.registerStarting(block);
    if (Errno.failed(Threads.start(block))) {
      Safepoints.unregister(block);
      JavaLangAccess.setThreadBlock(thread, 0);
      ThreadStates.set(thread, ThreadStates.NEW);
      LOCK.lock();
      unregister(thread, daemon, lockId);
      LOCK.unlock();
      throw cannotCreate();
    }
  }

  /** HotSpot's error when the system refuses a thread. */
  private static OutOfMemoryError cannotCreate() {
    return new OutOfMemoryError("unable to create native thread: possibly out of memory or "
        + "process/resource limits reached");
  }

  /**
   * The body of every thread but the first, called by origin-java on the new thread: runs
   * the {@code Thread}, hands an uncaught exception to its handler, and ends the thread as
   * HotSpot's {@code JavaThread::exit} does.
   */
  @Export("jeyra_runtime_thread_main")
  public static void threadMain(Word block) {
    Safepoints.threadStarted();
    Thread thread = CurrentThread.javaThread();
    try {
      thread.run();
    } catch (Throwable uncaught) {
      try {
        JavaLangAccess.dispatchUncaughtException(thread, uncaught);
      } catch (Throwable ignored) {
        // The JVM ignores a failure of the handler too.
      }
    }
    exit(thread);
    boolean daemon = JavaLangAccess.isDaemon(thread);
    LOCK.lock();
    unregister(thread, daemon, CurrentThread.lockId());
    LOCK.unlock();
    Allocator.releaseThreadCache();
    Safepoints.unregisterCurrent(); // no Java object is touched after this
    Threads.exitCurrent();
  }

  /**
   * A thread's end as the Java world sees it: it leaves its group ({@code Thread.exit}),
   * then becomes TERMINATED and not alive, and wakes the threads joining it (HotSpot's
   * {@code ensure_join}).
   */
  static void exit(Thread thread) {
    try {
      JavaLangAccess.exitThread(thread);
    } catch (Throwable ignored) {
      // As in HotSpot, the thread ends whatever Thread.exit throws.
    }
    synchronized (thread) {
      ThreadStates.set(thread, ThreadStates.TERMINATED);
      JavaLangAccess.setThreadBlock(thread, 0);
      thread.notifyAll();
    }
  }

  /** Waits until every non-daemon thread has ended (DestroyJavaVM's wait). */
  static void awaitNonDaemonThreads() {
    Word count = Word.addressOf(nonDaemonCount).add(TargetInfo.arrayBaseOffset());
    while (true) {
      int seen = count.readIntVolatile(0);
      if (seen == 0) {
        return;
      }
      FutexWaits.await(count, seen, FutexWaits.FOREVER);
    }
  }

  /** The live threads: the main thread if alive, and those started and not ended. */
  public static Thread[] liveThreads() {
    int mainAlive = JavaLangAccess.threadBlock(mainThread) != 0 ? 1 : 0;
    LOCK.lock();
    try {
      Thread[] threads = new Thread[startedCount + mainAlive];
      if (mainAlive != 0) {
        threads[0] = mainThread;
      }
      System.arraycopy(started, 0, threads, mainAlive, startedCount);
      return threads;
    } finally {
      LOCK.unlock();
    }
  }

  /** Under LOCK: a free lock id, marked used, or 0 if there is none. */
  private static int takeLockId() {
    for (int id = MAIN_LOCK_ID + 1; id < lockIdsInUse.length; id++) {
      if (!lockIdsInUse[id]) {
        lockIdsInUse[id] = true;
        return id;
      }
    }
    return 0;
  }

  /** Under LOCK: records a thread that is starting. */
  private static void register(Thread thread, boolean daemon) {
    if (startedCount == started.length) {
      Thread[] larger = new Thread[started.length * 2];
      System.arraycopy(started, 0, larger, 0, startedCount);
      started = larger;
    }
    started[startedCount++] = thread;
    if (!daemon) {
      Word.addressOf(nonDaemonCount).add(TargetInfo.arrayBaseOffset()).getAndAddInt(0, 1);
    }
  }

  /** Under LOCK: forgets a thread that has ended or failed to start, and frees its lock id. */
  private static void unregister(Thread thread, boolean daemon, int lockId) {
    for (int i = 0; i < startedCount; i++) {
      if (started[i] == thread) {
        started[i] = started[--startedCount];
        started[startedCount] = null;
        break;
      }
    }
    lockIdsInUse[lockId] = false;
    if (!daemon) {
      Word count = Word.addressOf(nonDaemonCount).add(TargetInfo.arrayBaseOffset());
      if (count.getAndAddInt(0, -1) == 1) {
        FutexWaits.wakeAll(count);
      }
    }
  }
}
