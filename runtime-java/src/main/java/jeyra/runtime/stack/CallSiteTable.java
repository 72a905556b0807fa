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

  /**
   * Whether the section was checked for order; if it was not sorted, {@link #sortedCopy}
   * holds its entries sorted. Threads racing to check find the same.
   */
  private static volatile boolean checked;
  /** The entries as {@code offset << 32 | id}, sorted, when the section is not. */
  private static volatile long[] sortedCopy;

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
    long[] copy = sortedCopy();
    int count = copy != null ? copy.length : sectionCount();
    int low = 0;
    int high = count;
    while (low < high) {
      int middle = (low + high) >>> 1;
      long key = copy != null ? copy[middle] >>> 32 : sectionOffset(middle);
      if (key < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    if (low == count) {
      return -1;
    }
    return copy != null ? (int) copy[low] : sectionId(low);
  }

  private static int sectionCount() {
    Word start = Linkage.symbolAddress("__start_jeyra_callsites");
    Word stop = Linkage.symbolAddress("__stop_jeyra_callsites");
    return (int) (stop.subtract(start).toLong() / 8);
  }

  /** Entry {@code i}'s label, as an offset from {@code __jeyra_code_base}. */
  private static long sectionOffset(int i) {
    Word entry = Linkage.symbolAddress("__start_jeyra_callsites").add(8L * i);
    Word base = Linkage.symbolAddress("__jeyra_code_base");
    return entry.add(entry.readInt(0)).subtract(base).toLong() & 0xffffffffL;
  }

  private static int sectionId(int i) {
    return Linkage.symbolAddress("__start_jeyra_callsites").readInt(8L * i + 4);
  }

  /**
   * Null when the section is sorted by offset, which it is when the linker keeps the code in
   * the order of the object files: the search then reads the section itself, and the heap
   * holds nothing for it (a copy of a large program's table would be megabytes of the
   * program's heap). This checks rather than assumes it, and sorts a copy if it must.
   */
  private static long[] sortedCopy() {
    if (checked) {
      return sortedCopy;
    }
    int count = sectionCount();
    boolean sorted = true;
    for (int i = 1; i < count && sorted; i++) {
      sorted = sectionOffset(i - 1) <= sectionOffset(i);
    }
    long[] entries = null;
    if (!sorted) {
      entries = new long[count];
      for (int i = 0; i < count; i++) {
        entries[i] = (sectionOffset(i) << 32) | (sectionId(i) & 0xffffffffL);
      }
      heapSort(entries);
    }
    sortedCopy = entries;
    checked = true;
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
