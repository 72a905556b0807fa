package jeyra.intrinsics;

/**
 * The layout of a thread block, shared by the compiler and the runtime.
 *
 * <p>Every thread's thread pointer addresses its thread block: an array of words that
 * origin-java allocates before the thread runs Java code. The compiler emits accesses to the
 * pending-exception slot after every call, so its position is fixed here rather than looked
 * up. Slot {@code i} is at byte offset {@code i * TargetInfo.wordBytes()}.
 */
public final class ThreadBlockLayout {
  private ThreadBlockLayout() {}

  /** The block's own address: the x86 ABIs read the thread pointer as {@code fs:0}/{@code gs:0}. */
  public static final int SELF = 0;

  /**
   * The exception being thrown, or null. A method that returns with this slot set has
   * thrown; the caller branches to its handler or returns in turn.
   */
  public static final int PENDING_EXCEPTION = 1;

  /** The thread's {@code java.lang.Thread} object, or null before it exists. */
  public static final int JAVA_THREAD = 2;

  /** The thread's id for lock words: a small positive int. */
  public static final int THREAD_ID = 3;

  /**
   * The thread's state for the collector, an int: 0 while it runs Java code, 1 while it is
   * safe to collect under it (stopped at a safepoint, blocked in a system call, not yet
   * started or ended). See {@code jeyra.runtime.sync.Safepoints}.
   */
  public static final int SAFEPOINT_STATE = 4;

  /**
   * While the thread is safe, the lowest address of its stack the collector must scan: its
   * stack pointer after it saved its registers.
   */
  public static final int SCAN_START = 5;

  /**
   * The lowest stack address compiled Java code may reach: a method whose frame begins below
   * it throws StackOverflowError instead of running. It lies {@link #STACK_RESERVE_BYTES}
   * above the real end of the stack, the room left for throwing that error.
   */
  public static final int STACK_LIMIT = 6;

  /** Stack bytes kept below {@link #STACK_LIMIT} for creating a StackOverflowError. */
  public static final int STACK_RESERVE_BYTES = 256 * 1024;

  /**
   * The kernel's id of the thread (an int at the start of the slot). The kernel writes it
   * when it creates the thread, and clears it when the thread has ended and no longer uses
   * its stack (CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID); 0 in the main thread's block.
   */
  public static final int KERNEL_THREAD_ID = 7;

  /**
   * The start of the mapping that holds the thread's guard page, stack and this block, or 0
   * for the main thread, whose stack is the kernel's.
   */
  public static final int MAPPING_START = 8;

  /** The size in bytes of the mapping at {@link #MAPPING_START}. */
  public static final int MAPPING_BYTES = 9;

  /**
   * The thread's park permit, an int futex word: 1 after {@code unpark} (or an interrupt),
   * taken back to 0 by {@code park}.
   */
  public static final int PARK_PERMIT = 10;

  /**
   * A counter, an int futex word, that others raise to wake the thread from {@code sleep}
   * or {@code Object.wait} (a notify or an interrupt); the thread sleeps on its value.
   */
  public static final int WAKE_EVENT = 11;

  /** The next block in origin-java's list of ended threads whose memory awaits release. */
  public static final int NEXT_ENDED = 12;

  /**
   * The highest address of the thread's stack that holds its frames: where the collector's
   * scan of the stack ends.
   */
  public static final int STACK_TOP = 13;

  /** The next block in the runtime's list of the threads the collector stops. */
  public static final int NEXT_LIVE = 14;

  /**
   * The real stack limit: {@link #STACK_LIMIT} holds it too, except while the collector asks
   * the thread to stop (then every frame is below {@link #STACK_LIMIT}, and the check each
   * method makes on entry calls the runtime, which stops the thread and puts it back).
   */
  public static final int REAL_STACK_LIMIT = 15;

  /**
   * An int, non-zero while the thread makes an OutOfMemoryError: its allocations may then
   * go past the maximum heap, into a reserve kept for that.
   */
  public static final int MAKING_OUT_OF_MEMORY_ERROR = 16;

  /**
   * The byte offset of the thread's scratch memory in its block: {@link #SCRATCH_BYTES}
   * bytes, 16-aligned, for system call arguments such as a timeout, so that blocking needs
   * no allocation. Only the thread itself uses it, and never across a call that may block.
   */
  public static final int SCRATCH_OFFSET = 256;

  /** The size of the scratch memory at {@link #SCRATCH_OFFSET}. */
  public static final int SCRATCH_BYTES = 128;

  /** Number of slots in a thread block. */
  public static final int SLOT_COUNT = 24;

  /**
   * The byte offset of the thread's allocation cache in its block: for each size class of
   * small objects, the span the thread allocates from (a word; see
   * {@code jeyra.runtime.heap.SizeClasses}).
   */
  public static final int ALLOCATION_CACHE_OFFSET = 512;

  /** The size of the allocation cache at {@link #ALLOCATION_CACHE_OFFSET}. */
  public static final int ALLOCATION_CACHE_BYTES = 512;
}
