package jeyra.runtime.jdk;

import java.util.List;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;

/**
 * {@code jdk.internal.util.Preconditions}: the same out-of-bounds messages, built by
 * concatenation rather than {@code String.format}, so that every bounds check does not bring
 * the formatter and regular expressions into the program. ({@code %s} of a Number is its
 * {@code toString}, as concatenation gives.)
 */
@TargetClass(className = "jdk.internal.util.Preconditions")
final class Target_jdk_internal_util_Preconditions {
  @Substitute
  private static String outOfBoundsMessage(String checkKind, List<? extends Number> args) {
    if (checkKind == null && args == null) {
      return "Range check failed";
    } else if (checkKind == null) {
      return "Range check failed: " + args;
    } else if (args == null) {
      return "Range check failed: " + checkKind;
    }
    int argSize = 0;
    switch (checkKind) {
      case "checkIndex":
        argSize = 2;
        break;
      case "checkFromToIndex":
      case "checkFromIndexSize":
        argSize = 3;
        break;
      default:
    }
    switch (args.size() != argSize ? "" : checkKind) {
      case "checkIndex":
        return "Index " + args.get(0) + " out of bounds for length " + args.get(1);
      case "checkFromToIndex":
        return "Range [" + args.get(0) + ", " + args.get(1) + ") out of bounds for length "
            + args.get(2);
      case "checkFromIndexSize":
        return "Range [" + args.get(0) + ", " + args.get(0) + " + " + args.get(1)
            + ") out of bounds for length " + args.get(2);
      default:
        return "Range check failed: " + checkKind + " " + args;
    }
  }
}
