package jeyra.intrinsics;

/**
 * Compile-time queries about the target, folded to constants.
 *
 * <p>Why: origin-java, libc-java and runtime-java are compiled once per target from the same
 * class files, and must not branch on the architecture at run time. Each call becomes a
 * constant, and a branch on it loses its dead side before code generation, so a
 * target-specific intrinsic (a system call only one target has) in the dead side is never
 * checked. Use the call directly in the condition for that guarantee.
 */
public final class TargetInfo {
  private TargetInfo() {}

  /** Bytes in a word and in a pointer: 4 or 8. */
  public static native int wordBytes();

  /** Whether the target is big-endian. */
  public static native boolean bigEndian();

  /** Whether the target performs unaligned accesses at speed. */
  public static native boolean unalignedAccess();

  /**
   * A C constant whose value differs by architecture ({@code "O_DIRECTORY"}).
   *
   * @param name a constant string; an unknown name is a build error
   */
  public static native int constant(String name);

  /**
   * Whether the target has the system call {@code name} (a constant).
   */
  public static native boolean hasSyscall(String name);

  /** Offset in bytes of the caller's frame pointer from a frame address. */
  public static native int framePreviousOffset();

  /** Offset in bytes of the return address from a frame address. */
  public static native int frameReturnAddressOffset();

  /** The JVM's {@code os.arch} name of the target ({@code amd64}, {@code aarch64}...). */
  public static native String javaOsArch();

  /** Bytes of an object's header: hub pointer, lock word, identity hash. */
  public static native int objectHeaderBytes();

  /** Offset of an object's lock word (an int). */
  public static native int lockOffset();

  /** Offset of an object's identity hash (an int, 0 until first asked). */
  public static native int identityHashOffset();

  /** Offset of an array's length (an int). */
  public static native int arrayLengthOffset();

  /** Offset of an array's first element. */
  public static native int arrayBaseOffset();
}
