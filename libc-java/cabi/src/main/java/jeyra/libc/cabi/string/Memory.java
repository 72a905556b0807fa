package jeyra.libc.cabi.string;

import jeyra.annotate.Bare;
import jeyra.annotate.Export;
import jeyra.intrinsics.Word;
import jeyra.libc.mem.MemoryOps;

/**
 * {@code memcpy}, {@code memmove}, {@code memset}, {@code memcmp} (C11 7.24.2, 7.24.4,
 * 7.24.6), over {@link MemoryOps}.
 */
public final class Memory {
  private Memory() {}

  /** memcpy(3): copies {@code count} bytes; the areas must not overlap. Returns dst. */
  @Export("memcpy")
  @Bare("called by LLVM-generated code with the C convention")
  public static Word memcpy(Word dst, Word src, Word count) {
    MemoryOps.copyForward(dst, src, count);
    return dst;
  }

  /** memmove(3): copies {@code count} bytes; the areas may overlap. Returns dst. */
  @Export("memmove")
  @Bare("called by LLVM-generated code with the C convention")
  public static Word memmove(Word dst, Word src, Word count) {
    MemoryOps.copy(dst, src, count);
    return dst;
  }

  /** memset(3): fills {@code count} bytes with {@code (byte) value}. Returns dst. */
  @Export("memset")
  @Bare("called by LLVM-generated code with the C convention")
  public static Word memset(Word dst, int value, Word count) {
    MemoryOps.fill(dst, (byte) value, count);
    return dst;
  }

  /** memcmp(3): compares bytes as unsigned chars. */
  @Export("memcmp")
  @Bare("called by LLVM-generated code with the C convention")
  public static int memcmp(Word left, Word right, Word count) {
    Word i = Word.zero();
    while (i.below(count)) {
      int a = left.add(i).readByte(0) & 0xff;
      int b = right.add(i).readByte(0) & 0xff;
      if (a != b) {
        return a - b;
      }
      i = i.add(1);
    }
    return 0;
  }
}
