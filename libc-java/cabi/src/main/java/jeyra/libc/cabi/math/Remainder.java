package jeyra.libc.cabi.math;

import jeyra.annotate.Bare;
import jeyra.annotate.Export;
import jeyra.intrinsics.Bits;

/**
 * {@code fmod} and {@code fmodf} (C11 7.12.10.1), which LLVM calls for the {@code frem} that
 * Java's {@code %} on floating point becomes. The result is exact: the remainder of the
 * significands is computed by shift-and-subtract on integers, so no rounding happens, as
 * IEEE 754 requires. No floating-point {@code %} appears here (that would call back into
 * this very function).
 */
public final class Remainder {
  private Remainder() {}

  /** fmod(3): {@code x - n * y} with {@code n} the quotient truncated toward zero. */
  @Export("fmod")
  @Bare("called by LLVM-generated code with the C convention")
  public static double fmod(double x, double y) {
    long ux = Bits.doubleToRawLongBits(x);
    long uy = Bits.doubleToRawLongBits(y);
    int ex = (int) (ux >>> 52) & 0x7ff;
    int ey = (int) (uy >>> 52) & 0x7ff;
    long sign = ux & 0x8000000000000000L;
    if ((uy << 1) == 0 || y != y || ex == 0x7ff) {
      return (x * y) / (x * y); // NaN: y is 0 or NaN, or x is infinite or NaN
    }
    if (((ux << 1) ^ Long.MIN_VALUE) <= ((uy << 1) ^ Long.MIN_VALUE)) { // unsigned <=
      return (ux << 1) == (uy << 1) ? 0 * x : x; // |x| <= |y|
    }
    // Significands with the implicit bit, subnormals normalised.
    if (ex == 0) {
      for (long i = ux << 12; i >= 0; i <<= 1) {
        ex--;
      }
      ux <<= -ex + 1;
    } else {
      ux = (ux & (-1L >>> 12)) | (1L << 52);
    }
    if (ey == 0) {
      for (long i = uy << 12; i >= 0; i <<= 1) {
        ey--;
      }
      uy <<= -ey + 1;
    } else {
      uy = (uy & (-1L >>> 12)) | (1L << 52);
    }
    for (; ex > ey; ex--) {
      long difference = ux - uy;
      if (difference >= 0) {
        if (difference == 0) {
          return 0 * x;
        }
        ux = difference;
      }
      ux <<= 1;
    }
    long difference = ux - uy;
    if (difference >= 0) {
      if (difference == 0) {
        return 0 * x;
      }
      ux = difference;
    }
    for (; (ux >>> 52) == 0; ux <<= 1) {
      ex--;
    }
    if (ex > 0) {
      ux = (ux - (1L << 52)) | ((long) ex << 52);
    } else {
      ux >>>= -ex + 1;
    }
    return Bits.longBitsToDouble(ux | sign);
  }

  /** fmodf(3): as {@link #fmod}, for floats. */
  @Export("fmodf")
  @Bare("called by LLVM-generated code with the C convention")
  public static float fmodf(float x, float y) {
    int ux = Bits.floatToRawIntBits(x);
    int uy = Bits.floatToRawIntBits(y);
    int ex = (ux >>> 23) & 0xff;
    int ey = (uy >>> 23) & 0xff;
    int sign = ux & 0x80000000;
    if ((uy << 1) == 0 || y != y || ex == 0xff) {
      return (x * y) / (x * y);
    }
    if (((ux << 1) ^ Integer.MIN_VALUE) <= ((uy << 1) ^ Integer.MIN_VALUE)) { // unsigned <=
      return (ux << 1) == (uy << 1) ? 0 * x : x;
    }
    if (ex == 0) {
      for (int i = ux << 9; i >= 0; i <<= 1) {
        ex--;
      }
      ux <<= -ex + 1;
    } else {
      ux = (ux & (-1 >>> 9)) | (1 << 23);
    }
    if (ey == 0) {
      for (int i = uy << 9; i >= 0; i <<= 1) {
        ey--;
      }
      uy <<= -ey + 1;
    } else {
      uy = (uy & (-1 >>> 9)) | (1 << 23);
    }
    for (; ex > ey; ex--) {
      int difference = ux - uy;
      if (difference >= 0) {
        if (difference == 0) {
          return 0 * x;
        }
        ux = difference;
      }
      ux <<= 1;
    }
    int difference = ux - uy;
    if (difference >= 0) {
      if (difference == 0) {
        return 0 * x;
      }
      ux = difference;
    }
    for (; (ux >>> 23) == 0; ux <<= 1) {
      ex--;
    }
    if (ex > 0) {
      ux = (ux - (1 << 23)) | (ex << 23);
    } else {
      ux >>>= -ex + 1;
    }
    return Bits.intBitsToFloat(ux | sign);
  }
}
