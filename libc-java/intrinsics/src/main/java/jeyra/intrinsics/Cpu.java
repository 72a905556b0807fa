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
   * The frame address of the calling method: the value of its frame pointer register, which
   * addresses its frame record (see {@link TargetInfo#framePreviousOffset()}).
   */
  public static native Word frameAddress();

  /** A full memory fence (sequentially consistent). */
  public static native void fullFence();

  /** An acquire fence: later loads and stores stay after earlier loads. */
  public static native void acquireFence();

  /** A release fence: earlier loads and stores stay before later stores. */
  public static native void releaseFence();

  /** A hint that the caller is spinning ({@code pause} on x86); may do nothing. */
  public static native void spinWaitHint();

  /**
   * Stops the program with an illegal-instruction trap. Never returns. For states that
   * cannot be reported any other way (the runtime before it can print).
   */
  public static native void trap();
}
