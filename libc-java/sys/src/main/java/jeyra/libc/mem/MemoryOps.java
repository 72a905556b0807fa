package jeyra.libc.mem;

import jeyra.annotate.Bare;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/**
 * Copying and filling raw memory. The C ABI's {@code memcpy}, {@code memmove} and
 * {@code memset} are thin wrappers of these; Java code calls these directly.
 */
public final class MemoryOps {
  private MemoryOps() {}

  /**
   * Copies {@code count} bytes from {@code src} to {@code dst}; the areas may overlap.
   *
   * <p>Safety: both ranges must be valid.
   */
  @Bare("used by the C ABI layer and the runtime")
  public static void copy(Word dst, Word src, Word count) {
    if (dst.belowOrEqual(src) || dst.aboveOrEqual(src.add(count))) {
      copyForward(dst, src, count);
    } else {
      copyBackward(dst, src, count);
    }
  }

  /** Copies front to back: correct unless {@code dst} lies inside the source range. */
  @Bare("used by the C ABI layer and the runtime")
  public static void copyForward(Word dst, Word src, Word count) {
    int word = TargetInfo.wordBytes();
    Word i = Word.zero();
    if (dst.xor(src).and(word - 1).isZero()) {
      while (i.below(count) && dst.add(i).and(word - 1).isNonZero()) {
        dst.add(i).writeByte(0, src.add(i).readByte(0));
        i = i.add(1);
      }
      while (count.subtract(i).aboveOrEqual(Word.fromInt(word))) {
        dst.add(i).writeWord(0, src.add(i).readWord(0));
        i = i.add(word);
      }
    }
    while (i.below(count)) {
      dst.add(i).writeByte(0, src.add(i).readByte(0));
      i = i.add(1);
    }
  }

  /** Copies back to front: correct when {@code dst} lies above {@code src}. */
  @Bare("used by the C ABI layer and the runtime")
  public static void copyBackward(Word dst, Word src, Word count) {
    int word = TargetInfo.wordBytes();
    Word i = count;
    if (dst.xor(src).and(word - 1).isZero()) {
      while (i.isNonZero() && dst.add(i).and(word - 1).isNonZero()) {
        i = i.subtract(1);
        dst.add(i).writeByte(0, src.add(i).readByte(0));
      }
      while (i.aboveOrEqual(Word.fromInt(word))) {
        i = i.subtract(word);
        dst.add(i).writeWord(0, src.add(i).readWord(0));
      }
    }
    while (i.isNonZero()) {
      i = i.subtract(1);
      dst.add(i).writeByte(0, src.add(i).readByte(0));
    }
  }

  /** Sets {@code count} bytes at {@code dst} to {@code value}. */
  @Bare("used by the C ABI layer and the runtime")
  public static void fill(Word dst, byte value, Word count) {
    Word i = Word.zero();
    while (i.below(count)) {
      dst.add(i).writeByte(0, value);
      i = i.add(1);
    }
  }
}
