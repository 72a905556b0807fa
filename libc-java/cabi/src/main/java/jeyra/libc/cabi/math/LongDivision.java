package jeyra.libc.cabi.math;

import jeyra.annotate.Bare;
import jeyra.annotate.Export;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.Word;

/**
 * The 64-bit integer division helpers of the C runtime ({@code __divdi3}, {@code __moddi3},
 * {@code __udivdi3}, {@code __umoddi3}, as compiler-rt and libgcc name them), which LLVM
 * calls on 32-bit targets (i686) where the hardware divides only 32-bit numbers.
 *
 * <p>No 64-bit {@code /} or {@code %} appears here: on i686 that would call back into these
 * very functions. Operands below 2^32 use the word division (32 bits on i686), others
 * shift and subtract on 64-bit values, which LLVM expands inline into 32-bit instructions.
 * The Java callers have already thrown ArithmeticException for a zero divisor and handled
 * {@code Long.MIN_VALUE / -1}; a zero divisor here traps, as the hardware's divide does.
 */
public final class LongDivision {
  private LongDivision() {}

  /** Signed quotient, truncated toward zero. */
  @Export("__divdi3")
  @Bare("called by LLVM-generated code with the C convention")
  public static long divide(long dividend, long divisor) {
    long quotient = divideUnsigned(magnitude(dividend), magnitude(divisor), false);
    return (dividend ^ divisor) < 0 ? -quotient : quotient;
  }

  /** Signed remainder, with the sign of the dividend. */
  @Export("__moddi3")
  @Bare("called by LLVM-generated code with the C convention")
  public static long remainder(long dividend, long divisor) {
    long remainder = divideUnsigned(magnitude(dividend), magnitude(divisor), true);
    return dividend < 0 ? -remainder : remainder;
  }

  /** Unsigned quotient. */
  @Export("__udivdi3")
  @Bare("called by LLVM-generated code with the C convention")
  public static long unsignedQuotient(long dividend, long divisor) {
    return divideUnsigned(dividend, divisor, false);
  }

  /** Unsigned remainder. */
  @Export("__umoddi3")
  @Bare("called by LLVM-generated code with the C convention")
  public static long unsignedRemainder(long dividend, long divisor) {
    return divideUnsigned(dividend, divisor, true);
  }

  /** The unsigned quotient or remainder of two 64-bit numbers. */
  @Bare("called from C-convention code")
  private static long divideUnsigned(long dividend, long divisor, boolean wantRemainder) {
    if (divisor == 0) {
      Cpu.trap();
    }
    if (((dividend | divisor) >>> 32) == 0) {
      Word n = Word.fromLong(dividend);
      return wantRemainder ? n.unsignedRemainder(divisor).toLong()
          : n.unsignedDivide(divisor).toLong();
    }
    if ((dividend ^ Long.MIN_VALUE) < (divisor ^ Long.MIN_VALUE)) { // unsigned <
      return wantRemainder ? dividend : 0;
    }
    // dividend >= divisor > 0: align the divisor's top bit with the dividend's.
    int shift = leadingZeros(divisor) - leadingZeros(dividend);
    long quotient = 0;
    long remainder = dividend;
    long shifted = divisor << shift;
    for (int i = 0; i <= shift; i++) {
      quotient <<= 1;
      if ((remainder ^ Long.MIN_VALUE) >= (shifted ^ Long.MIN_VALUE)) { // unsigned >=
        remainder -= shifted;
        quotient |= 1;
      }
      shifted >>>= 1;
    }
    return wantRemainder ? remainder : quotient;
  }

  /** Leading zero bits of a non-zero value. */
  @Bare("called from C-convention code")
  private static int leadingZeros(long value) {
    int count = 0;
    for (long bits = value; bits >= 0; bits <<= 1) {
      count++;
    }
    return count;
  }

  /** |value| as an unsigned number; Long.MIN_VALUE stays 2^63. */
  @Bare("called from C-convention code")
  private static long magnitude(long value) {
    return value < 0 ? -value : value;
  }
}
