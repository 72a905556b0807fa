package jeyra.libc.io;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/** {@code ioctl}: see ioctl(2). Results are raw (see {@link jeyra.libc.Errno}). */
public final class DeviceControl {
  private DeviceControl() {}

  /**
   * ioctl(2) with a pointer argument.
   *
   * <p>Safety: {@code argument} must point at memory of the size the request expects.
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long ioctl(int fd, long request, Word argument) {
    return Errno.result(Syscall.syscall3("ioctl", Word.fromInt(fd), Word.fromLong(request),
        argument));
  }
}
