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

  /** Start of the current allocation chunk (words are addresses). */
  public static final int ALLOCATION_TOP = 4;

  /** End of the current allocation chunk. */
  public static final int ALLOCATION_END = 5;

  /**
   * The lowest stack address compiled Java code may reach: a method whose frame begins below
   * it throws StackOverflowError instead of running. It lies {@link #STACK_RESERVE_BYTES}
   * above the real end of the stack, the room left for throwing that error.
   */
  public static final int STACK_LIMIT = 6;

  /** Stack bytes kept below {@link #STACK_LIMIT} for creating a StackOverflowError. */
  public static final int STACK_RESERVE_BYTES = 256 * 1024;

  /** Number of slots in a thread block. */
  public static final int SLOT_COUNT = 8;
}
