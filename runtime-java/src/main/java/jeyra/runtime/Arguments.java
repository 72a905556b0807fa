package jeyra.runtime;

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
      args[i - first] = CStrings.decode(argv.readWord((long) i * word));
    }
    return args;
  }
}
