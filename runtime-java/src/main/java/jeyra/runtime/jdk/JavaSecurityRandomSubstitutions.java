package jeyra.runtime.jdk;

import java.security.SecureRandom;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.process.Random;

/**
 * {@code java.security.SecureRandom.getSeed}: seed bytes straight from the kernel with
 * getrandom(2), which is where the JDK's default seed generator ends up on Linux too
 * ({@code /dev/random}); the provider framework is not needed for it.
 */
@TargetClass(SecureRandom.class)
final class Target_java_security_SecureRandom {
  @Substitute
  public static byte[] getSeed(int numBytes) {
    if (numBytes < 0) {
      throw new IllegalArgumentException("numBytes cannot be negative");
    }
    byte[] seed = new byte[numBytes];
    Word address = Word.addressOf(seed).add(TargetInfo.arrayBaseOffset());
    int filled = 0;
    while (filled < numBytes) {
      long result = Random.getrandom(address.add(filled), numBytes - filled, 0);
      if (Errno.failed(result)) {
        if (Errno.of(result) == Errno.EINTR) {
          continue;
        }
        throw new InternalError("getrandom failed: errno " + Errno.of(result));
      }
      filled += (int) result;
    }
    return seed;
  }
}
