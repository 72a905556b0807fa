package jeyra.runtime.heap;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.runtime.hub.Hubs;
import jeyra.runtime.sync.RuntimeLock;

/**
 * Object allocation, over the spans of {@link HeapSpace}, and the decision to collect.
 *
 * <p>Small objects take a cell of their size class from the span the thread holds in its
 * allocation cache (a slot per class in its thread block): the span's first free cell, or its
 * next never-used one. That path takes no lock and no safepoint: a cell is taken, cleared
 * and given its header in one step the collector cannot see half done. When the span has no
 * cell left, the thread takes another under the heap's lock: one with free cells from its
 * class's list, or a new one from free pages. Large objects get spans of their own. New
 * spans beyond the collection threshold first collect ({@link Collector}): young, or full
 * once the old objects take half the threshold; after a full collection the threshold is
 * four times the pages in use (Go's GOGC=300), and never past the maximum heap. An
 * allocation the heap cannot hold after a collection throws OutOfMemoryError in the
 * allocating thread.
 *
 * <p>The state is plain statics: the allocator runs before any class is initialised.
 */
public final class Allocator {
  private Allocator() {}

  /** HotSpot's largest array length. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 2;
  /** The heap grows to this many times what a full collection left before the next one. */
  private static final long GROWTH = 4;
  /**
   * Quarters of the threshold the old objects may take before the next collection is full:
   * more means fewer full collections, less means less room for the young ones between.
   */
  private static final int OLD_SHARE_QUARTERS = 2;
  /** The heap grows to at least this before its first collection. */
  private static final int MIN_COLLECTION_PAGES = (8 << 20) >> HeapSpace.PAGE_SHIFT;
  /** Reserved past the maximum for making OutOfMemoryErrors and their stack traces. */
  private static final long ERROR_RESERVE_BYTES = 1L << 20;

  private static long maxHeapBytes;
  /** {@link #maxHeapBytes} in pages. */
  private static int maxPages;
  /**
   * A new span that makes the used pages exceed this collects first: four times what the
   * last full collection left, within the maximum.
   */
  private static int collectionPages;
  /** Whether the next collection is full rather than young. */
  private static boolean fullDue;
  /** Stress mode's collections so far: every fourth is full, the others young. */
  private static int stressCollections;
  /** Stress mode's interval (collect every this many allocations), or 0. */
  private static int stressInterval;
  private static int stressCountdown;
  /** The heap's lock: a {@link RuntimeLock} word. */
  private static int lock;

  /**
   * Reserves the heap, before anything is allocated: its maximum is {@code JEYRA_OPTS}'s
   * {@code -Xmx}, else the build's ({@code buildMaxHeapBytes}, 0 if none), else the default
   * ({@link HeapLimit}).
   *
   * @param stressCollectionInterval collect every this many allocations (0: never; a test
   *     mode that makes a missing root fail at once)
   */
  public static void initialize(long buildMaxHeapBytes, int stressCollectionInterval) {
    long bytes = HeapLimit.environmentMaxHeapBytes();
    if (bytes == 0) {
      bytes = buildMaxHeapBytes != 0 ? buildMaxHeapBytes : HeapLimit.defaultMaxHeapBytes();
    }
    long reserved = HeapSpace.reserve(bytes + ERROR_RESERVE_BYTES);
    if (reserved == 0) {
      Cpu.trap(); // not even a few megabytes of address space: nothing can run
    }
    setMaxHeapBytes(bytes);
    collectionPages = MIN_COLLECTION_PAGES;
    stressInterval = stressCollectionInterval;
    stressCountdown = stressCollectionInterval;
  }

  /** A zeroed instance, its constructor not yet run ({@code Unsafe.allocateInstance}). */
  public static Object newInstance(Class<?> type) {
    if (Hubs.hasAnyFlag(type, HubConstants.FLAG_ABSTRACT)) {
      throw new InstantiationError(type.getName());
    }
    Object instance = allocate(Hubs.instanceSize(type), type, -1);
    Finalization.registerIfFinalizable(instance);
    return instance;
  }

  /**
   * {@code new}: a zeroed instance of a class, its constructor not yet run. The compiler
   * passes the size it laid the class out with, and never a class that cannot have
   * instances: it throws InstantiationError itself.
   */
  public static Object newInstance(Class<?> type, int size) {
    Word cell = takeSmallCell(type, (size + 7) & ~7, -1);
    if (cell.isNonZero()) {
      return cell.toObject();
    }
    return allocate(size, type, -1);
  }

  /** {@code newarray}/{@code anewarray}: a zeroed array of {@code length} elements. */
  public static Object newArray(Class<?> arrayType, int length) {
    if (length < 0) {
      throw new NegativeArraySizeException(Integer.toString(length));
    }
    if (length > MAX_ARRAY_LENGTH) {
      throw outOfMemory("Requested array size exceeds VM limit");
    }
    long bytes = TargetInfo.arrayBaseOffset() + ((long) length << Hubs.elementShift(arrayType));
    long rounded = (bytes + 7) & ~7L;
    if (rounded <= SizeClasses.MAX_LINEAR_BYTES) {
      Word cell = takeSmallCell(arrayType, (int) rounded, length);
      if (cell.isNonZero()) {
        return cell.toObject();
      }
    }
    return allocate(bytes, arrayType, length);
  }

  /**
   * {@code multianewarray}: nested arrays for the given lengths; every length is checked
   * before anything is allocated, as the JVM does.
   */
  public static Object newMultiArray(Class<?> arrayType, int[] lengths) {
    for (int length : lengths) {
      if (length < 0) {
        throw new NegativeArraySizeException(Integer.toString(length));
      }
    }
    return newMultiArray(arrayType, lengths, 0);
  }

  private static Object newMultiArray(Class<?> arrayType, int[] lengths, int level) {
    Object array = newArray(arrayType, lengths[level]);
    if (level + 1 < lengths.length) {
      // The nested arrays are written as raw memory, not with aastore: the analysis knows
      // what a multianewarray's levels hold where the instruction is, while an aastore here
      // of what raw memory gave would tell it any object may be in any Object[] (and so in
      // every collection), which made every toString and hashCode of the program reachable.
      Word elements = Word.addressOf(array).add(TargetInfo.arrayBaseOffset());
      Class<?> component = arrayType.getComponentType();
      int shift = Hubs.elementShift(arrayType);
      for (int i = 0; i < lengths[level]; i++) {
        elements.writeObject((long) i << shift, newMultiArray(component, lengths, level + 1));
      }
    }
    return array;
  }

  /** A shallow copy of an object or array, with a fresh header ({@code Object.clone}). */
  public static Object copy(Object original) {
    Class<?> type = original.getClass();
    long bytes;
    int length = -1;
    if (Hubs.isArray(type)) {
      length = Word.addressOf(original).readInt(TargetInfo.arrayLengthOffset());
      bytes = TargetInfo.arrayBaseOffset() + ((long) length << Hubs.elementShift(type));
    } else {
      bytes = Hubs.instanceSize(type);
    }
    Object copy = allocate(bytes, type, length);
    Word target = Word.addressOf(copy);
    Word source = Word.addressOf(original);
    int start = length < 0 ? TargetInfo.objectHeaderBytes() : TargetInfo.arrayBaseOffset();
    for (long i = start; i < bytes; i++) {
      target.writeByte(i, source.readByte(i));
    }
    if (length < 0 || Hubs.hasAnyFlag(type, HubConstants.FLAG_REFERENCE_ELEMENTS)) {
      // A collection in the loop may have made the copy old before the rest was written.
      CardTable.recordRange(copy, target.add(start), bytes - start);
    }
    if (length < 0) {
      Finalization.registerIfFinalizable(copy);
    }
    return copy;
  }

  /**
   * Bytes the heap may grow to ({@code Runtime.maxMemory}).
   */
  public static long maxHeapBytes() {
    return maxHeapBytes;
  }

  /**
   * Sets the maximum heap ({@code JEYRA_OPTS}'s, after the runtime checked it), at most what
   * {@link #initialize} reserved.
   */
  public static void setMaxHeapBytes(long bytes) {
    long reservable = ((long) HeapSpace.pageCount << HeapSpace.PAGE_SHIFT) - ERROR_RESERVE_BYTES;
    maxHeapBytes = bytes < reservable ? bytes : reservable;
    maxPages = (int) (maxHeapBytes >> HeapSpace.PAGE_SHIFT);
  }

  /** Bytes taken from the system ({@code Runtime.totalMemory}). */
  public static long committedBytes() {
    return (long) HeapSpace.committedPages() << HeapSpace.PAGE_SHIFT;
  }

  /** Committed bytes not in spans ({@code Runtime.freeMemory}; free cells are not counted). */
  public static long freeBytes() {
    return (long) HeapSpace.dirtyFreePages() << HeapSpace.PAGE_SHIFT;
  }

  /** {@code JEYRA_OPTS=-Xlog:gc}: a line on stderr per collection ({@link GcLog}). */
  public static void logCollections() {
    GcLog.enabled = true;
  }

  /** {@code System.gc()}: a full collection. */
  public static void collect() {
    lock();
    collectLocked(true, false);
    unlock();
  }

  /** Gives back the spans of the calling thread's cache: it is ending. */
  public static void releaseThreadCache() {
    lock();
    for (int sizeClass = 0; sizeClass < SizeClasses.COUNT; sizeClass++) {
      Word slot = cacheSlot(Cpu.threadPointer(), sizeClass);
      int span = slot.readWord(0).toInt() - 1;
      if (span >= 0) {
        Word descriptor = HeapSpace.descriptor(span);
        if (Sweeper.hasFreeCell(descriptor)) {
          Sweeper.list(span, descriptor);
        }
        slot.writeWord(0, Word.zero());
      }
    }
    unlock();
  }

  /**
   * A thread's allocation cache slot for a size class: its span's first page + 1, or 0. No
   * call in it (see {@link #allocateSmall}).
   */
  static Word cacheSlot(Word block, int sizeClass) {
    return block.add(ThreadBlockLayout.ALLOCATION_CACHE_OFFSET
        + (long) sizeClass * TargetInfo.wordBytes());
  }

  // ---- allocation ----

  private static Object allocate(long bytes, Class<?> type, int length) {
    long size = (bytes + 7) & ~7L;
    if (size <= SizeClasses.MAX_SMALL_BYTES && !stressDue()) {
      Word cell = takeCell(SizeClasses.of((int) size), type, length);
      if (cell.isNonZero()) {
        return cell.toObject();
      }
    }
    return allocateSlowly(size, type, length);
  }

  /** In stress mode, whether this allocation is the one that collects. */
  private static boolean stressDue() {
    return stressInterval != 0 && --stressCountdown <= 0;
  }

  /**
   * Takes a cell of a size class from the span in the thread's allocation cache, clears it
   * and writes its header; zero if the thread holds no span of the class or the span is
   * full. Taking the cell and writing its hub must be one step for the collector (it would
   * take a cell without a hub for a free one), so this is bare (no safepoint poll in its
   * loop) and calls nothing. {@link #takeSmallCell}, the fast path compiled code inlines,
   * repeats its first half: it must have no loop and no call.
   */
  @Bare("part of allocation, which must not stop at a safepoint")
  private static Word takeCell(int sizeClass, Class<?> type, int length) {
    Word slot = Cpu.threadPointer().add(ThreadBlockLayout.ALLOCATION_CACHE_OFFSET
        + (long) sizeClass * TargetInfo.wordBytes());
    int span = slot.readWord(0).toInt() - 1;
    if (span < 0) {
      return Word.zero();
    }
    Word descriptor = HeapSpace.descriptors.add((long) span * HeapSpace.DESCRIPTOR_BYTES);
    int cellBytes = descriptor.readInt(HeapSpace.SPAN_CELL_BYTES);
    Word cell = descriptor.readWord(HeapSpace.SPAN_FREE);
    boolean clear = true;
    if (cell.isNonZero()) {
      Word next = cell.readWord(TargetInfo.wordBytes());
      descriptor.writeWord(HeapSpace.SPAN_FREE, next);
      // The next allocation clears the next free cell, which the sweep touched long ago:
      // fetching its line now hides most of the miss that clearing this one just took.
      Cpu.prefetch(next);
    } else {
      int bump = descriptor.readInt(HeapSpace.SPAN_BUMP);
      if (bump == descriptor.readInt(HeapSpace.SPAN_CELL_COUNT)) {
        return Word.zero();
      }
      descriptor.writeInt(HeapSpace.SPAN_BUMP, bump + 1);
      cell = HeapSpace.heapStart.add(((long) span << HeapSpace.PAGE_SHIFT)
          + (long) bump * cellBytes);
      clear = (descriptor.readInt(HeapSpace.SPAN_FLAGS) & HeapSpace.FLAG_ZEROED) == 0;
    }
    if (clear) {
      for (long offset = 0; offset < cellBytes; offset += 8) {
        cell.writeLong(offset, 0);
      }
    }
    cell.writeWord(0, Word.addressOf(type)); // a hub is no heap object: no card to mark
    if (length >= 0) {
      cell.writeInt(TargetInfo.arrayLengthOffset(), length);
    }
    return cell;
  }

  /**
   * The allocation fast path, which compiled {@code new} inlines: an object or array of
   * {@code bytes} (a multiple of 8, at most {@link SizeClasses#MAX_LINEAR_BYTES}) in a cell of
   * the span the thread's cache holds for its size, cleared and with its header; zero if the
   * thread holds no such span or it is full (or in stress mode, which counts allocations in
   * {@link #allocate}). Bare, without a call or a loop, so the optimiser inlines it: a
   * function with a loop keeps the attribute that stops LLVM making a memset call of it,
   * which also stops inlining. The cell is cleared by straight-line stores, which fold to
   * the few the size needs when it is a constant.
   */
  @Bare("part of allocation, which must not stop at a safepoint")
  public static Word takeSmallCell(Class<?> type, int bytes, int length) {
    if (bytes > SizeClasses.MAX_LINEAR_BYTES || stressInterval != 0) {
      return Word.zero();
    }
    int sizeClass = bytes <= SizeClasses.MIN_CELL_BYTES ? 0 : (bytes >> 3) - 2; // as of()
    Word slot = Cpu.threadPointer().add(ThreadBlockLayout.ALLOCATION_CACHE_OFFSET
        + (long) sizeClass * TargetInfo.wordBytes());
    int span = slot.readWord(0).toInt() - 1;
    if (span < 0) {
      return Word.zero();
    }
    Word descriptor = HeapSpace.descriptors.add((long) span * HeapSpace.DESCRIPTOR_BYTES);
    Word cell = descriptor.readWord(HeapSpace.SPAN_FREE);
    if (cell.isNonZero()) {
      Word next = cell.readWord(TargetInfo.wordBytes());
      descriptor.writeWord(HeapSpace.SPAN_FREE, next);
      Cpu.prefetch(next); // see takeCell
    } else {
      int bump = descriptor.readInt(HeapSpace.SPAN_BUMP);
      if (bump == descriptor.readInt(HeapSpace.SPAN_CELL_COUNT)) {
        return Word.zero();
      }
      descriptor.writeInt(HeapSpace.SPAN_BUMP, bump + 1);
      cell = HeapSpace.heapStart.add(((long) span << HeapSpace.PAGE_SHIFT)
          + (long) bump * descriptor.readInt(HeapSpace.SPAN_CELL_BYTES));
    }
    cell.writeLong(8, 0); // every cell has at least 16 bytes
    if (bytes > 16) {
      cell.writeLong(16, 0);
    }
    if (bytes > 24) {
      cell.writeLong(24, 0);
    }
    if (bytes > 32) {
      cell.writeLong(32, 0);
    }
    if (bytes > 40) {
      cell.writeLong(40, 0);
    }
    if (bytes > 48) {
      cell.writeLong(48, 0);
    }
    if (bytes > 56) {
      cell.writeLong(56, 0);
    }
    if (bytes > 64) {
      cell.writeLong(64, 0);
    }
    if (bytes > 72) {
      cell.writeLong(72, 0);
    }
    if (bytes > 80) {
      cell.writeLong(80, 0);
    }
    if (bytes > 88) {
      cell.writeLong(88, 0);
    }
    if (bytes > 96) {
      cell.writeLong(96, 0);
    }
    if (bytes > 104) {
      cell.writeLong(104, 0);
    }
    if (bytes > 112) {
      cell.writeLong(112, 0);
    }
    if (bytes > 120) {
      cell.writeLong(120, 0);
    }
    cell.writeLong(0, 0); // on 32-bit targets the hub is half of it
    cell.writeWord(0, Word.addressOf(type));
    if (length >= 0) {
      cell.writeInt(TargetInfo.arrayLengthOffset(), length);
    }
    return cell;
  }

  private static void writeHeader(Word object, Class<?> type, int length) {
    object.writeWord(0, Word.addressOf(type));
    if (length >= 0) {
      object.writeInt(TargetInfo.arrayLengthOffset(), length);
    }
  }

  /**
   * Under the heap's lock: a new span for the thread's cache, or a large object's span;
   * collects first when the heap has grown past the threshold, and throws OutOfMemoryError
   * when even a collection leaves no room.
   */
  private static Object allocateSlowly(long size, Class<?> type, int length) {
    boolean large = size > SizeClasses.MAX_SMALL_BYTES;
    int sizeClass = large ? HeapSpace.LARGE : SizeClasses.of((int) size);
    lock();
    Word object;
    try {
      if (stressInterval != 0 && stressCountdown <= 0) {
        stressCountdown = stressInterval;
        stressCollections++;
        collectLocked(fullDue || stressCollections % 4 == 0, false);
      }
      object = large ? allocateLarge(size, type, length) : refillAndAllocate(sizeClass, type,
          length);
      if (object.isZero() && !making(Cpu.threadPointer())) {
        // A last collection before OutOfMemoryError, as the JVM's: whatever the threshold
        // said, the heap is full only if it is full after one that clears soft references.
        collectLocked(true, true);
        object = large ? allocateLarge(size, type, length) : refillAndAllocate(sizeClass, type,
            length);
      }
    } finally {
      unlock();
    }
    if (object.isZero()) {
      throw outOfMemory("Java heap space");
    }
    return object.toObject();
  }

  private static Word refillAndAllocate(int sizeClass, Class<?> type, int length) {
    Word cell = takeCell(sizeClass, type, length);
    if (cell.isNonZero()) {
      return cell; // the cache's span still had cells (stress mode came here)
    }
    Word slot = cacheSlot(Cpu.threadPointer(), sizeClass);
    slot.writeWord(0, Word.zero()); // its span, if any, is full: the sweep will find it
    int pages = SizeClasses.spanPages(sizeClass);
    int span = takeListedSpan(sizeClass);
    if (span < 0 && collectIfDue(pages)) {
      span = takeListedSpan(sizeClass);
    }
    if (span < 0) {
      span = takePages(pages, false);
      if (span < 0) {
        return Word.zero();
      }
      Word descriptor = HeapSpace.descriptor(span);
      int cellBytes = SizeClasses.cellBytes(sizeClass);
      descriptor.writeInt(HeapSpace.SPAN_CLASS, sizeClass);
      descriptor.writeInt(HeapSpace.SPAN_CELL_BYTES, cellBytes);
      descriptor.writeInt(HeapSpace.SPAN_CELL_COUNT, (pages << HeapSpace.PAGE_SHIFT) / cellBytes);
    }
    slot.writeWord(0, Word.fromInt(span + 1));
    HeapSpace.setYoung(span);
    return takeCell(sizeClass, type, length);
  }

  /** A span of the class with free cells, off its list, or -1. */
  private static int takeListedSpan(int sizeClass) {
    long head = (long) sizeClass * 4;
    int span = HeapSpace.partialSpans.readInt(head) - 1;
    if (span >= 0) {
      Word descriptor = HeapSpace.descriptor(span);
      HeapSpace.partialSpans.writeInt(head, descriptor.readInt(HeapSpace.SPAN_NEXT));
    }
    return span;
  }

  private static Word allocateLarge(long size, Class<?> type, int length) {
    long pages = (size + HeapSpace.PAGE_BYTES - 1) >> HeapSpace.PAGE_SHIFT;
    if (pages > HeapSpace.pageCount) {
      return Word.zero();
    }
    collectIfDue((int) pages);
    int span = takePages((int) pages, true);
    if (span < 0) {
      return Word.zero();
    }
    Word descriptor = HeapSpace.descriptor(span);
    descriptor.writeInt(HeapSpace.SPAN_CLASS, HeapSpace.LARGE);
    descriptor.writeInt(HeapSpace.SPAN_CELL_BYTES, (int) (pages << HeapSpace.PAGE_SHIFT));
    descriptor.writeInt(HeapSpace.SPAN_CELL_COUNT, 1);
    descriptor.writeInt(HeapSpace.SPAN_BUMP, 1);
    HeapSpace.setYoung(span);
    Word object = HeapSpace.pageAddress(span);
    if ((descriptor.readInt(HeapSpace.SPAN_FLAGS) & HeapSpace.FLAG_ZEROED) == 0) {
      HeapSpace.clear(object, size);
    }
    writeHeader(object, type, length);
    return object;
  }

  /**
   * Collects if {@code pages} more would take the heap past the collection threshold (and so
   * past the maximum, which the threshold never exceeds).
   *
   * @return whether it collected
   */
  private static boolean collectIfDue(int pages) {
    if (making(Cpu.threadPointer()) || HeapSpace.usedPages + pages <= collectionPages) {
      return false;
    }
    collectLocked();
    return true;
  }

  /**
   * Pages a large object must leave free for small ones: when a large array no longer fits,
   * the program can still make the small objects it needs to handle that (as on the JVM,
   * whose large objects take whole regions first).
   */
  private static int largeObjectHeadroom() {
    int headroom = maxPages / 32;
    return headroom < 8 ? 8 : headroom;
  }

  /**
   * Free pages for a new span within the maximum heap (less {@link #largeObjectHeadroom} for
   * a large object; the reserve past it while the thread makes an OutOfMemoryError); a
   * collection first if the free pages have no run that long. -1 if there is no room.
   */
  private static int takePages(int pages, boolean large) {
    int limit = making(Cpu.threadPointer()) ? HeapSpace.pageCount
        : large ? maxPages - largeObjectHeadroom() : maxPages;
    if (HeapSpace.usedPages + pages > limit) {
      return -1;
    }
    int span = HeapSpace.takeSpan(pages);
    if (span < 0 && !making(Cpu.threadPointer())) {
      collectLocked();
      span = HeapSpace.takeSpan(pages);
    }
    if (span >= 0 && HeapSpace.committedPages() > limit) {
      // The free pages are too scattered for the span: give their memory back, so that the
      // memory taken from the system stays within the maximum, as the JVM's does.
      HeapSpace.releaseFreePages(limit);
    }
    return span;
  }

  /** A collection the heap's growth asked for: young, or full when the old part is large. */
  private static void collectLocked() {
    collectLocked(fullDue, false);
  }

  private static void collectLocked(boolean full, boolean clearSoftReferences) {
    HeapSpace.clearStackBelow();
    Collector.collect(full, clearSoftReferences);
    afterCollection(full);
  }

  /**
   * The next threshold, and memory given back: the heap keeps what it will grow to before
   * the next collection, and returns the rest (as Go's scavenger keeps the heap goal). Only
   * a full collection knows the live set, so only it moves the threshold; what a young one
   * leaves decides whether the next is full.
   */
  private static void afterCollection(boolean full) {
    if (full) {
      long target = GROWTH * HeapSpace.usedPages;
      if (target < MIN_COLLECTION_PAGES) {
        target = MIN_COLLECTION_PAGES;
      }
      collectionPages = (int) (target < maxPages ? target : maxPages);
    }
    // What a collection leaves is old: past this share of the threshold, the next is full.
    fullDue = HeapSpace.usedPages > (long) collectionPages * OLD_SHARE_QUARTERS / 4;
    HeapSpace.releaseFreePages(collectionPages);
  }

  private static Word lockWord() {
    return Linkage.staticFieldAddress(Allocator.class, "lock");
  }

  private static void lock() {
    RuntimeLock.lock(lockWord());
  }

  private static void unlock() {
    RuntimeLock.unlock(lockWord());
  }

  private static Word makingSlot(Word block) {
    return block.add((long) ThreadBlockLayout.MAKING_OUT_OF_MEMORY_ERROR
        * TargetInfo.wordBytes());
  }

  private static boolean making(Word block) {
    return makingSlot(block).readInt(0) != 0;
  }

  /**
   * An OutOfMemoryError. Creating it needs memory too: the thread may use the reserve past
   * the maximum meanwhile (its own flag: other threads still meet the limit).
   */
  private static OutOfMemoryError outOfMemory(String message) {
    Word block = Cpu.threadPointer();
    boolean outer = !making(block);
    makingSlot(block).writeInt(0, 1);
    try {
      return new OutOfMemoryError(message);
    } finally {
      if (outer) {
        makingSlot(block).writeInt(0, 0);
      }
    }
  }
}
