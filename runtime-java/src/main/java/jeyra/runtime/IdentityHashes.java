package jeyra.runtime;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/**
 * Identity hash codes ({@code Object.hashCode}, {@code System.identityHashCode}): a 31-bit
 * non-zero value chosen on first request and kept in the object's header.
 *
 * <p>Values come from Marsaglia's xor-shift generator, HotSpot's default (hashCode=5).
 * Like HotSpot's, they are not addresses and say nothing about the object.
 */
public final class IdentityHashes {
  private IdentityHashes() {}

  private static int x = 0x2545F491;
  private static int y = 842502087;
  private static int z = 0x8767;
  private static int w = 273326509;

  /** The identity hash of an object (0 for null). */
  public static int of(Object object) {
    if (object == null) {
      return 0;
    }
    Word slot = Word.addressOf(object).add(TargetInfo.identityHashOffset());
    int hash = slot.readIntVolatile(0);
    if (hash != 0) {
      return hash;
    }
    int fresh = next();
    if (slot.compareAndSwapInt(0, 0, fresh)) {
      return fresh;
    }
    return slot.readIntVolatile(0);
  }

  private static int next() {
    int value;
    do {
      int t = x ^ (x << 11);
      x = y;
      y = z;
      z = w;
      w = (w ^ (w >>> 19)) ^ (t ^ (t >>> 8));
      value = w & 0x7fffffff;
    } while (value == 0);
    return value;
  }
}
