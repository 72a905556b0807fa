package corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The heap's limits. Without arguments it prints what every JVM agrees on; with an argument
 * (from {@code HeapSizeTest}) also the maximum, and with "fill" (under a small maximum heap)
 * it then allocates until {@code OutOfMemoryError}, catches it and goes on.
 */
public class HeapLimits {
  /** Large enough to be mapped on its own, so small objects still fit after the error. */
  private static final int BLOCK_BYTES = 256 << 10;

  public static void main(String[] args) {
    Runtime runtime = Runtime.getRuntime();
    long max = runtime.maxMemory();
    long total = runtime.totalMemory();
    long free = runtime.freeMemory();
    System.out.println("max > 0: " + (max > 0));
    System.out.println("total <= max: " + (total <= max));
    System.out.println("free <= total: " + (free <= total));
    if (args.length == 0) {
      return;
    }
    System.out.println("max " + max);
    if (!args[0].equals("fill")) {
      return;
    }
    List<byte[]> blocks = new ArrayList<>(1 << 16);
    String message;
    try {
      while (true) {
        blocks.add(new byte[BLOCK_BYTES]);
      }
    } catch (OutOfMemoryError e) {
      message = e.getMessage();
    }
    System.out.println("OutOfMemoryError after " + blocks.size() * (BLOCK_BYTES >> 10) + " KiB: "
        + message);
    System.out.println("arguments " + args.length);
  }
}
