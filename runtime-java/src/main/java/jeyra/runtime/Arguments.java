package jeyra.runtime;

import java.nio.charset.StandardCharsets;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/** The program's {@code String[] args}, from the C strings of {@code argv}. */
final class Arguments {
  private Arguments() {}

  /**
   * Decodes {@code argv[first..argc-1]} from UTF-8 ({@code sun.jnu.encoding}), malformed bytes
   * replaced as the JVM replaces them.
   */
  static String[] fromArgv(int argc, Word argv, int first) {
    int word = TargetInfo.wordBytes();
    String[] args = new String[Math.max(argc - first, 0)];
    for (int i = first; i < argc; i++) {
      args[i - first] = cString(argv.readWord((long) i * word));
    }
    return args;
  }

  /** A NUL-terminated UTF-8 string. */
  static String cString(Word address) {
    int length = 0;
    while (address.readByte(length) != 0) {
      length++;
    }
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = address.readByte(i);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
