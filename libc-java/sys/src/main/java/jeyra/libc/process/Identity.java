package jeyra.libc.process;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/** Process and user identity: getpid(2), gettid(2), getuid(2), uname(2). Raw results. */
public final class Identity {
  private Identity() {}

  /** getpid(2). */
  @Bare("a system call wrapper")
  public static long getpid() {
    return Syscall.syscall0("getpid").toSignedLong();
  }

  /** gettid(2). */
  @Bare("a system call wrapper")
  public static long gettid() {
    return Syscall.syscall0("gettid").toSignedLong();
  }

  /** getuid(2); {@code getuid32} on i686. */
  @Bare("a system call wrapper")
  public static long getuid() {
    if (TargetInfo.hasSyscall("getuid")) {
      return Syscall.syscall0("getuid").toSignedLong();
    }
    return Syscall.syscall0("getuid32").toSignedLong();
  }

  /** Bytes of {@code struct utsname}: six fields of 65 bytes. */
  public static final int UTSNAME_BYTES = 6 * 65;
  /** Offset of {@code utsname.sysname}, {@code release} and {@code machine}. */
  public static final int UTSNAME_SYSNAME = 0;
  public static final int UTSNAME_RELEASE = 2 * 65;
  public static final int UTSNAME_MACHINE = 4 * 65;

  /** uname(2) into a buffer of {@link #UTSNAME_BYTES} bytes. */
  @Bare("a system call wrapper")
  public static long uname(Word buffer) {
    return Syscall.syscall1("uname", buffer).toSignedLong();
  }
}
