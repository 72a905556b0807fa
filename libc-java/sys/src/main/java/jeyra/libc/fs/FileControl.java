package jeyra.libc.fs;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

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
  @Bare("a system call wrapper")
  public static long fcntl(int fd, int command, long argument) {
    if (TargetInfo.hasSyscall("fcntl")) {
      return Syscall.syscall3("fcntl", Word.fromInt(fd), Word.fromInt(command),
          Word.fromLong(argument)).toSignedLong();
    }
    return Syscall.syscall3("fcntl64", Word.fromInt(fd), Word.fromInt(command),
        Word.fromLong(argument)).toSignedLong();
  }

  /** close(2). */
  @Bare("a system call wrapper")
  public static long close(int fd) {
    return Syscall.syscall1("close", Word.fromInt(fd)).toSignedLong();
  }
}
