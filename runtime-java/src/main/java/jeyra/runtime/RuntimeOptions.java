package jeyra.runtime;

import java.nio.charset.StandardCharsets;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.runtime.heap.Allocator;
import jeyra.runtime.heap.HeapLimit;

/**
 * Options for the runtime itself, from the environment variable {@code JEYRA_OPTS}, so that
 * the program's own arguments never carry them (as {@code JAVA_TOOL_OPTIONS} and
 * {@code GOGC} do for theirs). Today: {@code -Xmx<size>}, the maximum heap, in {@code -Xmx}'s
 * syntax, which overrides the build's {@code --max-heap}; and {@code -Xlog:gc}, a line on
 * stderr per collection, as HotSpot's.
 */
public final class RuntimeOptions {
  private RuntimeOptions() {}

  /** The environment variable. */
  public static final String VARIABLE = "JEYRA_OPTS";

  // The bounds and the syntax are the compiler's for --max-heap (CompileOptions), which the
  // runtime cannot share: it is compiled for the target, the compiler runs on the JVM. Here
  // both are the heap's (HeapLimit), which reads -Xmx before any String exists.

  /**
   * Checks and applies {@code JEYRA_OPTS}, once, before the program runs. (The heap read its
   * {@code -Xmx} when it was made, before anything could print; this is where a bad option
   * is reported.)
   *
   * @return null, or the message for an option the runtime rejects (the program must not run)
   */
  public static String apply() {
    String options = Environment.get(VARIABLE);
    if (options == null) {
      return null;
    }
    int start = 0;
    while (true) {
      while (start < options.length() && isSpace(options.charAt(start))) {
        start++;
      }
      if (start == options.length()) {
        return null;
      }
      int end = start;
      while (end < options.length() && !isSpace(options.charAt(end))) {
        end++;
      }
      String problem = applyOne(options.substring(start, end));
      if (problem != null) {
        return "jeyra: " + VARIABLE + ": " + problem;
      }
      start = end;
    }
  }

  private static String applyOne(String option) {
    if (option.equals("-Xlog:gc")) {
      Allocator.logCollections();
      return null;
    }
    if (!option.startsWith("-Xmx")) {
      return "unrecognised option " + option + " (the runtime takes -Xmx<size> and -Xlog:gc)";
    }
    long bytes = size(option.substring(4));
    if (bytes < 0) {
      return "invalid maximum heap size " + option
          + ": give bytes, or a number with k, m, g or t";
    }
    if (bytes < HeapLimit.MIN_BYTES) {
      return "maximum heap size " + option + " is too small: give at least 2m";
    }
    if (TargetInfo.wordBytes() == 4 && bytes > HeapLimit.MAX_32_BIT_BYTES) {
      return "maximum heap size " + option + " does not fit a 32-bit process: give at most 3g";
    }
    Allocator.setMaxHeapBytes(bytes);
    return null;
  }

  /**
   * A size in {@code -Xmx}'s syntax: bytes, or a number with {@code k}, {@code m}, {@code g}
   * or {@code t} (either case); -1 if the text is not one, or too large.
   */
  static long size(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1); // other chars become '?'
    return HeapLimit.parseSize(Word.addressOf(bytes).add(TargetInfo.arrayBaseOffset()),
        bytes.length);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }
}
