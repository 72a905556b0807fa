package jeyra.runtime;

import java.nio.charset.StandardCharsets;
import jeyra.intrinsics.Word;

/**
 * NUL-terminated strings from the system (arguments, environment, uname): decoded as the
 * JVM decodes them, or compared and printed before the JDK's charsets are up.
 */
final class CStrings {
  private CStrings() {}

  /** Bytes before the terminating NUL. */
  static int length(Word cString) {
    int length = 0;
    while (cString.readByte(length) != 0) {
      length++;
    }
    return length;
  }

  /** The bytes at {@code [from, to)} of a C string. */
  static byte[] bytes(Word cString, int from, int to) {
    byte[] bytes = new byte[to - from];
    for (int i = from; i < to; i++) {
      bytes[i - from] = cString.readByte(i);
    }
    return bytes;
  }

  /** A C string decoded from UTF-8 ({@code sun.jnu.encoding}), malformed bytes replaced. */
  static String decode(Word cString) {
    return new String(bytes(cString, 0, length(cString)), StandardCharsets.UTF_8);
  }

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
