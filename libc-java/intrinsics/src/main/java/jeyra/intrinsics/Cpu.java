package jeyra.intrinsics;

/**
 * Processor state Java cannot reach: the thread pointer, the frame address, fences, traps.
 */
public final class Cpu {
  private Cpu() {}

  /**
   * The calling thread's thread pointer: the address of its thread block (see
   * {@link ThreadBlockLayout}). Becomes the target's read of {@code fs:0}, {@code gs:0},
   * {@code tpidr_el0} or {@code tp}.
   *
   * <p>Safety: the thread pointer must have been set with {@link #setThreadPointer} (the
   * entry code does that before any code that needs it runs).
   */
  public static native Word threadPointer();

  /**
   * Sets the calling thread's thread pointer. Becomes {@code arch_prctl(ARCH_SET_FS)} on
   * x86-64, {@code msr tpidr_el0} on aarch64, {@code mv tp} on riscv64, and
   * {@code set_thread_area} with a {@code gs} load on i686.
   *
   * <p>Safety: on x86-64 and i686 the first word at {@code threadPointer} must hold
   * {@code threadPointer} itself, since that is how the pointer is read back.
   */
  public static native void setThreadPointer(Word threadPointer);

  /**
   * Creates a thread with clone(2). The child runs on the stack below {@code stackTop} with
   * its thread pointer set to {@code threadPointer} from its first instruction, and calls
   * origin-java's thread entry ({@code jeyra_thread_start}) with the thread pointer as its
   * argument; the caller continues. Becomes the target's clone template
   * ({@code jeyra.arch.Target#startThread}).
   *
   * <p>Safety: {@code flags} must contain CLONE_VM, CLONE_THREAD, CLONE_SIGHAND and
   * CLONE_SETTLS; {@code stackTop} must be 16-byte aligned with a mapped stack below it;
   * {@code threadPointer} must address a thread block ready for the child (see
   * {@link ThreadBlockLayout}); the two thread-id addresses must stay mapped until the
   * kernel has cleared the child's.
   *
   * @return the kernel's raw result: the child's thread id, or a negated errno
   */
  public static native Word startThread(Word flags, Word stackTop, Word parentThreadId,
      Word childThreadId, Word threadPointer);

  /**
   * The frame address of the calling method: the value of its frame pointer register, which
   * addresses its frame record (see {@link TargetInfo#framePreviousOffset()}).
   */
  public static native Word frameAddress();

  /**
   * The calling method's stack pointer: every word of its frame, the registers it saved
   * included, lies at or above it (the collector scans a stopped thread's stack from here).
   */
  public static native Word stackPointer();

  /**
   * Makes the calling method save every callee-saved register (the frame pointer aside) in
   * its own frame, so that a reference a caller keeps in one is in memory above
   * {@link #stackPointer} while the method runs. Becomes an empty inline assembly block that
   * clobbers them ({@code jeyra.arch.Target#spillCalleeSavedRegisters}).
   */
  public static native void spillRegisters();

  /** A full memory fence (sequentially consistent). */
  public static native void fullFence();

  /** An acquire fence: later loads and stores stay after earlier loads. */
  public static native void acquireFence();

  /** A release fence: earlier loads and stores stay before later stores. */
  public static native void releaseFence();

  /**
   * A hint that the program will soon use the cache line at an address: LLVM's
   * {@code llvm.prefetch}, which the back end makes a prefetch instruction or nothing. Never
   * faults, whatever the address.
   */
  public static native void prefetch(Word address);

  /** A hint that the caller is spinning ({@code pause} on x86); may do nothing. */
  public static native void spinWaitHint();

  /**
   * Stops the program with an illegal-instruction trap. Never returns. For states that
   * cannot be reported any other way (the runtime before it can print).
   */
  public static native void trap();
}
