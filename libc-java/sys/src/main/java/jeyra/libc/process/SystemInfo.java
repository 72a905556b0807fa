package jeyra.libc.process;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/** sysinfo(2): memory and load figures. */
public final class SystemInfo {
  private SystemInfo() {}

  /** Bytes of {@code struct sysinfo}, generously rounded up on every target. */
  public static final int SYSINFO_BYTES = 128;

  /** sysinfo(2) into a buffer of {@link #SYSINFO_BYTES}. Raw result. */
  @CheckResult
  @Bare("a system call wrapper")
  public static long sysinfo(Word buffer) {
    return Errno.result(Syscall.syscall1("sysinfo", buffer));
  }

  /**
   * Total RAM in bytes from a filled {@code struct sysinfo}: {@code totalram * mem_unit}.
   * The struct is {@code long uptime; unsigned long loads[3]; unsigned long totalram; ...
   * unsigned short procs; unsigned long totalhigh, freehigh; unsigned int mem_unit}, so with
   * word-sized longs {@code totalram} is word 4 and {@code mem_unit} word 13.
   */
  @Bare("reads a buffer")
  public static long totalRamBytes(Word buffer) {
    int word = TargetInfo.wordBytes();
    long units = buffer.readWord(4L * word).toLong();
    long unit = buffer.readInt(13L * word) & 0xffffffffL;
    return units * (unit == 0 ? 1 : unit);
  }
}
