package jeyra.runtime;

import jeyra.intrinsics.Word;

/** NUL-terminated strings from the system, read before the JDK's charsets are up. */
final class CStrings {
  private CStrings() {}

  /** Whether a C string holds exactly the UTF-8 encoding of {@code text}. */
  static boolean equalsString(Word cString, String text) {
    long at = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      for (int k = 0; k < length; k++) {
        if (cString.readByte(at++) != utf8Byte(codePoint, length, k)) {
          return false;
        }
      }
    }
    return cString.readByte(at) == 0;
  }

  private static byte utf8Byte(int codePoint, int length, int index) {
    if (length == 1) {
      return (byte) codePoint;
    }
    int shift = 6 * (length - 1 - index);
    if (index == 0) {
      int lead = length == 2 ? 0xC0 : length == 3 ? 0xE0 : 0xF0;
      return (byte) (lead | (codePoint >> shift));
    }
    return (byte) (0x80 | ((codePoint >> shift) & 0x3F));
  }

  /** The string's bytes, non-ASCII ones as '?': for messages before charsets work. */
  static String toAscii(Word cString) {
    StringBuilder text = new StringBuilder();
    for (long i = 0; cString.readByte(i) != 0; i++) {
      byte b = cString.readByte(i);
      text.append(b >= 0 ? (char) b : '?');
    }
    return text.toString();
  }
}
