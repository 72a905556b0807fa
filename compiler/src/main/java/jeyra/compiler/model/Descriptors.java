package jeyra.compiler.model;

/**
 * Checks descriptors (JVMS 4.3) that come from class files before ASM's {@code Type} reads
 * them: {@code Type} trusts its input and, given a malformed descriptor, throws an index
 * error or reads past it.
 */
public final class Descriptors {
  private Descriptors() {}

  /** Whether {@code descriptor} is a field descriptor ({@code I}, {@code [Ljava/lang/String;}). */
  public static boolean isField(String descriptor) {
    return descriptor != null && fieldEnd(descriptor, 0) == descriptor.length();
  }

  /** Whether {@code descriptor} is a method descriptor ({@code (IJ)V}). */
  public static boolean isMethod(String descriptor) {
    if (descriptor == null || !descriptor.startsWith("(")) {
      return false;
    }
    int at = 1;
    while (at < descriptor.length() && descriptor.charAt(at) != ')') {
      at = fieldEnd(descriptor, at);
      if (at < 0) {
        return false;
      }
    }
    if (at >= descriptor.length()) {
      return false;
    }
    at++;
    return at + 1 == descriptor.length() && descriptor.charAt(at) == 'V'
        || fieldEnd(descriptor, at) == descriptor.length();
  }

  /** Where the field type starting at {@code at} ends, or -1 if none starts there. */
  private static int fieldEnd(String descriptor, int at) {
    int dimensions = 0;
    while (at < descriptor.length() && descriptor.charAt(at) == '[') {
      at++;
      if (++dimensions > 255) {
        return -1;
      }
    }
    if (at >= descriptor.length()) {
      return -1;
    }
    switch (descriptor.charAt(at)) {
      case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z':
        return at + 1;
      case 'L': {
        int end = descriptor.indexOf(';', at);
        if (end < 0 || end == at + 1) {
          return -1;
        }
        for (int i = at + 1; i < end; i++) {
          char c = descriptor.charAt(i);
          if (c == '.' || c == '[' || (c == '/' && (i == at + 1 || i == end - 1
              || descriptor.charAt(i - 1) == '/'))) {
            return -1;
          }
        }
        return end + 1;
      }
      default:
        return -1;
    }
  }
}
