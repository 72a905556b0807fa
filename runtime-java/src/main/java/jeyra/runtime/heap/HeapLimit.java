package jeyra.runtime.heap;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.process.SystemInfo;

/** The default maximum heap: a quarter of physical memory, as HotSpot's MaxRAMPercentage. */
final class HeapLimit {
  private HeapLimit() {}

  /** Used when sysinfo(2) fails. */
  private static final long FALLBACK_BYTES = 256L << 20;

  static long defaultMaxHeapBytes() {
    byte[] buffer = new byte[SystemInfo.SYSINFO_BYTES];
    Word address = Word.addressOf(buffer).add(TargetInfo.arrayBaseOffset());
    if (Errno.failed(SystemInfo.sysinfo(address))) {
      return FALLBACK_BYTES;
    }
    long total = SystemInfo.totalRamBytes(address);
    long quarter = total / 4;
    if (TargetInfo.wordBytes() == 4) {
      quarter = Math.min(quarter, 1L << 30); // a 32-bit address space has room for little more
    }
    return quarter > 0 ? quarter : FALLBACK_BYTES;
  }
}
