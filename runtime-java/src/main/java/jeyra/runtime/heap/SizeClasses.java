package jeyra.runtime.heap;

/**
 * The cell sizes of small objects. A span holds cells of one size; an object takes the
 * smallest cell that fits it. Sizes go by 8 bytes up to 128, then by quarters of each power
 * of two up to {@link #MAX_SMALL_BYTES} (at most a fifth of a cell is lost), as in Go's and
 * tcmalloc's size classes. Computed, not tabled: the allocator runs before any class is
 * initialised, and a table would need its own initialisation (so would the JDK's
 * {@code Math} and {@code Integer}, which the heap's code does not call).
 */
final class SizeClasses {
  private SizeClasses() {}

  /** The largest small object; larger ones get spans of their own. */
  static final int MAX_SMALL_BYTES = 32768;
  /** The smallest cell: a header and a word, room for a free cell's link. */
  static final int MIN_CELL_BYTES = 16;
  /** Classes 16, 24, ..., 128 bytes. */
  private static final int LINEAR_CLASSES = 15;
  /** The number of size classes (their indices are 0 to COUNT - 1). */
  static final int COUNT = LINEAR_CLASSES + 32;

  /** The largest cell of the classes by 8 bytes. */
  static final int MAX_LINEAR_BYTES = 128;

  /**
   * The class of an object of {@code bytes} bytes (a multiple of 8, at most the maximum).
   * {@link Allocator#takeSmallCell} repeats its first case: it may not call.
   */
  static int of(int bytes) {
    if (bytes <= MAX_LINEAR_BYTES) {
      return bytes <= MIN_CELL_BYTES ? 0 : (bytes >> 3) - 2;
    }
    int last = bytes - 1;
    int log = 7; // of last, 7 to 14
    while ((last >> (log + 1)) != 0) {
      log++;
    }
    int quarter = (last >> (log - 2)) & 3;
    return LINEAR_CLASSES + (log - 7) * 4 + quarter;
  }

  /** The cell size of a class. */
  static int cellBytes(int sizeClass) {
    if (sizeClass < LINEAR_CLASSES) {
      return (sizeClass + 2) << 3;
    }
    int log = 7 + (sizeClass - LINEAR_CLASSES) / 4;
    int quarter = (sizeClass - LINEAR_CLASSES) % 4;
    return (5 + quarter) << (log - 2);
  }

  /** The pages of a span of a class: enough for eight cells. */
  static int spanPages(int sizeClass) {
    int bytes = cellBytes(sizeClass) * 8;
    return (bytes + HeapSpace.PAGE_BYTES - 1) / HeapSpace.PAGE_BYTES; // at least 1
  }
}
