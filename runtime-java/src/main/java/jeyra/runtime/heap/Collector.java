package jeyra.runtime.heap;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.Word;
import jeyra.runtime.sync.Safepoints;

/**
 * A stop-the-world, non-moving mark-sweep collection, young or full: every thread stops at a
 * safepoint, the mark phase ({@link Marker}, from {@link Roots}) finds what is reachable, the
 * sweep ({@link Sweeper}) frees the rest, and the threads go on. Objects never move, so the
 * addresses the kernel holds (futex words, buffers of blocked reads) stay valid.
 *
 * <p>Generations by sticky mark bits (as in the Boehm collector's generational mode and
 * Demers et al.'s "sticky mark bits"): an object that survived a collection keeps its mark
 * bit, and so is old. A young collection marks from the roots and from the old objects on
 * dirty cards ({@link CardTable}), stops at every marked object, and sweeps only the spans
 * allocated in since the last collection: its cost is the young survivors, not the whole
 * live set. Old objects that die stay until a full collection, which clears every mark bit
 * first. After either, every object is old and every card clean.
 */
final class Collector {
  private Collector() {}

  /** Collections so far. */
  static int count;

  /**
   * Collects. The caller holds the heap's lock, so no other thread allocates a span or
   * collects meanwhile. If the system has no memory for the mark stack, nothing is collected
   * (and the allocation that asked fails with OutOfMemoryError).
   *
   * @param full whether old objects are collected too (else only those allocated since the
   *     last collection)
   * @param clearSoftReferences whether soft references are cleared like weak ones (the last
   *     collection before OutOfMemoryError)
   */
  static void collect(boolean full, boolean clearSoftReferences) {
    if (!Marker.prepare()) {
      return;
    }
    // What the callers keep in registers goes to this frame, above the stack pointer the
    // scan of this thread's stack starts from.
    long start = GcLog.enabled ? GcLog.now() : 0;
    long usedBefore = (long) HeapSpace.usedPages << HeapSpace.PAGE_SHIFT;
    Cpu.spillRegisters();
    Safepoints.stopWorld(Cpu.stackPointer());
    emptyAllocationCaches();
    if (full) {
      HeapSpace.clearMarks(HeapSpace.highWater);
    }
    Roots.scan();
    if (!full) {
      Marker.traceDirtyCards();
    }
    Marker.drain();
    References.process(clearSoftReferences);
    Sweeper.sweep(full);
    CardTable.clean(HeapSpace.highWater);
    Safepoints.resumeWorld();
    if (GcLog.enabled) {
      GcLog.collection(count, full, usedBefore,
          (long) HeapSpace.usedPages << HeapSpace.PAGE_SHIFT, Allocator.maxHeapBytes(),
          GcLog.now() - start);
    }
    count++;
  }

  /**
   * Takes every thread's spans from its allocation cache: the sweep builds every span's free
   * cells again, and the threads take spans anew.
   */
  private static void emptyAllocationCaches() {
    for (Word block = Safepoints.firstThread(); block.isNonZero();
        block = Safepoints.nextThread(block)) {
      for (int sizeClass = 0; sizeClass < SizeClasses.COUNT; sizeClass++) {
        Allocator.cacheSlot(block, sizeClass).writeWord(0, Word.zero());
      }
    }
  }
}
