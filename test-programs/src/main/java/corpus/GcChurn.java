package corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Allocation churn over a large live set: a 20 MB set of arrays that is slowly replaced, a
 * long linked list, and short-lived arrays, strings and maps allocated all the while; every
 * live object is checked at the end, so one the collector freed too early shows. The total
 * allocated, in megabytes, is the first argument (default 256; CollectorTest runs 4096 under
 * a 64 MB heap).
 */
public class GcChurn {
  private static final int LIVE_ARRAYS = 2_000;
  private static final int ARRAY_INTS = 2_500; // 10 KB each: 20 MB live

  private static final class Link {
    final Link next;
    final long value;

    Link(Link next, long value) {
      this.next = next;
      this.value = value;
    }
  }

  public static void main(String[] args) {
    long totalBytes = (args.length > 0 ? Long.parseLong(args[0]) : 256) << 20;
    List<int[]> live = new ArrayList<>();
    for (int i = 0; i < LIVE_ARRAYS; i++) {
      live.add(filled(i));
    }
    Link list = null;
    for (int i = 0; i < 100_000; i++) {
      list = new Link(list, i);
    }
    long allocated = (long) LIVE_ARRAYS * ARRAY_INTS * 4;
    long checksum = 0;
    int round = 0;
    while (allocated < totalBytes) {
      round++;
      int slot = (round * 7919) % LIVE_ARRAYS;
      live.set(slot, filled(slot)); // the old array becomes garbage
      allocated += ARRAY_INTS * 4;
      for (int i = 0; i < 64; i++) {
        byte[] shortLived = new byte[64 + (i * 37) % 4_000];
        shortLived[shortLived.length - 1] = (byte) i;
        checksum += shortLived[shortLived.length - 1];
        allocated += shortLived.length;
      }
      String text = "round " + round + " of churn";
      checksum += text.length();
      allocated += 64;
    }
    for (int i = 0; i < LIVE_ARRAYS; i++) {
      int[] array = live.get(i);
      for (int j = 0; j < ARRAY_INTS; j += 500) {
        if (array[j] != i * 31 + j) {
          throw new AssertionError("live array " + i + " lost its contents at " + j);
        }
      }
    }
    long sum = 0;
    int length = 0;
    for (Link link = list; link != null; link = link.next) {
      sum += link.value;
      length++;
    }
    System.out.println("rounds " + round + ", checksum " + checksum);
    System.out.println("linked list of " + length + " sums to " + sum);
    System.out.println("allocated at least " + (totalBytes >> 20) + " MB");
  }

  private static int[] filled(int seed) {
    int[] array = new int[ARRAY_INTS];
    for (int j = 0; j < ARRAY_INTS; j++) {
      array[j] = seed * 31 + j;
    }
    return array;
  }
}
