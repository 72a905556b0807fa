package jeyra.runtime;

import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.runtime.sync.SafeSystemCalls;

/**
 * Last-resort output to stderr through write(2), for failures before (or of) the JDK's
 * {@code System.err}.
 */
public final class RawOutput {
  private RawOutput() {}

  /** Writes a line of text (non-ASCII characters become '?') to file descriptor 2. */
  public static void errorLine(String text) {
    byte[] bytes = new byte[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes[i] = c < 0x80 ? (byte) c : (byte) '?';
    }
    bytes[text.length()] = '\n';
    Word address = Word.addressOf(bytes).add(TargetInfo.arrayBaseOffset());
    long written = 0;
    while (written < bytes.length) {
      long result = SafeSystemCalls.write(2, address.add(written), bytes.length - written);
      if (result <= 0) {
        return; // nowhere left to report to
      }
      written += result;
    }
  }
}
