package jeyra.runtime.stack;

import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.Word;

/**
 * Maps return addresses to call sites, through the {@code jeyra_callsites} section the
 * compiler fills (see {@code jeyra.compiler.llvm.CallSites}): 8-byte entries, each the
 * address of a label right after a call, relative to the entry, and the call's site id. A
 * return address belongs to the first label at or above it.
 */
public final class CallSiteTable {
  private CallSiteTable() {}

  /** Made on first use; threads racing to make it build equal tables. */
  private static volatile long[] sortedEntries;

  /**
   * The site id of the call that returns to {@code returnAddress}, or -1 if the address is
   * not right after a compiled call.
   */
  public static int siteOf(Word returnAddress) {
    Word base = Linkage.symbolAddress("__jeyra_code_base");
    if (returnAddress.below(base)) {
      return -1;
    }
    long offset = returnAddress.subtract(base).toLong();
    long[] entries = entries();
    int low = 0;
    int high = entries.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if ((entries[middle] >>> 32) < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    if (low == entries.length) {
      return -1;
    }
    return (int) entries[low];
  }

  /**
   * The entries as {@code offset << 32 | id}, offsets from {@code __jeyra_code_base}, sorted
   * by offset. The section is sorted already when the linker keeps the code in the order of
   * the object files; this checks rather than assumes it.
   */
  private static long[] entries() {
    long[] entries = sortedEntries;
    if (entries != null) {
      return entries;
    }
    Word start = Linkage.symbolAddress("__start_jeyra_callsites");
    Word stop = Linkage.symbolAddress("__stop_jeyra_callsites");
    int count = (int) (stop.subtract(start).toLong() / 8);
    entries = new long[count];
    boolean sorted = true;
    Word base = Linkage.symbolAddress("__jeyra_code_base");
    for (int i = 0; i < count; i++) {
      Word entry = start.add(8L * i);
      long offset = entry.add(entry.readInt(0)).subtract(base).toLong() & 0xffffffffL;
      long id = start.readInt(8L * i + 4) & 0xffffffffL;
      entries[i] = (offset << 32) | id;
      if (i > 0 && entries[i] < entries[i - 1]) {
        sorted = false;
      }
    }
    if (!sorted) {
      heapSort(entries);
    }
    sortedEntries = entries;
    return entries;
  }

  /**
   * Sorts in place without allocating. Not {@code Arrays.sort}: its parallel path would make
   * the fork-join pool, and with it much of java.util.concurrent, part of every executable.
   */
  static void heapSort(long[] values) {
    for (int root = values.length / 2 - 1; root >= 0; root--) {
      siftDown(values, root, values.length);
    }
    for (int end = values.length - 1; end > 0; end--) {
      long largest = values[0];
      values[0] = values[end];
      values[end] = largest;
      siftDown(values, 0, end);
    }
  }

  private static void siftDown(long[] values, int root, int end) {
    long value = values[root];
    while (true) {
      int child = 2 * root + 1;
      if (child >= end) {
        break;
      }
      if (child + 1 < end && values[child + 1] > values[child]) {
        child++;
      }
      if (values[child] <= value) {
        break;
      }
      values[root] = values[child];
      root = child;
    }
    values[root] = value;
  }
}
