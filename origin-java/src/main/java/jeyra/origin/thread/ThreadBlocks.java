package jeyra.origin.thread;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.mm.Mman;
import jeyra.origin.program.ProgramInfo;

/** Allocates thread blocks and points threads at them. */
public final class ThreadBlocks {
  private ThreadBlocks() {}

  /** Bytes reserved below the initial stack pointer that the main thread may use as stack. */
  private static final long MAIN_STACK_BYTES = 8L * 1024 * 1024;

  /**
   * Gives the main thread its thread block and sets its thread pointer. After this returns,
   * compiled Java code can run (it reads the pending exception through the thread pointer).
   */
  @Bare("runs before the thread pointer is set")
  public static void initializeMainThread() {
    int word = TargetInfo.wordBytes();
    long bytes = (long) ThreadBlockLayout.SLOT_COUNT * word;
    long address = Mman.mmap(Word.zero(), bytes, Mman.PROT_READ | Mman.PROT_WRITE,
        Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS, -1, 0);
    if (Errno.failed(address)) {
      Cpu.trap(); // no memory at all before main: nothing can be reported
    }
    Word block = Word.fromLong(address);
    block.writeWord((long) ThreadBlockLayout.SELF * word, block);
    block.writeInt((long) ThreadBlockLayout.THREAD_ID * word, 1);
    block.writeWord((long) ThreadBlockLayout.STACK_LIMIT * word,
        ProgramInfo.initialStackPointer().subtract(MAIN_STACK_BYTES));
    setThreadPointer(block);
  }

  /**
   * Points the thread pointer at the block. On i686 this needs set_thread_area(2) and a
   * {@code gs} selector, which is not written yet: there the build fails at this call with
   * the compiler's message that the target cannot set the thread pointer directly.
   */
  @Bare("runs before the thread pointer is set")
  private static void setThreadPointer(Word block) {
    Cpu.setThreadPointer(block);
  }
}
