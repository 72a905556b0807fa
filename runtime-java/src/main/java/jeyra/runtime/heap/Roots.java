package jeyra.runtime.heap;

import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.origin.program.ProgramInfo;
import jeyra.runtime.sync.Safepoints;

/**
 * Where the collector finds references outside the heap, all scanned conservatively:
 *
 * <ul>
 *   <li>the executable's writable segments: static fields, the image heap's objects (strings
 *       cache their hashes, tables change, any field of an object made while building may
 *       come to hold a heap object), the runtime's own state;
 *   <li>every thread's block (its {@code Thread}, its pending exception);
 *   <li>every thread's stack, from the stack pointer it recorded when it became safe (after
 *       saving its registers there) to the top of its frames.
 * </ul>
 */
final class Roots {
  private Roots() {}

  private static final int PT_LOAD = 1;
  private static final int PT_PHDR = 6;
  private static final int PF_W = 2;

  static void scan() {
    scanWritableSegments();
    int word = TargetInfo.wordBytes();
    for (Word block = Safepoints.firstThread(); block.isNonZero();
        block = Safepoints.nextThread(block)) {
      Marker.scanConservatively(block, block.add((long) ThreadBlockLayout.SLOT_COUNT * word));
      Word stackPointer = block.readWord((long) ThreadBlockLayout.SCAN_START * word);
      Word top = block.readWord((long) ThreadBlockLayout.STACK_TOP * word);
      Marker.scanConservatively(stackPointer, top);
    }
  }

  /**
   * The writable {@code PT_LOAD} segments, from the program headers the kernel passes in the
   * auxiliary vector ({@code .data}, {@code .bss} and the image heap's sections). The load
   * bias is the program headers' address less the address {@code PT_PHDR} gives them: zero
   * for a fixed-address executable.
   */
  private static void scanWritableSegments() {
    Word headers = ProgramInfo.auxiliaryValue(ProgramInfo.AT_PHDR);
    int count = ProgramInfo.auxiliaryValue(ProgramInfo.AT_PHNUM).toInt();
    boolean wide = TargetInfo.wordBytes() == 8;
    int entryBytes = wide ? 56 : 32;
    long bias = 0;
    for (int i = 0; i < count; i++) {
      Word header = headers.add((long) i * entryBytes);
      if (header.readInt(0) == PT_PHDR) {
        bias = headers.toLong() - virtualAddress(header, wide).toLong();
      }
    }
    for (int i = 0; i < count; i++) {
      Word header = headers.add((long) i * entryBytes);
      int flags = header.readInt(wide ? 4 : 24);
      if (header.readInt(0) == PT_LOAD && (flags & PF_W) != 0) {
        Word start = virtualAddress(header, wide).add(bias);
        long size = wide ? header.readLong(40) : header.readInt(20) & 0xffffffffL;
        scanSkippingImageData(start, start.add(size));
      }
    }
  }

  /**
   * Scans a writable segment but the image's sections that hold no heap reference: its
   * arrays of primitives, and the tables only rare paths read (see the compiler's
   * {@code ImageHeap}: their objects refer only to other image objects, and never change).
   */
  private static void scanSkippingImageData(Word start, Word end) {
    Word primitivesStart = Linkage.symbolAddress("__start_jeyra_primitive_arrays");
    Word primitivesEnd = Linkage.symbolAddress("__stop_jeyra_primitive_arrays");
    Word rareStart = Linkage.symbolAddress("__start_jeyra_rarely_read");
    Word rareEnd = Linkage.symbolAddress("__stop_jeyra_rarely_read");
    Word from = start;
    while (from.below(end)) {
      Word to = end;
      Word next = end;
      if (primitivesStart.aboveOrEqual(from) && primitivesStart.below(to)) {
        to = primitivesStart;
        next = primitivesEnd;
      }
      if (rareStart.aboveOrEqual(from) && rareStart.below(to)) {
        to = rareStart;
        next = rareEnd;
      }
      Marker.scanConservatively(from, to);
      from = next;
    }
  }

  private static Word virtualAddress(Word header, boolean wide) {
    return wide ? Word.fromLong(header.readLong(16)) : Word.fromUnsignedInt(header.readInt(8));
  }
}
