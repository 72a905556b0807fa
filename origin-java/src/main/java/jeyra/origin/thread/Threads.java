package jeyra.origin.thread;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.annotate.Export;
import jeyra.annotate.Import;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.mm.Mman;
import jeyra.libc.process.Exit;
import jeyra.origin.program.ProgramInfo;

/**
 * Threads after the first: their memory, their creation with clone(2), their entry and
 * their end.
 *
 * <p>A thread's memory is one mapping: a guard page, the stack, and the thread block in the
 * page above the stack, so the stack grows down from the block. An ended thread leaves its
 * mapping on a list; once the kernel has cleared the block's thread id (CLONE_CHILD_CLEARTID)
 * the thread is gone, and a later thread with the same stack size takes the mapping over.
 * Mappings are never unmapped: another
 * thread may still be waking the ended one through its block (an unpark or interrupt that
 * raced with its end), and must find memory there. Such a late wake-up reaches the block's
 * next owner at worst, which may always wake early.
 */
public final class Threads {
  private Threads() {}

  private static final int CLONE_VM = 0x100;
  private static final int CLONE_FS = 0x200;
  private static final int CLONE_FILES = 0x400;
  private static final int CLONE_SIGHAND = 0x800;
  private static final int CLONE_THREAD = 0x10000;
  private static final int CLONE_SYSVSEM = 0x40000;
  private static final int CLONE_SETTLS = 0x80000;
  private static final int CLONE_PARENT_SETTID = 0x100000;
  private static final int CLONE_CHILD_CLEARTID = 0x200000;

  /** What a thread shares with the others (as pthread_create does) and how it starts. */
  private static final int THREAD_FLAGS = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND
      | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID
      | CLONE_CHILD_CLEARTID;

  /** The head of the list of ended threads' blocks (linked by NEXT_ENDED), as a long. */
  private static final long[] ENDED = new long[1];

  /**
   * Maps the memory of a new thread with {@code stackBytes} of stack (rounded up to pages)
   * and fills in its thread block. The thread is not running yet: {@link #start} runs it,
   * {@link #release} gives the memory back if it never will.
   *
   * @return the block's address, or a negated errno
   */
  @CheckResult
  public static long allocate(long stackBytes) {
    long page = ProgramInfo.pageSize();
    long stack = (stackBytes + page - 1) & -page;
    long bytes = page + stack + page; // guard, stack, block
    Word reused = takeEnded(bytes);
    if (reused.isNonZero()) {
      prepareReused(reused);
      return reused.toLong();
    }
    long start = Mman.mmap(Word.zero(), bytes, Mman.PROT_READ | Mman.PROT_WRITE,
        Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS | Mman.MAP_NORESERVE | Mman.MAP_STACK, -1, 0);
    if (Errno.failed(start)) {
      return start;
    }
    long guarded = Mman.mprotect(Word.fromLong(start), page, Mman.PROT_NONE);
    if (Errno.failed(guarded)) {
      // Should unmapping fail too, the address space keeps the mapping; the caller needs the
      // first failure either way.
      long unmapped = Mman.munmap(Word.fromLong(start), bytes);
      return guarded;
    }
    long reserve = ThreadBlockLayout.STACK_RESERVE_BYTES;
    if (stack < 4 * reserve) {
      reserve = stack / 4; // a small stack: keep a quarter for the error
    }
    int word = TargetInfo.wordBytes();
    Word block = Word.fromLong(start + page + stack);
    block.writeWord((long) ThreadBlockLayout.SELF * word, block);
    Word limit = Word.fromLong(start + page + reserve);
    block.writeWord((long) ThreadBlockLayout.STACK_LIMIT * word, limit);
    block.writeWord((long) ThreadBlockLayout.REAL_STACK_LIMIT * word, limit);
    block.writeWord((long) ThreadBlockLayout.STACK_TOP * word, block);
    block.writeWord((long) ThreadBlockLayout.MAPPING_START * word, Word.fromLong(start));
    block.writeWord((long) ThreadBlockLayout.MAPPING_BYTES * word, Word.fromLong(bytes));
    return block.toLong();
  }

  /**
   * Runs a thread on a block from {@link #allocate}: it starts in {@link #threadStart}.
   * On failure the block's memory is released.
   *
   * @return 0, or a negated errno (EAGAIN when the system has no more threads to give)
   */
  @CheckResult
  public static long start(Word block) {
    Word threadId = block.add((long) ThreadBlockLayout.KERNEL_THREAD_ID * TargetInfo.wordBytes());
    long result = Errno.result(
        Cpu.startThread(Word.fromInt(THREAD_FLAGS), block, threadId, threadId, block));
    if (Errno.failed(result)) {
      release(block);
      return result;
    }
    return 0;
  }

  /** Gives back a block from {@link #allocate} whose thread never started. */
  public static void release(Word block) {
    pushEnded(block); // its thread id is 0: the next allocation may take it
  }

  /**
   * Every thread but the first starts here, on its own stack with its thread pointer set,
   * and runs the runtime's thread body. Never returns.
   */
  @Export("jeyra_thread_start")
  @Bare("the first code of a thread, before the runtime has seen it")
  public static void threadStart(Word block) {
    runtimeThreadMain(block);
    Exit.exitThread(0); // the runtime ends the thread itself; this is a safety net
  }

  /** The runtime's body of a thread, defined by runtime-java above this module. */
  @Import("jeyra_runtime_thread_main")
  private static native void runtimeThreadMain(Word block);

  /**
   * Ends the calling thread, which must have been started by {@link #start}. Its memory goes
   * to a later {@link #allocate} once the kernel reports the thread gone. Never returns.
   */
  public static void exitCurrent() {
    pushEnded(Cpu.threadPointer());
    Exit.exitThread(0);
  }

  private static Word endedHead() {
    return Word.addressOf(ENDED).add(TargetInfo.arrayBaseOffset());
  }

  private static void pushEnded(Word block) {
    Word head = endedHead();
    long next;
    do {
      next = head.readLongVolatile(0);
      block.writeWord((long) ThreadBlockLayout.NEXT_ENDED * TargetInfo.wordBytes(),
          Word.fromLong(next));
    } while (!head.compareAndSwapLong(0, next, block.toLong()));
  }

  /**
   * Takes from the list of ended threads a block whose thread is gone and whose mapping has
   * {@code bytes} bytes, or returns zero. The whole list is taken at once and the rest put
   * back, so that two threads never unlink the same entry.
   */
  private static Word takeEnded(long bytes) {
    long list = endedHead().getAndSetLong(0, 0);
    int word = TargetInfo.wordBytes();
    Word found = Word.zero();
    while (list != 0) {
      Word block = Word.fromLong(list);
      list = block.readWord((long) ThreadBlockLayout.NEXT_ENDED * word).toLong();
      boolean gone =
          block.readIntVolatile((long) ThreadBlockLayout.KERNEL_THREAD_ID * word) == 0;
      if (found.isZero() && gone
          && block.readWord((long) ThreadBlockLayout.MAPPING_BYTES * word).toLong() == bytes) {
        found = block;
      } else {
        pushEnded(block);
      }
    }
    return found;
  }

  /**
   * Readies an ended thread's block for a new thread: the slots of the thread's identity
   * and blocking start afresh; the stack bounds stay. (The runtime emptied the thread's
   * allocation cache before it ended.)
   */
  private static void prepareReused(Word block) {
    int word = TargetInfo.wordBytes();
    block.writeWord((long) ThreadBlockLayout.PENDING_EXCEPTION * word, Word.zero());
    block.writeWord((long) ThreadBlockLayout.JAVA_THREAD * word, Word.zero());
    block.writeWord((long) ThreadBlockLayout.THREAD_ID * word, Word.zero());
    block.writeWord((long) ThreadBlockLayout.PARK_PERMIT * word, Word.zero());
    block.writeWord((long) ThreadBlockLayout.NEXT_ENDED * word, Word.zero());
  }
}
