package jeyra.libc.io;

import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/** {@code lseek}: see lseek(2). Results are raw (see {@link jeyra.libc.Errno}). */
public final class Seek {
  private Seek() {}

  /**
   * lseek(2): moves the file offset; returns the new offset. On 32-bit targets, which have
   * {@code _llseek} rather than a 64-bit {@code lseek}, the offset goes in two halves and comes
   * back through memory (a Java array: this wrapper needs the runtime, so it is not bare).
   */
  @CheckResult
  public static long lseek(int fd, long offset, int whence) {
    if (TargetInfo.wordBytes() == 8) {
      return Errno.result(Syscall.syscall3("lseek", Word.fromInt(fd), Word.fromLong(offset),
          Word.fromInt(whence)));
    }
    long[] result = new long[1];
    long status = Errno.result(Syscall.syscall5("_llseek", Word.fromInt(fd),
        Word.fromInt((int) (offset >>> 32)), Word.fromInt((int) offset),
        Word.addressOf(result).add(TargetInfo.arrayBaseOffset()), Word.fromInt(whence)));
    return status < 0 ? status : result[0];
  }
}
