package jeyra.runtime.jdk;

import jeyra.libc.process.Scheduling;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/** {@code Runtime.availableProcessors}: the CPUs in this thread's affinity mask. */
final class Processors {
  private Processors() {}

  static int available() {
    byte[] mask = new byte[128];
    Word address = Word.addressOf(mask).add(TargetInfo.arrayBaseOffset());
    long result = Scheduling.schedGetaffinity(0, mask.length, address);
    if (result <= 0) {
      return 1;
    }
    int count = 0;
    for (int i = 0; i < result; i++) {
      count += Integer.bitCount(mask[i] & 0xff);
    }
    return Math.max(count, 1);
  }
}
