package jeyra.runtime.heap;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.process.SystemInfo;
import jeyra.origin.program.ProgramInfo;

/**
 * The maximum heap before the heap exists (so nothing here allocates): the default, a
 * quarter of physical memory as HotSpot's MaxRAMPercentage, and {@code JEYRA_OPTS}'s
 * {@code -Xmx}, read from the raw environment. {@code jeyra.runtime.RuntimeOptions} checks
 * the same variable again once the program can print, and rejects what it cannot take.
 */
public final class HeapLimit {
  private HeapLimit() {}

  /** The smallest maximum heap, as HotSpot's (the compiler's --max-heap has the same). */
  public static final long MIN_BYTES = 2L << 20;
  /** The largest maximum heap a 32-bit process can have. */
  public static final long MAX_32_BIT_BYTES = 3L << 30;

  /** Used when sysinfo(2) fails. */
  private static final long FALLBACK_BYTES = 256L << 20;

  static long defaultMaxHeapBytes() {
    Word buffer = Cpu.threadPointer().add(ThreadBlockLayout.SCRATCH_OFFSET);
    if (Errno.failed(SystemInfo.sysinfo(buffer))) {
      return FALLBACK_BYTES;
    }
    long total = SystemInfo.totalRamBytes(buffer);
    long quarter = total / 4;
    if (TargetInfo.wordBytes() == 4 && quarter > (1L << 30)) {
      quarter = 1L << 30; // a 32-bit address space has room for little more
    }
    return quarter > 0 ? quarter : FALLBACK_BYTES;
  }

  /**
   * The size of the last {@code -Xmx} in {@code JEYRA_OPTS}, or 0 if there is none, or it is
   * not a size, or not one the runtime's options accept ({@link #acceptable}): those end the
   * program with a message before it runs, and the heap they start on is the default one.
   */
  static long environmentMaxHeapBytes() {
    Word value = optionsValue();
    long found = 0;
    if (value.isZero()) {
      return 0;
    }
    long at = 0;
    while (value.readByte(at) != 0) {
      while (isSpace(value.readByte(at))) {
        at++;
      }
      long end = at;
      while (value.readByte(end) != 0 && !isSpace(value.readByte(end))) {
        end++;
      }
      if (end - at > 4 && value.readByte(at) == '-' && value.readByte(at + 1) == 'X'
          && value.readByte(at + 2) == 'm' && value.readByte(at + 3) == 'x') {
        long size = parseSize(value.add(at + 4), end - at - 4);
        if (acceptable(size)) {
          found = size;
        }
      }
      at = end;
    }
    return found;
  }

  /**
   * The value of {@code JEYRA_OPTS} in the environment, or zero. Compared byte by byte with
   * no String: String's methods need String initialised, and this runs before anything is.
   */
  private static Word optionsValue() {
    int word = TargetInfo.wordBytes();
    Word envp = ProgramInfo.envp();
    for (long i = 0; ; i++) {
      Word entry = envp.readWord(i * word);
      if (entry.isZero()) {
        return Word.zero();
      }
      if (entry.readByte(0) == 'J' && entry.readByte(1) == 'E' && entry.readByte(2) == 'Y'
          && entry.readByte(3) == 'R' && entry.readByte(4) == 'A' && entry.readByte(5) == '_'
          && entry.readByte(6) == 'O' && entry.readByte(7) == 'P' && entry.readByte(8) == 'T'
          && entry.readByte(9) == 'S' && entry.readByte(10) == '=') {
        return entry.add(11);
      }
    }
  }

  /**
   * A size in {@code -Xmx}'s syntax (bytes, or a number with k, m, g or t, either case), or
   * -1: the {@code length} bytes at {@code text}. The one parser of the syntax: the heap reads
   * {@code JEYRA_OPTS} with it before anything exists, and {@code RuntimeOptions} checks the
   * options with it once the program can print.
   */
  public static long parseSize(Word text, long length) {
    if (length <= 0) {
      return -1;
    }
    int shift = unitShift(text.readByte(length - 1));
    if (shift != 0) {
      length--;
    }
    if (length == 0) {
      return -1;
    }
    long value = 0;
    for (long i = 0; i < length; i++) {
      byte c = text.readByte(i);
      if (c < '0' || c > '9' || value > (Long.MAX_VALUE - 9) / 10) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > (Long.MAX_VALUE >> shift) ? -1 : value << shift;
  }

  /** Whether a maximum heap size is within the bounds the runtime takes. */
  public static boolean acceptable(long bytes) {
    return bytes >= MIN_BYTES && (TargetInfo.wordBytes() == 8 || bytes <= MAX_32_BIT_BYTES);
  }

  /** log2 of a size suffix's factor, or 0. */
  private static int unitShift(byte suffix) {
    switch (suffix) {
      case 'k': case 'K': return 10;
      case 'm': case 'M': return 20;
      case 'g': case 'G': return 30;
      case 't': case 'T': return 40;
      default: return 0;
    }
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n';
  }
}
