package jeyra.runtime.stack;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.runtime.ImageInfo;
import jeyra.runtime.hub.TypeChecks;

/**
 * Captures the stack of a throwable by walking frame pointers (every compiled function keeps
 * one) and mapping each return address to its call site. The result, an {@code int[]} of
 * site ids, is the throwable's {@code backtrace}; stack trace elements are made from it only
 * when asked for.
 */
public final class Backtraces {
  private Backtraces() {}

  /** HotSpot's default MaxJavaStackTraceDepth. */
  private static final int MAX_DEPTH = 1024;

  /**
   * The visible call sites of the calling thread's stack, innermost first, without the
   * frames that created {@code throwable} (its {@code fillInStackTrace} and constructors),
   * as {@code java_lang_Throwable::fill_in_stack_trace} skips them.
   */
  public static int[] capture(Throwable throwable) {
    int[] sites = new int[32];
    int count = 0;
    int previousOffset = TargetInfo.framePreviousOffset();
    int returnOffset = TargetInfo.frameReturnAddressOffset();
    Word frame = Cpu.frameAddress();
    while (frame.isNonZero()) {
      int site = CallSiteTable.siteOf(frame.add(returnOffset).readWord(0));
      if (site >= 0 && ImageInfo.siteMethods[site] >= 0) {
        if (count == sites.length) {
          sites = java.util.Arrays.copyOf(sites, count * 2);
        }
        sites[count++] = site;
      }
      Word caller = frame.add(previousOffset).readWord(0);
      if (caller.belowOrEqual(frame)) {
        break; // the outermost frame, or a corrupt chain: stacks grow down
      }
      frame = caller;
    }
    int first = 0;
    while (first < count && isMethod(sites[first], "fillInStackTrace")
        && TypeChecks.isAssignable(methodClass(sites[first]), Throwable.class)) {
      first++;
    }
    while (first < count && isMethod(sites[first], "<init>")
        && TypeChecks.isAssignable(throwable.getClass(), methodClass(sites[first]))) {
      first++;
    }
    int depth = Math.min(count - first, MAX_DEPTH);
    int[] result = new int[depth];
    System.arraycopy(sites, first, result, 0, depth);
    return result;
  }

  private static boolean isMethod(int site, String name) {
    return ImageInfo.methodNames[ImageInfo.siteMethods[site]].equals(name);
  }

  /** The class of the method that holds a call site. */
  public static Class<?> methodClass(int site) {
    return ImageInfo.methodClasses[ImageInfo.siteMethods[site]];
  }

  /** The name of the method that holds a call site. */
  public static String methodName(int site) {
    return ImageInfo.methodNames[ImageInfo.siteMethods[site]];
  }

  /** The source file of the method that holds a call site, or null. */
  public static String fileName(int site) {
    return ImageInfo.methodFiles[ImageInfo.siteMethods[site]];
  }

  /** The source line of a call site: -1 unknown, -2 a native method. */
  public static int line(int site) {
    return ImageInfo.siteLines[site];
  }
}
