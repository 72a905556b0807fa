package jeyra.compiler.reach;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A set of type indices, small ones as a sorted array and large ones as a bit set: most
 * flows of the analysis hold one or two types, a few hold hundreds.
 */
final class TypeSet {
  private static final int SMALL = 16;

  private int[] small = new int[0];
  private BitSet large;

  /** Adds a type; returns whether it was new. */
  boolean add(int type) {
    if (large != null) {
      if (large.get(type)) {
        return false;
      }
      large.set(type);
      return true;
    }
    int at = Arrays.binarySearch(small, type);
    if (at >= 0) {
      return false;
    }
    if (small.length == SMALL) {
      large = new BitSet();
      for (int known : small) {
        large.set(known);
      }
      large.set(type);
      small = null;
      return true;
    }
    int insert = -at - 1;
    int[] grown = new int[small.length + 1];
    System.arraycopy(small, 0, grown, 0, insert);
    grown[insert] = type;
    System.arraycopy(small, insert, grown, insert + 1, small.length - insert);
    small = grown;
    return true;
  }

  boolean contains(int type) {
    return large != null ? large.get(type) : Arrays.binarySearch(small, type) >= 0;
  }

  /** The members, in increasing order. */
  int[] toArray() {
    return large != null ? large.stream().toArray() : small.clone();
  }

  int size() {
    return large != null ? large.cardinality() : small.length;
  }

  boolean isEmpty() {
    return large != null ? large.isEmpty() : small.length == 0;
  }
}
