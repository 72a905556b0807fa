package jeyra.runtime.heap;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/**
 * The sweep: the cells that the mark phase did not reach become free. Each swept span's
 * free list is built again from scratch (lowest address first), spans with free cells go on
 * their class's list, and spans with nothing live go back to the free pages. The mark bits
 * stay: what survived is old from now on (see {@link Collector}).
 */
final class Sweeper {
  private Sweeper() {}

  /**
   * Sweeps every span (a full collection) or only those allocated in since the last one (a
   * young collection: the others hold old objects and free cells, as it left them). The
   * world is stopped and no thread owns a span.
   */
  static void sweep(boolean full) {
    for (int sizeClass = 0; sizeClass < SizeClasses.COUNT; sizeClass++) {
      HeapSpace.partialSpans.writeInt((long) sizeClass * 4, 0);
    }
    for (int start = HeapSpace.spanFrom(0); start >= 0;
        start = HeapSpace.spanFrom(HeapSpace.spanEnd(start))) {
      Word descriptor = HeapSpace.descriptor(start);
      int flags = descriptor.readInt(HeapSpace.SPAN_FLAGS);
      boolean large = descriptor.readInt(HeapSpace.SPAN_CLASS) == HeapSpace.LARGE;
      if (!full && (flags & HeapSpace.FLAG_YOUNG) == 0) {
        if (!large && hasFreeCell(descriptor)) {
          list(start, descriptor);
        }
        continue;
      }
      descriptor.writeInt(HeapSpace.SPAN_FLAGS, flags & ~HeapSpace.FLAG_YOUNG);
      if (large) {
        sweepLarge(start);
      } else {
        sweepSmall(start, descriptor);
      }
    }
    HeapSpace.rebuildFreeRuns();
  }

  static boolean hasFreeCell(Word descriptor) {
    return descriptor.readWord(HeapSpace.SPAN_FREE).isNonZero()
        || descriptor.readInt(HeapSpace.SPAN_BUMP)
            < descriptor.readInt(HeapSpace.SPAN_CELL_COUNT);
  }

  private static void sweepLarge(int start) {
    if (!Marker.isMarked(HeapSpace.pageAddress(start))) {
      HeapSpace.freeSpan(start);
    }
  }

  private static void sweepSmall(int start, Word descriptor) {
    if (!anyMarked(start, descriptor.readInt(HeapSpace.SPAN_PAGES))) {
      // Nothing in it lives (most spans of short-lived objects): freed without touching its
      // cells, and its mark bits are all clear.
      HeapSpace.freeSpan(start);
      return;
    }
    Word base = HeapSpace.pageAddress(start);
    int cellBytes = descriptor.readInt(HeapSpace.SPAN_CELL_BYTES);
    int used = descriptor.readInt(HeapSpace.SPAN_BUMP);
    int word = TargetInfo.wordBytes();
    Word free = Word.zero();
    int live = 0;
    for (int index = used - 1; index >= 0; index--) {
      Word cell = base.add((long) index * cellBytes);
      if (cell.readWord(0).isNonZero() && Marker.isMarked(cell)) {
        live++;
        continue;
      }
      cell.writeWord(0, Word.zero());
      cell.writeWord(word, free);
      free = cell;
    }
    descriptor.writeWord(HeapSpace.SPAN_FREE, free);
    if (live == 0) {
      HeapSpace.freeSpan(start);
    } else if (hasFreeCell(descriptor)) {
      list(start, descriptor);
    }
  }

  /** Whether any mark bit of the span's pages is set: a word of the bitmap at a time. */
  private static boolean anyMarked(int start, int pages) {
    Word bits = HeapSpace.markBits.add(((long) start << HeapSpace.PAGE_SHIFT) / 64);
    long bytes = ((long) pages << HeapSpace.PAGE_SHIFT) / 64;
    for (long offset = 0; offset < bytes; offset += 8) {
      if (bits.readLong(offset) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Puts a span with free cells on its class's list. */
  static void list(int start, Word descriptor) {
    long head = (long) descriptor.readInt(HeapSpace.SPAN_CLASS) * 4;
    descriptor.writeInt(HeapSpace.SPAN_NEXT, HeapSpace.partialSpans.readInt(head));
    HeapSpace.partialSpans.writeInt(head, start + 1);
  }

  /**
   * Traces every marked object of the heap again: after the mark stack overflowed, some
   * marked objects were never traced.
   */
  static void traceMarkedObjects() {
    for (int start = HeapSpace.spanFrom(0); start >= 0;
        start = HeapSpace.spanFrom(HeapSpace.spanEnd(start))) {
      Word descriptor = HeapSpace.descriptor(start);
      Word base = HeapSpace.pageAddress(start);
      int cellBytes = descriptor.readInt(HeapSpace.SPAN_CELL_BYTES);
      int used = descriptor.readInt(HeapSpace.SPAN_BUMP);
      for (int index = 0; index < used; index++) {
        Word cell = base.add((long) index * cellBytes);
        if (cell.readWord(0).isNonZero() && Marker.isMarked(cell)) {
          Marker.trace(cell);
        }
      }
    }
  }
}
