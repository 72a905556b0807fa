package jeyra.runtime.stack;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.runtime.ImageInfo;

/** Finds callers on the stack, for {@code Reflection.getCallerClass}. */
public final class CallerClasses {
  private CallerClasses() {}

  /**
   * From {@code Reflection.getCallerClass()}: its visible frames, innermost first, are the
   * caller of getCallerClass (frame 1) and that method's caller (frame 2), whose class is the
   * answer.
   */
  public static Class<?> callerOfCaller() {
    int previousOffset = TargetInfo.framePreviousOffset();
    int returnOffset = TargetInfo.frameReturnAddressOffset();
    Word frame = Cpu.frameAddress();
    int seen = 0;
    while (frame.isNonZero()) {
      int site = CallSiteTable.siteOf(frame.add(returnOffset).readWord(0));
      if (site >= 0 && ImageInfo.siteMethods[site] >= 0) {
        Class<?> type = Backtraces.methodClass(site);
        if (type != java.lang.reflect.Method.class) {
          if (seen == 2) {
            return type;
          }
          seen++;
        }
      }
      Word caller = frame.add(previousOffset).readWord(0);
      if (caller.belowOrEqual(frame)) {
        break;
      }
      frame = caller;
    }
    return null;
  }
}
