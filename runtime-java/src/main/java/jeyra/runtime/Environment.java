package jeyra.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.fs.Paths;
import jeyra.libc.process.Identity;
import jeyra.origin.program.ProgramInfo;

/** Facts about the process's environment, for system properties. */
public final class Environment {
  private Environment() {}

  /** The value of an environment variable, decoded from UTF-8, or null if unset. */
  public static String get(String name) {
    int word = TargetInfo.wordBytes();
    byte[] prefix = (name + "=").getBytes(StandardCharsets.UTF_8);
    Word envp = ProgramInfo.envp();
    for (long i = 0; ; i++) {
      Word entry = envp.readWord(i * word);
      if (entry.isZero()) {
        return null;
      }
      if (startsWith(entry, prefix)) {
        return CStrings.decode(entry.add(prefix.length));
      }
    }
  }

  /**
   * Every {@code name=value} entry of the environment, as the JDK's native {@code environ()}
   * gives it: name and value bytes alternating, entries without '=' after the first byte
   * left out.
   */
  public static byte[][] environ() {
    int word = TargetInfo.wordBytes();
    Word envp = ProgramInfo.envp();
    int count = 0;
    while (envp.readWord((long) count * word).isNonZero()) {
      count++;
    }
    byte[][] result = new byte[count * 2][];
    int filled = 0;
    for (int i = 0; i < count; i++) {
      Word entry = envp.readWord((long) i * word);
      int length = CStrings.length(entry);
      int equals = 1;
      while (equals < length && entry.readByte(equals) != '=') {
        equals++;
      }
      if (equals >= length) {
        continue;
      }
      result[filled++] = CStrings.bytes(entry, 0, equals);
      result[filled++] = CStrings.bytes(entry, equals + 1, length);
    }
    return filled == result.length ? result : Arrays.copyOf(result, filled);
  }

  private static boolean startsWith(Word text, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (text.readByte(i) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The working directory, or null if it cannot be found. */
  public static String workingDirectory() {
    byte[] buffer = new byte[4096];
    Word address = Word.addressOf(buffer).add(TargetInfo.arrayBaseOffset());
    long result = Paths.getcwd(address, buffer.length);
    return Errno.failed(result) ? null : CStrings.decode(address);
  }

  /** The absolute path of the running executable ({@code /proc/self/exe}), or null. */
  public static String executablePath() {
    byte[] path = "/proc/self/exe\0".getBytes(StandardCharsets.UTF_8);
    byte[] buffer = new byte[4096];
    long length = Paths.readlink(Word.addressOf(path).add(TargetInfo.arrayBaseOffset()),
        Word.addressOf(buffer).add(TargetInfo.arrayBaseOffset()), buffer.length);
    if (Errno.failed(length)) {
      return null;
    }
    return new String(buffer, 0, (int) length, StandardCharsets.UTF_8);
  }

  /** The kernel release ({@code uname -r}), or "unknown". */
  public static String kernelRelease() {
    byte[] buffer = new byte[Identity.UTSNAME_BYTES];
    Word address = Word.addressOf(buffer).add(TargetInfo.arrayBaseOffset());
    if (Errno.failed(Identity.uname(address))) {
      return "unknown";
    }
    return CStrings.decode(address.add(Identity.UTSNAME_RELEASE));
  }
}
