package jeyra.runtime.heap;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.mm.Mman;
import jeyra.runtime.hub.Hubs;

/**
 * The mark phase: marks every object reachable from the roots, in the mark bitmap.
 *
 * <p>Roots are found conservatively (any word that points into an allocated object keeps
 * it, interior pointers included: {@link HeapSpace#objectContaining}); objects are traced
 * precisely, by their hub's reference offsets or, for arrays of references, their elements.
 * The mark stack is a fixed mapping; when it is full, an object is marked but not pushed,
 * and once the stack is empty the heap is searched for marked objects to trace again, until
 * nothing overflowed (as the Boehm collector does), so marking needs no memory it may not
 * have.
 */
final class Marker {
  private Marker() {}

  private static final long STACK_BYTES = 4L << 20;

  private static Word stack;
  private static long stackCapacity;
  private static long stackSize;
  private static boolean overflowed;
  /** The used part of the heap during this mark phase: a reference is marked if within. */
  private static Word heapLow;
  private static Word heapHigh;
  /** The hub {@link #trace} saw last, with its flags and reference offsets. */
  private static Word lastHub;
  private static int lastFlags;
  private static int[] lastOffsets;

  /** Maps the mark stack, once; false if the system has no memory for it. */
  static boolean prepare() {
    heapLow = HeapSpace.heapStart;
    heapHigh = HeapSpace.usedEnd();
    lastHub = Word.zero();
    if (stack.isNonZero()) {
      return true;
    }
    long address = Mman.mmap(Word.zero(), STACK_BYTES, Mman.PROT_READ | Mman.PROT_WRITE,
        Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS | Mman.MAP_NORESERVE, -1, 0);
    if (Errno.failed(address)) {
      return false;
    }
    stack = Word.fromLong(address);
    stackCapacity = STACK_BYTES / TargetInfo.wordBytes();
    return true;
  }

  /** Marks what every word in {@code [start, end)} points into, conservatively. */
  static void scanConservatively(Word start, Word end) {
    int word = TargetInfo.wordBytes();
    Word aligned = start.add(word - 1).and(-word);
    for (Word at = aligned; at.add(word).belowOrEqual(end); at = at.add(word)) {
      Word object = HeapSpace.objectContaining(at.readWord(0));
      if (object.isNonZero()) {
        mark(object);
      }
    }
  }

  /**
   * A young collection's other roots: the old objects on dirty cards, which may refer to
   * young ones. Of a small span's cells those that overlap the card and are marked (old)
   * are traced whole; of a large array of references only the elements on the card. Young
   * objects on the card are traced only if something reaches them.
   */
  static void traceDirtyCards() {
    long end = (long) HeapSpace.highWater * CardTable.CARDS_PER_PAGE;
    for (long card = CardTable.nextDirty(0, end); card < end;
        card = CardTable.nextDirty(card + 1, end)) {
      int page = (int) (card / CardTable.CARDS_PER_PAGE);
      int entry = HeapSpace.pageEntry(page);
      if (entry <= 0) {
        continue; // freed since the store
      }
      Word descriptor = HeapSpace.descriptor(entry - 1);
      Word base = HeapSpace.pageAddress(entry - 1);
      Word from = CardTable.cardAddress(card);
      if (descriptor.readInt(HeapSpace.SPAN_CLASS) == HeapSpace.LARGE) {
        if (isMarked(base)) {
          traceLargePart(base, from, from.add(1 << CardTable.CARD_SHIFT));
          drain();
        }
        continue;
      }
      int cellBytes = descriptor.readInt(HeapSpace.SPAN_CELL_BYTES);
      int used = descriptor.readInt(HeapSpace.SPAN_BUMP);
      long offset = from.subtract(base).toLong();
      int last = (int) ((offset + (1 << CardTable.CARD_SHIFT) - 1) / cellBytes);
      for (int index = (int) (offset / cellBytes); index <= last && index < used; index++) {
        Word cell = base.add((long) index * cellBytes);
        if (cell.readWord(0).isNonZero() && isMarked(cell)) {
          trace(cell);
        }
      }
      drain(); // before the next card's objects fill the mark stack
    }
  }

  /** Traces the part of a large object in {@code [from, to)}: an array's elements there. */
  private static void traceLargePart(Word object, Word from, Word to) {
    Class<?> type = (Class<?>) object.readWord(0).toObject();
    int flags = Hubs.flags(type);
    if ((flags & HubConstants.FLAG_ARRAY) == 0) {
      trace(object);
      return;
    }
    if ((flags & HubConstants.FLAG_REFERENCE_ELEMENTS) == 0) {
      return;
    }
    Word elements = object.add(TargetInfo.arrayBaseOffset());
    Word end = elements.add(
        (long) object.readInt(TargetInfo.arrayLengthOffset()) * TargetInfo.wordBytes());
    markElements(from.below(elements) ? elements : from, to.below(end) ? to : end);
  }

  /** Marks what the references in {@code [from, to)} of an array of references point to. */
  private static void markElements(Word from, Word to) {
    Word low = heapLow;
    Word high = heapHigh;
    int word = TargetInfo.wordBytes();
    for (Word at = from; at.below(to); at = at.add(word)) {
      Word reference = at.readWord(0);
      if (reference.aboveOrEqual(low) && reference.below(high)) {
        mark(reference);
      }
    }
  }

  /** Traces from the marked objects on the stack until everything reachable is marked. */
  static void drain() {
    while (true) {
      // Objects popped wait in a queue of four before they are traced, their cache lines
      // fetched meanwhile (as Go's and the Boehm collector's markers do): tracing is mostly
      // waiting for memory otherwise.
      Word first = Word.zero();
      Word second = Word.zero();
      Word third = Word.zero();
      Word fourth = Word.zero();
      while (stackSize > 0 || first.isNonZero() || second.isNonZero() || third.isNonZero()
          || fourth.isNonZero()) {
        Word next = Word.zero();
        if (stackSize > 0) {
          stackSize--;
          next = stack.readWord(stackSize * TargetInfo.wordBytes());
          Cpu.prefetch(next);
        }
        if (first.isNonZero()) {
          trace(first);
        }
        first = second;
        second = third;
        third = fourth;
        fourth = next;
      }
      if (!overflowed) {
        return;
      }
      overflowed = false;
      Sweeper.traceMarkedObjects();
    }
  }

  /** Marks an object and queues it for tracing, unless it is marked already. */
  static void mark(Word object) {
    long bit = object.subtract(HeapSpace.heapStart).toLong() >>> 3;
    Word byteAddress = HeapSpace.markBits.add(bit >>> 3);
    int mask = 1 << (int) (bit & 7);
    int bits = byteAddress.readByte(0);
    if ((bits & mask) != 0) {
      return;
    }
    byteAddress.writeByte(0, (byte) (bits | mask));
    if (stackSize == stackCapacity) {
      overflowed = true;
      return;
    }
    stack.writeWord(stackSize * TargetInfo.wordBytes(), object);
    stackSize++;
  }

  /** Whether a heap object is marked. */
  static boolean isMarked(Word object) {
    long bit = object.subtract(HeapSpace.heapStart).toLong() >>> 3;
    return (HeapSpace.markBits.readByte(bit >>> 3) & (1 << (int) (bit & 7))) != 0;
  }

  /**
   * Marks what a marked object refers to: a reference is null, an image object or a heap
   * object's start. The hot loop of a collection: it calls nothing per reference (in this
   * compiler a method that calls is never inlined; an array's elements are one call), and asks the hub only when the type
   * changes, which in a heap of many objects of few types is seldom.
   */
  static void trace(Word object) {
    Word hub = object.readWord(0);
    if (!hub.equal(lastHub)) {
      Class<?> type = (Class<?>) hub.toObject();
      lastHub = hub;
      lastFlags = Hubs.flags(type);
      lastOffsets = Hubs.referenceOffsets(type);
    }
    Word low = heapLow;
    Word high = heapHigh;
    if ((lastFlags & References.FLAGS) != 0) {
      References.discover(object, lastFlags, low, high);
    }
    if ((lastFlags & HubConstants.FLAG_ARRAY) != 0) {
      if ((lastFlags & HubConstants.FLAG_REFERENCE_ELEMENTS) != 0) {
        Word elements = object.add(TargetInfo.arrayBaseOffset());
        markElements(elements, elements.add(
            (long) object.readInt(TargetInfo.arrayLengthOffset()) * TargetInfo.wordBytes()));
      }
      return;
    }
    int[] offsets = lastOffsets;
    for (int i = 0; i < offsets.length; i++) {
      Word reference = object.readWord(offsets[i]);
      if (reference.aboveOrEqual(low) && reference.below(high)) {
        mark(reference);
      }
    }
  }
}
