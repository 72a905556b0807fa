package jeyra.runtime.heap;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.time.Clocks;
import jeyra.runtime.sync.SafeSystemCalls;

/**
 * {@code JEYRA_OPTS=-Xlog:gc}: a line on stderr per collection, in the manner of HotSpot's
 * {@code -Xlog:gc} ({@code [gc] GC(3) Pause Full 24M->3M(64M) 2.345ms}: the heap's pages in
 * use before and after, the maximum, and how long the other threads were stopped). The line
 * is made in the thread's scratch memory: the heap's lock is still held, so nothing here may
 * allocate.
 */
final class GcLog {
  private GcLog() {}

  /** Where the line is made, after the timespec at the start of the scratch memory. */
  private static final int LINE_OFFSET = ThreadBlockLayout.SCRATCH_OFFSET + 16;
  private static final int LINE_BYTES = ThreadBlockLayout.SCRATCH_BYTES - 16;

  static boolean enabled;

  /** CLOCK_MONOTONIC in nanoseconds, read into the thread's scratch memory. */
  static long now() {
    Word timespec = Cpu.threadPointer().add(ThreadBlockLayout.SCRATCH_OFFSET);
    if (Errno.failed(Clocks.clockGettime(Clocks.CLOCK_MONOTONIC, timespec))) {
      return 0;
    }
    return timespec.readLong(0) * 1_000_000_000L + timespec.readLong(8);
  }

  static void collection(int number, boolean full, long usedBefore, long usedAfter, long max,
      long nanos) {
    Word line = Cpu.threadPointer().add(LINE_OFFSET);
    int at = 0;
    at = text(line, at, "[gc] GC(");
    at = decimal(line, at, number);
    at = text(line, at, full ? ") Pause Full " : ") Pause Young ");
    at = decimal(line, at, usedBefore >> 20);
    at = text(line, at, "M->");
    at = decimal(line, at, usedAfter >> 20);
    at = text(line, at, "M(");
    at = decimal(line, at, max >> 20);
    at = text(line, at, "M) ");
    long micros = nanos / 1000;
    at = decimal(line, at, micros / 1000);
    line.writeByte(at++, (byte) '.');
    long fraction = micros % 1000;
    line.writeByte(at++, (byte) ('0' + fraction / 100));
    line.writeByte(at++, (byte) ('0' + fraction / 10 % 10));
    line.writeByte(at++, (byte) ('0' + fraction % 10));
    at = text(line, at, "ms\n");
    long written = SafeSystemCalls.write(2, line, at); // nothing to do if stderr is gone
  }

  /** Appends an ASCII literal. */
  private static int text(Word line, int at, String text) {
    for (int i = 0; i < text.length() && at < LINE_BYTES; i++) {
      line.writeByte(at++, (byte) text.charAt(i));
    }
    return at;
  }

  private static int decimal(Word line, int at, long value) {
    long divisor = 1;
    while (value / divisor >= 10) {
      divisor *= 10;
    }
    for (; divisor > 0 && at < LINE_BYTES; divisor /= 10) {
      line.writeByte(at++, (byte) ('0' + value / divisor % 10));
    }
    return at;
  }
}
