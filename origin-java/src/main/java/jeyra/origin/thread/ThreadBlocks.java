package jeyra.origin.thread;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.mm.Mman;
import jeyra.libc.process.ResourceLimits;
import jeyra.origin.program.ProgramInfo;

/** Allocates thread blocks and points threads at them. */
public final class ThreadBlocks {
  private ThreadBlocks() {}

  /** The main thread's stack size when the limit says "unlimited", or is missing. */
  private static final long DEFAULT_STACK_BYTES = 8L * 1024 * 1024;
  /** Largest stack size believed, so that the limit stays inside the address space. */
  private static final long MAX_STACK_BYTES_64 = 1L << 30;
  private static final long MAX_STACK_BYTES_32 = 1L << 28;

  /**
   * Gives the main thread its thread block and sets its thread pointer. After this returns,
   * compiled Java code can run (it reads the pending exception through the thread pointer).
   */
  @Bare("runs before the thread pointer is set")
  public static void initializeMainThread() {
    int word = TargetInfo.wordBytes();
    long bytes = ProgramInfo.pageSize(); // the slots, and scratch space in the upper half
    long address = Mman.mmap(Word.zero(), bytes, Mman.PROT_READ | Mman.PROT_WRITE,
        Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, -1, 0);
    if (Errno.failed(address)) {
      Cpu.trap(); // no memory at all before main: nothing can be reported
    }
    Word block = Word.fromLong(address);
    block.writeWord((long) ThreadBlockLayout.SELF * word, block);
    block.writeInt((long) ThreadBlockLayout.THREAD_ID * word, 1);
    Word limit = mainStackLimit(block.add(bytes / 2));
    block.writeWord((long) ThreadBlockLayout.STACK_LIMIT * word, limit);
    block.writeWord((long) ThreadBlockLayout.REAL_STACK_LIMIT * word, limit);
    block.writeWord((long) ThreadBlockLayout.STACK_TOP * word,
        ProgramInfo.initialStackPointer());
    setThreadPointer(block);
  }

  /**
   * The main thread's stack limit: the kernel grows its stack down from the top of the
   * initial stack (above argv, the environment and the executable's name) to the size
   * RLIMIT_STACK allows, and faults beyond it. The limit keeps the reserve for throwing
   * StackOverflowError above that end.
   *
   * @param scratch 16 writable bytes
   */
  @Bare("runs before the thread pointer is set")
  private static Word mainStackLimit(Word scratch) {
    long size = DEFAULT_STACK_BYTES;
    if (!Errno.failed(ResourceLimits.getLimit(ResourceLimits.RLIMIT_STACK, scratch))) {
      long soft = scratch.readLong(0);
      long max = TargetInfo.wordBytes() == 8 ? MAX_STACK_BYTES_64 : MAX_STACK_BYTES_32;
      if (soft != ResourceLimits.RLIM64_INFINITY) {
        size = soft < 0 || soft > max ? max : soft;
      }
    }
    long reserve = ThreadBlockLayout.STACK_RESERVE_BYTES;
    if (size < 4 * reserve) {
      reserve = size / 4; // a tiny stack: keep a quarter for the error
    }
    return stackTop().subtract(size - reserve);
  }

  /**
   * The top of the initial stack: the end of the executable's name (AT_EXECFN), the highest
   * string the kernel puts there, rounded up to a page.
   */
  @Bare("runs before the thread pointer is set")
  private static Word stackTop() {
    Word name = ProgramInfo.auxiliaryValue(ProgramInfo.AT_EXECFN);
    Word top = ProgramInfo.initialStackPointer();
    if (name.isNonZero()) {
      long length = 0;
      while (name.readByte(length) != 0) {
        length++;
      }
      top = name.add(length + 1);
    }
    long page = ProgramInfo.pageSize();
    return Word.fromLong((top.toLong() + page - 1) & -page);
  }

  /** Points the thread pointer at the block. */
  @Bare("runs before the thread pointer is set")
  private static void setThreadPointer(Word block) {
    Cpu.setThreadPointer(block);
  }
}
