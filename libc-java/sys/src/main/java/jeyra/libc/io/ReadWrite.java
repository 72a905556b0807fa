package jeyra.libc.io;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/**
 * {@code read} and {@code write}: see read(2) and write(2).
 *
 * <p>Results are raw (see {@link jeyra.libc.Errno}): the number of bytes transferred, which
 * may be fewer than asked, or a negated errno ({@code EINTR} included).
 */
public final class ReadWrite {
  private ReadWrite() {}

  /**
   * read(2): reads up to {@code lengthBytes} bytes from {@code fd} into {@code buffer}.
   *
   * <p>Safety: {@code buffer} must be writable for {@code lengthBytes} bytes.
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long read(int fd, Word buffer, long lengthBytes) {
    return Errno.result(Syscall.syscall3("read", Word.fromInt(fd), buffer,
        Word.fromLong(lengthBytes)));
  }

  /**
   * write(2): writes up to {@code lengthBytes} bytes from {@code buffer} to {@code fd}.
   *
   * <p>Safety: {@code buffer} must be readable for {@code lengthBytes} bytes.
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long write(int fd, Word buffer, long lengthBytes) {
    return Errno.result(Syscall.syscall3("write", Word.fromInt(fd), buffer,
        Word.fromLong(lengthBytes)));
  }
}
