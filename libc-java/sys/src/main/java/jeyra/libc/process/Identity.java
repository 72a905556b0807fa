package jeyra.libc.process;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/** Process and user identity: getpid(2), gettid(2), getuid(2), uname(2). Raw results. */
public final class Identity {
  private Identity() {}

  /** getpid(2). */
  @Bare("a system call wrapper")
  public static long getpid() {
    return Errno.result(Syscall.syscall0("getpid"));
  }

  /** gettid(2). */
  @Bare("a system call wrapper")
  public static long gettid() {
    return Errno.result(Syscall.syscall0("gettid"));
  }

  /** getuid(2); {@code getuid32} on i686. */
  @Bare("a system call wrapper")
  public static long getuid() {
    if (TargetInfo.hasSyscall("getuid")) {
      return Errno.result(Syscall.syscall0("getuid"));
    }
    return Errno.result(Syscall.syscall0("getuid32"));
  }

  /** Bytes of {@code struct utsname}: six fields of 65 bytes. */
  public static final int UTSNAME_BYTES = 6 * 65;
  /** Offset of {@code utsname.sysname}, {@code release} and {@code machine}. */
  public static final int UTSNAME_SYSNAME = 0;
  public static final int UTSNAME_RELEASE = 2 * 65;
  public static final int UTSNAME_MACHINE = 4 * 65;

  /** uname(2) into a buffer of {@link #UTSNAME_BYTES} bytes. */
  @CheckResult
  @Bare("a system call wrapper")
  public static long uname(Word buffer) {
    return Errno.result(Syscall.syscall1("uname", buffer));
  }
}
