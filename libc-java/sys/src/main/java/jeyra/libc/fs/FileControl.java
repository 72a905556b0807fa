package jeyra.libc.fs;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/**
 * {@code fcntl} and {@code close}: see fcntl(2) and close(2). Results are raw (see
 * {@link jeyra.libc.Errno}).
 */
public final class FileControl {
  private FileControl() {}

  /** fcntl command: get the file status flags. */
  public static final int F_GETFL = 3;
  /** fcntl command: get the descriptor flags. */
  public static final int F_GETFD = 1;

  /** fcntl(2) with an integer argument. On i686 this is {@code fcntl64}. */
  @CheckResult
  @Bare("a system call wrapper")
  public static long fcntl(int fd, int command, long argument) {
    if (TargetInfo.hasSyscall("fcntl")) {
      return Errno.result(Syscall.syscall3("fcntl", Word.fromInt(fd), Word.fromInt(command),
          Word.fromLong(argument)));
    }
    return Errno.result(Syscall.syscall3("fcntl64", Word.fromInt(fd), Word.fromInt(command),
        Word.fromLong(argument)));
  }

  /** close(2). */
  @CheckResult
  @Bare("a system call wrapper")
  public static long close(int fd) {
    return Errno.result(Syscall.syscall1("close", Word.fromInt(fd)));
  }
}
