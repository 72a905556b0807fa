package jeyra.runtime.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The call-site table's own sort, against {@code Arrays.sort}. */
class CallSiteTableTest {
  @Test
  void heapSortSortsAsArraysSortDoes() {
    Random random = new Random(42);
    for (int length : new int[] {0, 1, 2, 3, 7, 64, 1000, 4097}) {
      for (int bound : new int[] {3, Integer.MAX_VALUE}) {
        long[] values = new long[length];
        for (int i = 0; i < length; i++) {
          // Entries are offset << 32 | id: large, positive, with repeated offsets.
          values[i] = ((long) random.nextInt(bound) << 32) | random.nextInt(1 << 20);
        }
        long[] expected = values.clone();
        Arrays.sort(expected);
        CallSiteTable.heapSort(values);
        assertArrayEquals(expected, values, "length " + length + ", bound " + bound);
      }
    }
  }
}
