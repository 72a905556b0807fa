package jeyra.libc.fs;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/** Working directory and symbolic links: getcwd(2), readlinkat(2). Raw results. */
public final class Paths {
  private Paths() {}

  /** getcwd(2) into {@code buffer}; the result counts the terminating NUL. */
  @CheckResult
  @Bare("a system call wrapper")
  public static long getcwd(Word buffer, long sizeBytes) {
    return Errno.result(Syscall.syscall2("getcwd", buffer, Word.fromLong(sizeBytes)));
  }

  /**
   * readlinkat(2) relative to the working directory: the link's target, not NUL-terminated;
   * the result is its length.
   *
   * @param path a NUL-terminated path
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long readlink(Word path, Word buffer, long sizeBytes) {
    return Errno.result(Syscall.syscall4("readlinkat",
        Word.fromInt(TargetInfo.constant("AT_FDCWD")), path, buffer, Word.fromLong(sizeBytes)));
  }
}
