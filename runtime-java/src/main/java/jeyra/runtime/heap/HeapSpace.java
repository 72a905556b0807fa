package jeyra.runtime.heap;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.mm.Mman;

/**
 * The heap's address space: one reservation of the maximum heap, cut into 8 KiB pages, and
 * the spans that the pages make up. A span is a run of pages holding cells of one size class
 * (small objects) or one large object. Beside the reservation, in a mapping of their own:
 *
 * <ul>
 *   <li>the page table, an int per page: {@code s + 1} for a page of the span starting at page
 *       {@code s}; {@link #FREE_DIRTY} for a free page that was used; {@link #FREE_CLEAN} for
 *       a free page given back to the system (it reads as zero);
 *   <li>a span descriptor per page (only a span's first page's is used; see the
 *       {@code SPAN_*} offsets);
 *   <li>the mark bitmap, a bit per 8 bytes of heap;
 *   <li>the free runs: the runs of free pages below {@link #highWater}, by address, as the
 *       last sweep left them ({@link #rebuildFreeRuns}); new spans take pages from the first
 *       run long enough, and only the sweep frees pages.
 * </ul>
 *
 * <p>Pages above {@link #highWater} were never used and read as zero. Every mapping is
 * {@code MAP_NORESERVE}: memory is taken only where it is touched. The state is plain statics
 * (the allocator runs before any class is initialised); everything but the reads of a span's
 * own descriptor by the thread that owns it happens under the heap's lock or with the world
 * stopped.
 */
final class HeapSpace {
  private HeapSpace() {}

  static final int PAGE_SHIFT = 13;
  static final int PAGE_BYTES = 1 << PAGE_SHIFT;

  static final int FREE_DIRTY = 0;
  static final int FREE_CLEAN = -1;

  /** Span descriptor fields (byte offsets). */
  static final int SPAN_PAGES = 0;
  /** The size class, or {@link #LARGE}. */
  static final int SPAN_CLASS = 4;
  static final int SPAN_CELL_BYTES = 8;
  static final int SPAN_CELL_COUNT = 12;
  /** Cells handed out from the span's never-used end: those at and above are untouched. */
  static final int SPAN_BUMP = 16;
  /** {@link #FLAG_ZEROED}, {@link #FLAG_YOUNG}. */
  static final int SPAN_FLAGS = 20;
  /** The next span (its first page + 1) in its class's list of spans with free cells. */
  static final int SPAN_NEXT = 24;
  /** The first free cell (a word), or zero; a free cell's second word links the next. */
  static final int SPAN_FREE = 32;
  static final int DESCRIPTOR_BYTES = 40;

  static final int LARGE = -1;
  /** The cells at and above the bump index read as zero. */
  static final int FLAG_ZEROED = 4;
  /**
   * Objects were allocated in the span since the last collection: a young collection sweeps
   * only such spans (the others hold only old objects and free cells).
   */
  static final int FLAG_YOUNG = 8;

  /** The smallest reservation tried when a larger one fails. */
  private static final long MIN_RESERVATION_BYTES = HeapLimit.MIN_BYTES;

  static Word heapStart;
  /** Pages reserved. */
  static int pageCount;
  /** Pages below this were used at some time; those above read as zero. */
  static int highWater;
  /** Pages in spans. */
  static int usedPages;
  /** Free pages below {@link #highWater} given back to the system. */
  static int cleanFreePages;
  /** The free runs: pairs of ints, first page and length. */
  private static Word freeRuns;
  private static int freeRunCount;
  /** No free run before this one has pages left. */
  private static int firstFreeRun;
  private static Word pageTable;
  /** Read directly by {@link Allocator#takeCell} and its fast path, which must not call. */
  static Word descriptors;
  static Word markBits;
  /** Per size class, the first span with free cells that no thread owns (first page + 1). */
  static Word partialSpans;

  /**
   * Reserves up to {@code bytes} of address space for the heap (less if the system refuses
   * that much), and its tables.
   *
   * @return the bytes reserved, or 0 if even the smallest reservation failed
   */
  static long reserve(long bytes) {
    long size = (bytes + PAGE_BYTES - 1) & -(long) PAGE_BYTES;
    while (size >= MIN_RESERVATION_BYTES) {
      long pages = size >> PAGE_SHIFT;
      long pageTableBytes = (pages * 4 + 7) & -8L; // the descriptors after it hold words
      long tables = pageTableBytes
          + pages * (DESCRIPTOR_BYTES + PAGE_BYTES / 64 + CardTable.CARDS_PER_PAGE + 8)
          + (long) SizeClasses.COUNT * 4;
      if (TargetInfo.wordBytes() == 8 || size + tables < (3L << 30)) {
        long heap = map(size);
        if (!Errno.failed(heap)) {
          long table = map(tables);
          if (!Errno.failed(table)) {
            heapStart = Word.fromLong(heap);
            pageCount = (int) pages;
            pageTable = Word.fromLong(table);
            descriptors = pageTable.add(pageTableBytes);
            markBits = descriptors.add(pages * DESCRIPTOR_BYTES);
            CardTable.cards = markBits.add(pages * (PAGE_BYTES / 64));
            freeRuns = CardTable.cards.add(pages * CardTable.CARDS_PER_PAGE);
            partialSpans = freeRuns.add(pages * 8);
            // Last: a store's record reads the count and so starts using the table.
            CardTable.cardCount = Word.fromLong(pages * CardTable.CARDS_PER_PAGE);
            return size;
          }
          long ignored = Mman.munmap(Word.fromLong(heap), size);
        }
      }
      size = (size / 2) & -(long) PAGE_BYTES;
    }
    return 0;
  }

  private static long map(long bytes) {
    return Mman.mmap(Word.zero(), bytes, Mman.PROT_READ | Mman.PROT_WRITE,
        Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS | Mman.MAP_NORESERVE, -1, 0);
  }

  static boolean reserved() {
    return heapStart.isNonZero();
  }

  /** The end of the part of the heap ever used. */
  static Word usedEnd() {
    return heapStart.add((long) highWater << PAGE_SHIFT);
  }

  static Word pageAddress(int page) {
    return heapStart.add((long) page << PAGE_SHIFT);
  }

  static int pageEntry(int page) {
    return pageTable.readInt((long) page * 4);
  }

  private static void setPageEntry(int page, int entry) {
    pageTable.writeInt((long) page * 4, entry);
  }

  /** The descriptor of the span starting at {@code page}. */
  static Word descriptor(int page) {
    return descriptors.add((long) page * DESCRIPTOR_BYTES);
  }

  /**
   * Takes {@code pages} free pages for a new span: the lowest run of free pages long enough,
   * else pages above {@link #highWater} (after the free run that ends there, if any); -1 if
   * the reservation has no room. The span's descriptor is cleared but for its page count,
   * and {@link #FLAG_ZEROED} says whether its memory reads as zero.
   */
  static int takeSpan(int pages) {
    int start = -1;
    for (int run = firstFreeRun; run < freeRunCount; run++) {
      int length = runLength(run);
      if (length >= pages) {
        start = runStart(run);
        setRun(run, start + pages, length - pages);
        break;
      }
    }
    if (start < 0) {
      start = highWater;
      int last = freeRunCount - 1;
      if (last >= firstFreeRun && runStart(last) + runLength(last) == highWater) {
        start = runStart(last);
        setRun(last, highWater, 0);
      }
      if ((long) start + pages > pageCount) {
        if (start != highWater) {
          setRun(last, start, highWater - start); // put the trailing run back
        }
        return -1;
      }
    }
    while (firstFreeRun < freeRunCount && runLength(firstFreeRun) == 0) {
      firstFreeRun++;
    }
    boolean zeroed = true;
    for (int i = start; i < start + pages && i < highWater; i++) {
      if (pageEntry(i) == FREE_CLEAN) {
        cleanFreePages--;
      } else {
        zeroed = false;
      }
    }
    for (int i = start; i < start + pages; i++) {
      setPageEntry(i, start + 1);
    }
    if (start + pages > highWater) {
      highWater = start + pages;
    }
    usedPages += pages;
    Word descriptor = descriptor(start);
    clear(descriptor, DESCRIPTOR_BYTES);
    descriptor.writeInt(SPAN_PAGES, pages);
    descriptor.writeInt(SPAN_FLAGS, zeroed ? FLAG_ZEROED : 0);
    return start;
  }

  private static int runStart(int run) {
    return freeRuns.readInt((long) run * 8);
  }

  private static int runLength(int run) {
    return freeRuns.readInt((long) run * 8 + 4);
  }

  private static void setRun(int run, int start, int length) {
    freeRuns.writeInt((long) run * 8, start);
    freeRuns.writeInt((long) run * 8 + 4, length);
  }

  /** Gives a span's pages back to the free pages (their memory is kept); for the sweep. */
  static void freeSpan(int start) {
    int pages = descriptor(start).readInt(SPAN_PAGES);
    for (int i = start; i < start + pages; i++) {
      setPageEntry(i, FREE_DIRTY);
    }
    usedPages -= pages;
  }

  /**
   * The first page of the first span starting at or after {@code page}, or -1 ({@code page}
   * is where a span ends, or a free page). With {@link #spanEnd}, walks every span.
   */
  static int spanFrom(int page) {
    while (page < highWater && pageEntry(page) <= 0) {
      page++;
    }
    return page < highWater ? page : -1;
  }

  /** The page after the span that starts at {@code start}. */
  static int spanEnd(int start) {
    return start + descriptor(start).readInt(SPAN_PAGES);
  }

  /** Lists the runs of free pages again, after the sweep freed spans. */
  static void rebuildFreeRuns() {
    freeRunCount = 0;
    firstFreeRun = 0;
    int page = 0;
    while (page < highWater) {
      int entry = pageEntry(page);
      if (entry > 0) {
        page = entry - 1 + descriptor(entry - 1).readInt(SPAN_PAGES);
        continue;
      }
      int start = page;
      while (page < highWater && pageEntry(page) <= 0) {
        page++;
      }
      setRun(freeRunCount, start, page - start);
      freeRunCount++;
    }
  }

  /** Pages holding memory: in spans, or free but not given back. */
  static int committedPages() {
    return highWater - cleanFreePages;
  }

  /** Pages free and still holding memory. */
  static int dirtyFreePages() {
    return highWater - usedPages - cleanFreePages;
  }

  /**
   * Gives the memory of free pages back to the system (madvise DONTNEED), highest first,
   * until at most {@code keepPages} pages hold memory or no free page does.
   */
  static void releaseFreePages(int keepPages) {
    for (int run = freeRunCount - 1; run >= firstFreeRun && committedPages() > keepPages;
        run--) {
      int start = runStart(run);
      int page = start + runLength(run);
      while (page > start && committedPages() > keepPages) {
        if (pageEntry(page - 1) != FREE_DIRTY) {
          page--;
          continue;
        }
        int top = page;
        int excess = committedPages() - keepPages;
        while (page > start && pageEntry(page - 1) == FREE_DIRTY && top - page < excess) {
          page--;
        }
        release(page, top - page);
      }
    }
  }

  private static void release(int start, int pages) {
    long result = Mman.madvise(pageAddress(start), (long) pages << PAGE_SHIFT,
        Mman.MADV_DONTNEED);
    if (Errno.failed(result)) {
      return; // the pages keep their memory, and say so
    }
    for (int i = start; i < start + pages; i++) {
      setPageEntry(i, FREE_CLEAN);
    }
    cleanFreePages += pages;
  }

  /**
   * The object that {@code address} points into, or zero: an address outside the heap,
   * in a free page, in a free or never-used cell. For conservative roots, which may be any
   * word, or point inside an object.
   */
  static Word objectContaining(Word address) {
    if (address.below(heapStart) || address.aboveOrEqual(usedEnd())) {
      return Word.zero();
    }
    int entry = pageEntry((int) (address.subtract(heapStart).toLong() >>> PAGE_SHIFT));
    if (entry <= 0) {
      return Word.zero();
    }
    Word descriptor = descriptor(entry - 1);
    Word start = pageAddress(entry - 1);
    Word cell = start;
    if (descriptor.readInt(SPAN_CLASS) != LARGE) {
      long index = address.subtract(start).toLong() / descriptor.readInt(SPAN_CELL_BYTES);
      if (index >= descriptor.readInt(SPAN_BUMP)) {
        return Word.zero();
      }
      cell = start.add(index * descriptor.readInt(SPAN_CELL_BYTES));
    }
    return cell.readWord(0).isZero() ? Word.zero() : cell;
  }

  /** Marks the span that starts at {@code page} as allocated in since the last collection. */
  static void setYoung(int page) {
    Word descriptor = descriptor(page);
    descriptor.writeInt(SPAN_FLAGS, descriptor.readInt(SPAN_FLAGS) | FLAG_YOUNG);
  }

  /** Clears the mark bits of the pages below {@code pages}: a full collection's start. */
  static void clearMarks(int pages) {
    clear(markBits, (long) pages * (PAGE_BYTES / 64));
  }

  /** Bytes of stack below the caller that {@link #clearStackBelow} zeroes. */
  private static final int STACK_CLEARED_BYTES = 16 * 1024;

  /**
   * Zeroes the stack below the calling frame, where the frames of a collection are about to
   * be made: their slots that are never written would otherwise show the collector's scan of
   * the stack the addresses earlier, deeper calls left there, and keep dead objects (the
   * Boehm collector clears its stack for the same reason). The reserve below the stack limit
   * is far larger than this.
   */
  @Bare("writes below its own frame")
  static void clearStackBelow() {
    Word below = Cpu.stackPointer().subtract(STACK_CLEARED_BYTES);
    for (long offset = 0; offset < STACK_CLEARED_BYTES - 256; offset += 8) {
      below.writeLong(offset, 0);
    }
  }

  /**
   * Zeroes {@code bytes} (a multiple of 8) at {@code start}. Bare: no safepoint poll, so an
   * allocation stays one step for the collector.
   */
  @Bare("part of allocation, which must not stop at a safepoint")
  static void clear(Word start, long bytes) {
    for (long offset = 0; offset < bytes; offset += 8) {
      start.writeLong(offset, 0);
    }
  }
}
