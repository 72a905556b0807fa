package jeyra.runtime.heap;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Word;

/**
 * The card table: a byte per 512 bytes of heap, dirty when a reference was stored there into
 * an old object since the last collection. It is how a young collection finds the old
 * objects that may refer to young ones without tracing the old ones (HotSpot's card
 * marking, with the filter of a generational Boehm collector: a store into a young object
 * marks nothing, since a young collection traces every young object it reaches anyway).
 *
 * <p>The compiler calls {@link #recordStore} after every {@code putfield} and {@code aastore}
 * of a reference, and {@link #recordWrite} after {@code Word}'s reference writes and atomics
 * (so {@code Unsafe}, {@code VarHandle}s and the runtime's own stores, whose holder it does
 * not know); the runtime calls {@link #recordRange} after copying references in bulk
 * ({@code arraycopy}, {@code clone}). No safepoint may fall between a store and its record:
 * a collection there would promote the holder without seeing the reference. {@code
 * putstatic} needs none: statics, the image heap and thread blocks are roots of every
 * collection, and stores there fall outside the table's range.
 */
public final class CardTable {
  private CardTable() {}

  static final int CARD_SHIFT = 9;
  static final int CARDS_PER_PAGE = HeapSpace.PAGE_BYTES >> CARD_SHIFT;
  private static final byte DIRTY = 1;

  /** The first card's byte, for the page at {@link HeapSpace#heapStart}. */
  static Word cards;
  /** Cards in the table: one per 512 bytes of the reservation (zero until it exists). */
  static Word cardCount;

  /**
   * After {@code value} was stored at {@code field} inside {@code object}: marks the card
   * dirty if the value is a heap object (not null, not an image object) and the holder an
   * old heap object (marked). Compiled code calls it after each {@code putfield} and {@code
   * aastore} of a reference: a call to a leaf, with no call, loop or safepoint in it.
   */
  @Bare("part of every reference store, which must not stop at a safepoint")
  public static void recordStore(Word object, Word field, Word value) {
    if (!value.subtract(HeapSpace.heapStart).unsignedShiftRight(CARD_SHIFT).below(cardCount)) {
      return;
    }
    Word offset = object.subtract(HeapSpace.heapStart);
    if (offset.unsignedShiftRight(CARD_SHIFT).below(cardCount)) {
      Word bit = offset.unsignedShiftRight(3);
      int bits = HeapSpace.markBits.add(bit.unsignedShiftRight(3)).readByte(0);
      if ((bits & (1 << (bit.toInt() & 7))) != 0) {
        cards.add(field.subtract(HeapSpace.heapStart).unsignedShiftRight(CARD_SHIFT))
            .writeByte(0, DIRTY);
      }
    }
  }

  /**
   * After a reference was stored at {@code address}, in an object not known: marks its card
   * dirty if it is in the heap (young objects' cards too, which a young collection skips).
   */
  @Bare("part of every reference store, which must not stop at a safepoint")
  public static void recordWrite(Word address) {
    Word card = address.subtract(HeapSpace.heapStart).unsignedShiftRight(CARD_SHIFT);
    if (card.below(cardCount)) {
      cards.add(card).writeByte(0, DIRTY);
    }
  }

  /**
   * After references were copied into {@code bytes} from {@code start}, inside {@code
   * object}: marks their cards dirty if the object is old.
   */
  @Bare("follows reference stores, which must not stop at a safepoint")
  public static void recordRange(Object object, Word start, long bytes) {
    if (bytes <= 0) {
      return;
    }
    Word holder = Word.addressOf(object);
    Word last = start.add(bytes - 1);
    for (Word at = start.and(-(1L << CARD_SHIFT)); at.belowOrEqual(last);
        at = at.add(1 << CARD_SHIFT)) {
      // The values copied are not known: the holder, a heap object, stands for them.
      recordStore(holder, at.belowOrEqual(start) ? start : at, holder);
    }
  }

  /** Whether the card is dirty. */
  static boolean isDirty(long card) {
    return cards.readByte(card) != 0;
  }

  /**
   * The first dirty card at or after {@code card} and below {@code end}, or {@code end}: the
   * table is mostly clean, so it is read a word at a time.
   */
  static long nextDirty(long card, long end) {
    while (card < end && (card & 7) != 0) {
      if (isDirty(card)) {
        return card;
      }
      card++;
    }
    while (card + 8 <= end && cards.readLong(card) == 0) {
      card += 8;
    }
    while (card < end && !isDirty(card)) {
      card++;
    }
    return card;
  }

  /** Cleans the cards of the pages below {@code pages}: after a collection none is needed. */
  static void clean(int pages) {
    HeapSpace.clear(cards, ((long) pages * CARDS_PER_PAGE + 7) & -8L);
  }

  /** The address the card covers first. */
  static Word cardAddress(long card) {
    return HeapSpace.heapStart.add(card << CARD_SHIFT);
  }
}
