package jeyra.intrinsics;

/**
 * The target's system call instruction.
 *
 * <p>Why: a system call is one machine instruction with a register convention Java cannot
 * express. Each method becomes the inline assembly {@code jeyra.arch.Target#syscall} gives
 * for the target ({@code syscall} on x86-64, {@code svc #0} on aarch64, {@code ecall} on
 * riscv64, {@code int $0x80} on i686).
 *
 * <p>The {@code name} must be a constant: the kernel's name of the call ({@code "write"},
 * {@code "mmap2"}). The compiler replaces it by the target's number, and a name the target
 * lacks is a build error naming the call site. The result is the kernel's raw return value:
 * a value in {@code [-4095, -1]} (read with {@link Word#toSignedLong}) is a negated
 * {@code errno}. Decoding it is libc-java's job, in one place.
 *
 * <p>Safety: the kernel reads and writes memory through the arguments as the call defines.
 */
public final class Syscall {
  private Syscall() {}

  /** A system call with no arguments. */
  public static native Word syscall0(String name);

  /** A system call with one argument. */
  public static native Word syscall1(String name, Word a1);

  /** A system call with two arguments. */
  public static native Word syscall2(String name, Word a1, Word a2);

  /** A system call with three arguments. */
  public static native Word syscall3(String name, Word a1, Word a2, Word a3);

  /** A system call with four arguments. */
  public static native Word syscall4(String name, Word a1, Word a2, Word a3, Word a4);

  /** A system call with five arguments. */
  public static native Word syscall5(String name, Word a1, Word a2, Word a3, Word a4, Word a5);

  /** A system call with six arguments. */
  public static native Word syscall6(
      String name, Word a1, Word a2, Word a3, Word a4, Word a5, Word a6);
}
