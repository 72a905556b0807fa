package jeyra.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How a system call's result word becomes a raw result, on 64-bit and 32-bit targets: the
 * kernel's negated errnos ({@code -4095..-1}) stay errors, everything else is a value, read
 * unsigned. The word is given as the two widenings {@code Word.toSignedLong} and
 * {@code Word.toLong} make of it (the intrinsics run only in compiled code).
 */
class ErrnoTest {
  /** A 64-bit word: both widenings are the word itself. */
  private static long decode64(long word) {
    return Errno.decode(word, word);
  }

  /** A 32-bit word, widened with and without its sign as Word does on i686. */
  private static long decode32(int word) {
    return Errno.decode(word, Integer.toUnsignedLong(word));
  }

  @Test
  void negatedErrnosAreFailures() {
    assertEquals(-Errno.ENOENT, decode64(-2));
    assertEquals(-Errno.ENOENT, decode32(-2));
    assertEquals(-4095, decode64(-4095));
    assertEquals(-4095, decode32(-4095));
    assertTrue(Errno.failed(decode32(-Errno.EINTR)));
    assertEquals(Errno.EINTR, Errno.of(decode32(-Errno.EINTR)));
    assertEquals(Errno.ETIMEDOUT, Errno.of(decode64(-Errno.ETIMEDOUT)));
  }

  @Test
  void valuesBelowTheErrnoRangeAreAddresses() {
    // mmap on i686 can return an address with the top bit set: 0xFFFFF000 is -4096 signed,
    // just below the errno range, and must not read as a failure.
    assertEquals(0xFFFF_F000L, decode32(0xFFFF_F000));
    assertFalse(Errno.failed(decode32(0xFFFF_F000)));
    assertEquals(0, Errno.of(decode32(0xFFFF_F000)));
    assertEquals(0x8000_0000L, decode32(0x8000_0000));
    assertEquals(-4096L, decode64(-4096)); // on 64-bit targets the word is the value
    assertFalse(Errno.failed(-4096));
  }

  @Test
  void nonNegativeResultsAreValues() {
    assertEquals(0, decode64(0));
    assertEquals(42, decode32(42));
    assertEquals(0x7FFF_FFFFL, decode32(0x7FFF_FFFF));
    assertFalse(Errno.failed(0));
    assertEquals(0, Errno.of(123));
  }
}
