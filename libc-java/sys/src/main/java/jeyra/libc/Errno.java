package jeyra.libc;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Word;

/**
 * Decodes the kernel's raw results: the only place that knows that {@code -4095..-1} means
 * failure. The numbers are Linux's {@code asm-generic/errno-base.h} and {@code errno.h}
 * values, which all four targets share.
 *
 * <p>Every system call wrapper turns the kernel's word into a raw {@code long} with
 * {@link #result}; callers test that with {@link #failed} and {@link #of}.
 */
public final class Errno {
  private Errno() {}

  public static final int EPERM = 1;
  public static final int ENOENT = 2;
  public static final int ESRCH = 3;
  public static final int EINTR = 4;
  public static final int EIO = 5;
  public static final int EBADF = 9;
  public static final int EAGAIN = 11;
  public static final int ENOMEM = 12;
  public static final int EACCES = 13;
  public static final int EFAULT = 14;
  public static final int EEXIST = 17;
  public static final int ENOTDIR = 20;
  public static final int EISDIR = 21;
  public static final int EINVAL = 22;
  public static final int ENOSPC = 28;
  public static final int ESPIPE = 29;
  public static final int EPIPE = 32;
  public static final int ERANGE = 34;
  public static final int ENOSYS = 38;
  public static final int ETIMEDOUT = 110;

  /**
   * A system call's result word as the raw {@code long} the wrappers return: a negated errno
   * ({@code -4095..-1} as a signed word) stays negative, and anything else is the call's
   * value, read unsigned, since on a 32-bit target an address or a size can have its top bit
   * set.
   */
  @Bare("called by every system call wrapper")
  public static long result(Word raw) {
    return decode(raw.toSignedLong(), raw.toLong());
  }

  /**
   * {@link #result} on a word already read both ways: {@code signed} and {@code unsigned} are
   * the same word widened with and without its sign.
   */
  @Bare("called by every system call wrapper")
  static long decode(long signed, long unsigned) {
    return failed(signed) ? signed : unsigned;
  }

  /**
   * Whether a raw result is a failure.
   *
   * @param raw a result of this package's functions
   */
  @Bare("called from code that runs before the runtime")
  public static boolean failed(long raw) {
    return raw < 0 && raw >= -4095;
  }

  /**
   * The {@code errno} of a failed result, or 0 for a success.
   *
   * @param raw a result of this package's functions
   */
  @Bare("called from code that runs before the runtime")
  public static int of(long raw) {
    return failed(raw) ? (int) -raw : 0;
  }
}
