package jeyra.runtime.sync;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;

/**
 * Stopping every thread for the collector, and the list of threads it stops.
 *
 * <p>Each thread is in one of two states ({@link ThreadBlockLayout#SAFEPOINT_STATE}): it runs
 * Java code ({@link #RUNNING}), or it is {@link #SAFE}: stopped at a safepoint, blocked in a
 * system call, not started yet or ended. A safe thread has saved its registers and recorded
 * its stack pointer ({@link ThreadBlockLayout#SCAN_START}), and touches no Java object until
 * it is running again, so the collector may scan its stack and change the heap under it.
 *
 * <p>To stop the world, the collector sets {@link #requested} (which every loop header
 * polls) and raises every thread's stack limit above any frame (which every method that
 * calls others checks on entry), then waits until every thread is safe. Running threads reach
 * a poll within a loop turn or a call and park in {@link #poll}; threads in system calls are
 * safe already. A thread that becomes running again while the collection is {@link #active}
 * (a system call returns) waits at once. The transition is Dekker's: the thread stores its
 * state, then reads {@link #active}; the collector stores {@link #active}, then reads the
 * states; both sequentially consistent, so one of them sees the other.
 *
 * <p>The fields are plain statics read and written as words (the class has no initialiser:
 * it runs before any class is initialised, and compiled code reads {@link #requested}
 * directly).
 */
public final class Safepoints {
  private Safepoints() {}

  /** {@link ThreadBlockLayout#SAFEPOINT_STATE} of a thread running Java code. */
  public static final int RUNNING = 0;
  /** {@link ThreadBlockLayout#SAFEPOINT_STATE} of a thread the collector may work under. */
  public static final int SAFE = 1;

  /** How long the collector sleeps between looks at threads that are still running. */
  private static final long STOP_WAIT_NANOS = 1_000_000;

  /**
   * Non-zero while the collector waits for threads to stop: every loop header reads it
   * (the compiler knows it by name: {@code RuntimeSupport.SAFEPOINT_FLAG}).
   */
  private static int requested;
  /** Non-zero from the request until the world resumes: safe threads wait on it (a futex). */
  private static int active;
  /** Raised whenever a thread becomes safe: the collector sleeps on it (a futex). */
  private static int arrivals;
  /** Guards {@link #threads}: a {@link RuntimeLock} word. */
  private static int threadsLock;
  /** The first registered thread block; the others follow through NEXT_LIVE. */
  private static Word threads;

  private static Word requestedFlag() {
    return Linkage.staticFieldAddress(Safepoints.class, "requested");
  }

  private static Word activeFlag() {
    return Linkage.staticFieldAddress(Safepoints.class, "active");
  }

  private static Word arrivalsCounter() {
    return Linkage.staticFieldAddress(Safepoints.class, "arrivals");
  }

  private static Word threadsLockWord() {
    return Linkage.staticFieldAddress(Safepoints.class, "threadsLock");
  }

  private static Word threadsHead() {
    return Linkage.staticFieldAddress(Safepoints.class, "threads");
  }

  private static Word slot(Word block, int slot) {
    return block.add((long) slot * TargetInfo.wordBytes());
  }

  // ---- the threads ----

  /** Registers the main thread, running, before it allocates anything. */
  public static void registerMainThread() {
    Word block = Cpu.threadPointer();
    slot(block, ThreadBlockLayout.SAFEPOINT_STATE).writeIntVolatile(0, RUNNING);
    link(block);
  }

  /**
   * Registers the block of a thread about to start: safe, with nothing on its stack to
   * scan, until its first code calls {@link #threadStarted}.
   */
  public static void registerStarting(Word block) {
    slot(block, ThreadBlockLayout.SCAN_START).writeWord(0,
        slot(block, ThreadBlockLayout.STACK_TOP).readWord(0));
    slot(block, ThreadBlockLayout.SAFEPOINT_STATE).writeIntVolatile(0, SAFE);
    link(block);
  }

  /** The first thing a new thread does: it becomes running (waiting out a collection). */
  public static void threadStarted() {
    leaveSafe(Cpu.threadPointer());
  }

  /**
   * Forgets the calling thread, which is ending: it becomes safe for good and must not touch
   * a Java object again.
   */
  public static void unregisterCurrent() {
    Cpu.spillRegisters();
    Word block = Cpu.threadPointer();
    enterSafe(block, Cpu.stackPointer());
    unlink(block);
  }

  /** Forgets the block of a thread that failed to start. */
  public static void unregister(Word block) {
    unlink(block);
  }

  private static void link(Word block) {
    Word lock = threadsLockWord();
    RuntimeLock.lock(lock);
    Word head = threadsHead();
    slot(block, ThreadBlockLayout.NEXT_LIVE).writeWord(0, head.readWord(0));
    head.writeWord(0, block);
    RuntimeLock.unlock(lock);
  }

  private static void unlink(Word block) {
    Word lock = threadsLockWord();
    RuntimeLock.lock(lock);
    Word link = threadsHead();
    while (link.readWord(0).isNonZero()) {
      Word current = link.readWord(0);
      if (current.equal(block)) {
        link.writeWord(0, slot(block, ThreadBlockLayout.NEXT_LIVE).readWord(0));
        break;
      }
      link = slot(current, ThreadBlockLayout.NEXT_LIVE);
    }
    RuntimeLock.unlock(lock);
  }

  /** The first registered thread's block; the world must be stopped. */
  public static Word firstThread() {
    return threadsHead().readWord(0);
  }

  /** The block after {@code block} in the list, or zero; the world must be stopped. */
  public static Word nextThread(Word block) {
    return slot(block, ThreadBlockLayout.NEXT_LIVE).readWord(0);
  }

  // ---- safe regions ----

  /**
   * Makes the calling thread safe. The caller has saved its registers
   * ({@link Cpu#spillRegisters}) and passes its own stack pointer: everything its callers
   * keep is above it. Until {@link #leaveSafe}, the caller may only make system calls and
   * must not touch Java objects.
   *
   * @return whether the thread was running (false: it was safe already, and must stay so)
   */
  public static boolean enterSafe(Word block, Word stackPointer) {
    Word state = slot(block, ThreadBlockLayout.SAFEPOINT_STATE);
    if (state.readIntVolatile(0) == SAFE) {
      return false;
    }
    slot(block, ThreadBlockLayout.SCAN_START).writeWord(0, stackPointer);
    state.writeIntVolatile(0, SAFE);
    announceSafe();
    return true;
  }

  /**
   * Wakes a collector waiting for threads to stop, if one is. The thread's state was stored
   * first: a collector that asks after this read finds the thread safe without being woken.
   */
  private static void announceSafe() {
    if (requestedFlag().readIntVolatile(0) != 0) {
      Word arrived = arrivalsCounter();
      arrived.getAndAddInt(0, 1);
      FutexWaits.wakeAll(arrived);
    }
  }

  /** Makes the calling thread running again, once no collection is under way. */
  public static void leaveSafe(Word block) {
    Word state = slot(block, ThreadBlockLayout.SAFEPOINT_STATE);
    Word collecting = activeFlag();
    while (true) {
      state.writeIntVolatile(0, RUNNING);
      if (collecting.readIntVolatile(0) == 0) {
        return;
      }
      state.writeIntVolatile(0, SAFE);
      announceSafe();
      FutexWaits.awaitRaw(collecting, 1, FutexWaits.FOREVER);
    }
  }

  /**
   * The safepoint: compiled loop headers call it when {@link #requested} is set, and the
   * stack-limit handler on entry. Stops the calling thread until the collection ends. Never
   * throws.
   */
  public static void poll() {
    Word block = Cpu.threadPointer();
    if (requestedFlag().readIntVolatile(0) == 0
        || slot(block, ThreadBlockLayout.SAFEPOINT_STATE).readIntVolatile(0) != RUNNING) {
      return;
    }
    Cpu.spillRegisters();
    if (enterSafe(block, Cpu.stackPointer())) {
      leaveSafe(block);
    }
  }

  /**
   * Whether the calling thread's stack limit was raised to stop it; if so, puts the real
   * limit back. For the stack-limit handler, which then calls {@link #poll}.
   */
  @Bare("runs before the stack limit is put back: a stack check here would recurse")
  public static boolean takeStopRequest() {
    Word block = Cpu.threadPointer();
    int word = TargetInfo.wordBytes();
    Word real = block.readWord((long) ThreadBlockLayout.REAL_STACK_LIMIT * word);
    if (block.readWord((long) ThreadBlockLayout.STACK_LIMIT * word).equal(real)) {
      return false;
    }
    block.writeWord((long) ThreadBlockLayout.STACK_LIMIT * word, real);
    return true;
  }

  // ---- stopping the world ----

  /**
   * Stops every other thread at a safepoint, the calling thread being the collector; it
   * becomes safe itself (its own polls do nothing) with the stack above its caller's frame
   * to scan. Threads cannot start or end until {@link #resumeWorld}.
   *
   * @param stackPointer the caller's stack pointer, after saving its registers
   */
  public static void stopWorld(Word stackPointer) {
    Word self = Cpu.threadPointer();
    Word lock = threadsLockWord();
    RuntimeLock.lock(lock);
    slot(self, ThreadBlockLayout.SCAN_START).writeWord(0, stackPointer);
    slot(self, ThreadBlockLayout.SAFEPOINT_STATE).writeIntVolatile(0, SAFE);
    activeFlag().writeIntVolatile(0, 1);
    requestedFlag().writeIntVolatile(0, 1);
    Word stopEverything = Word.fromLong(-1L);
    for (Word block = firstThread(); block.isNonZero(); block = nextThread(block)) {
      if (!block.equal(self)) {
        slot(block, ThreadBlockLayout.STACK_LIMIT).writeWordVolatile(0, stopEverything);
      }
    }
    Word arrived = arrivalsCounter();
    while (true) {
      int seen = arrived.readIntVolatile(0);
      if (everyThreadSafe()) {
        break;
      }
      FutexWaits.awaitRaw(arrived, seen, STOP_WAIT_NANOS);
    }
    // Every thread is stopped: the collector's own loops need not call the poll.
    requestedFlag().writeIntVolatile(0, 0);
  }

  private static boolean everyThreadSafe() {
    for (Word block = firstThread(); block.isNonZero(); block = nextThread(block)) {
      if (slot(block, ThreadBlockLayout.SAFEPOINT_STATE).readIntVolatile(0) != SAFE) {
        return false;
      }
    }
    return true;
  }

  /** Lets the threads {@link #stopWorld} stopped go on; the caller is running again. */
  public static void resumeWorld() {
    Word self = Cpu.threadPointer();
    Word collecting = activeFlag();
    collecting.writeIntVolatile(0, 0);
    FutexWaits.wakeAll(collecting);
    slot(self, ThreadBlockLayout.SAFEPOINT_STATE).writeIntVolatile(0, RUNNING);
    RuntimeLock.unlock(threadsLockWord());
  }
}
