package jeyra.runtime.math;

import static jeyra.runtime.math.DoubleWords.high;
import static jeyra.runtime.math.DoubleWords.low;
import static jeyra.runtime.math.DoubleWords.of;

/**
 * x modulo pi/2 (fdlibm's __ieee754_rem_pio2 and __kernel_rem_pio2): the quadrant, and the
 * remainder as a head and a tail, accurate for every double however large.
 */
final class ArgumentReduction {
  private ArgumentReduction() {}

  /** 2/pi in 24-bit chunks: 396 hexadecimal digits after the binary point. */
  private static final int[] TWO_OVER_PI = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
    0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
    0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
    0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
    0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
    0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
    0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
    0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
    0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
    0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
    0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
  };

  /** High words of n * pi/2 for n = 1..32: where cancellation may lose bits. */
  private static final int[] N_PI_OVER_2_HIGH = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
    0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
    0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
    0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
    0x404858EB, 0x404921FB,
  };

  private static final double TWO_24 = 1.67772160000000000000e+07;
  private static final double TWO_MINUS_24 = 5.96046447753906250000e-08;
  private static final double INVERSE_PI_OVER_2 = 6.36619772367581382433e-01;
  // pi/2 in pieces of 33 bits, each with the tail that remains after it.
  private static final double PIO2_1 = 1.57079632673412561417e+00;
  private static final double PIO2_1_TAIL = 6.07710050650619224932e-11;
  private static final double PIO2_2 = 6.07710050630396597660e-11;
  private static final double PIO2_2_TAIL = 2.02226624879595063154e-21;
  private static final double PIO2_3 = 2.02226624871116645580e-21;
  private static final double PIO2_3_TAIL = 8.47842766036889956997e-32;

  /**
   * Reduces x: y[0] + y[1] = x - n*pi/2 with |y| <= pi/4 (about).
   *
   * @return n (its low bits give the quadrant)
   */
  static int remainderPiOver2(double x, double[] y) {
    int hx = high(x);
    int ix = hx & 0x7fffffff;
    if (ix <= 0x3fe921fb) { // |x| <= pi/4: nothing to do
      y[0] = x;
      y[1] = 0;
      return 0;
    }
    if (ix < 0x4002d97c) { // |x| < 3pi/4: n is +-1
      double sign = hx > 0 ? 1.0 : -1.0;
      double z = x - sign * PIO2_1;
      if (ix != 0x3ff921fb) { // 33 + 53 bits of pi/2 suffice
        y[0] = z - sign * PIO2_1_TAIL;
        y[1] = (z - y[0]) - sign * PIO2_1_TAIL;
      } else { // near pi/2: 33 + 33 + 53 bits
        z -= sign * PIO2_2;
        y[0] = z - sign * PIO2_2_TAIL;
        y[1] = (z - y[0]) - sign * PIO2_2_TAIL;
      }
      return hx > 0 ? 1 : -1;
    }
    if (ix <= 0x413921fb) { // |x| <= 2^19 * pi/2: medium size
      return reduceMedium(x, hx, ix, y);
    }
    if (ix >= 0x7ff00000) { // infinity or NaN
      y[0] = y[1] = x - x;
      return 0;
    }
    // Large: split |x| into three 24-bit pieces of a number scaled to [2^23, 2^24).
    int e0 = (ix >> 20) - 1046; // ilogb(x) - 23
    double z = of(ix - (e0 << 20), low(x));
    double[] tx = new double[3];
    for (int i = 0; i < 2; i++) {
      tx[i] = (int) z;
      z = (z - tx[i]) * TWO_24;
    }
    tx[2] = z;
    int nx = 3;
    while (tx[nx - 1] == 0.0) {
      nx--; // skip zero pieces
    }
    int n = reduceLarge(tx, y, e0, nx);
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }

  private static int reduceMedium(double x, int hx, int ix, double[] y) {
    double t = Math.abs(x);
    int n = (int) (t * INVERSE_PI_OVER_2 + 0.5);
    double fn = n;
    double r = t - fn * PIO2_1;
    double w = fn * PIO2_1_TAIL; // the first round is good to 85 bits
    if (n < 32 && ix != N_PI_OVER_2_HIGH[n - 1]) {
      y[0] = r - w; // no cancellation possible
    } else {
      int j = ix >> 20;
      y[0] = r - w;
      int i = j - ((high(y[0]) >> 20) & 0x7ff);
      if (i > 16) { // a second round, good to 118 bits
        t = r;
        w = fn * PIO2_2;
        r = t - w;
        w = fn * PIO2_2_TAIL - ((t - r) - w);
        y[0] = r - w;
        i = j - ((high(y[0]) >> 20) & 0x7ff);
        if (i > 49) { // a third round, 151 bits: enough for every case
          t = r;
          w = fn * PIO2_3;
          r = t - w;
          w = fn * PIO2_3_TAIL - ((t - r) - w);
          y[0] = r - w;
        }
      }
    }
    y[1] = (r - y[0]) - w;
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }

  /** pi/2 in 24-bit pieces. */
  private static final double[] PI_OVER_2 = {
    1.57079625129699707031e+00,
    7.54978941586159635335e-08,
    5.39030252995776476554e-15,
    3.28200341580791294123e-22,
    1.27065575308067607349e-29,
    1.22933308981111328932e-36,
    2.73370053816464559624e-44,
    2.16741683877804819444e-51,
  };

  /**
   * fdlibm's __kernel_rem_pio2 as __ieee754_rem_pio2 calls it (prec = 2, the precision of
   * the extended format, whose result is the same two doubles): multiplies the pieces of x
   * by just the part of 2/pi that matters (the product modulo 8 and the fraction), and
   * returns the last three bits of n with y[0] + y[1] = x - n*pi/2.
   *
   * @param x the pieces of |x|, 24 bits each; x[0] * 2^e0 matches |x| to 24 bits
   * @param e0 the exponent of x[0]
   * @param nx how many pieces
   */
  private static int reduceLarge(double[] x, double[] y, int e0, int nx) {
    final int jk = 4; // initial terms of 2/pi for prec = 2
    final int jp = jk;
    int[] iq = new int[20];
    double[] f = new double[20];
    double[] fq = new double[20];
    double[] q = new double[20];

    int jx = nx - 1;
    int jv = Math.max((e0 - 3) / 24, 0);
    int q0 = e0 - 24 * (jv + 1);

    // f[0 .. jx+jk] = the pieces of 2/pi that the product needs
    int j = jv - jx;
    int m = jx + jk;
    for (int i = 0; i <= m; i++, j++) {
      f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
    }
    for (int i = 0; i <= jk; i++) {
      double fw = 0.0;
      for (j = 0; j <= jx; j++) {
        fw += x[j] * f[jx + i - j];
      }
      q[i] = fw;
    }

    int jz = jk;
    int n;
    int ih;
    double z;
    while (true) {
      // distill q[] into iq[], in reverse
      int i = 0;
      z = q[jz];
      for (j = jz; j > 0; i++, j--) {
        double fw = (int) (TWO_MINUS_24 * z);
        iq[i] = (int) (z - TWO_24 * fw);
        z = q[j - 1] + fw;
      }
      // n: the integer part of the product, modulo 8
      z = Math.scalb(z, q0);
      z -= 8.0 * Math.floor(z * 0.125);
      n = (int) z;
      z -= n;
      ih = 0;
      if (q0 > 0) { // iq[jz-1] holds bits of n
        i = iq[jz - 1] >> (24 - q0);
        n += i;
        iq[jz - 1] -= i << (24 - q0);
        ih = iq[jz - 1] >> (23 - q0);
      } else if (q0 == 0) {
        ih = iq[jz - 1] >> 23;
      } else if (z >= 0.5) {
        ih = 2;
      }

      if (ih > 0) { // the fraction is at least 1/2: take 1 - fraction, n + 1
        n += 1;
        int carry = 0;
        for (i = 0; i < jz; i++) {
          j = iq[i];
          if (carry == 0) {
            if (j != 0) {
              carry = 1;
              iq[i] = 0x1000000 - j;
            }
          } else {
            iq[i] = 0xffffff - j;
          }
        }
        if (q0 == 1) { // rare: 1 in 12
          iq[jz - 1] &= 0x7fffff;
        } else if (q0 == 2) {
          iq[jz - 1] &= 0x3fffff;
        }
        if (ih == 2) {
          z = 1.0 - z;
          if (carry != 0) {
            z -= Math.scalb(1.0, q0);
          }
        }
      }

      if (z != 0.0) {
        break;
      }
      int bits = 0;
      for (i = jz - 1; i >= jk; i--) {
        bits |= iq[i];
      }
      if (bits != 0) {
        break;
      }
      // The fraction vanished within the terms used: take more of 2/pi and start again.
      int k = 1;
      while (iq[jk - k] == 0) {
        k++;
      }
      for (i = jz + 1; i <= jz + k; i++) {
        f[jx + i] = TWO_OVER_PI[jv + i];
        double fw = 0.0;
        for (j = 0; j <= jx; j++) {
          fw += x[j] * f[jx + i - j];
        }
        q[i] = fw;
      }
      jz += k;
    }

    // chop off zero terms
    if (z == 0.0) {
      jz -= 1;
      q0 -= 24;
      while (iq[jz] == 0) {
        jz--;
        q0 -= 24;
      }
    } else { // split z into 24-bit pieces if need be
      z = Math.scalb(z, -q0);
      if (z >= TWO_24) {
        double fw = (int) (TWO_MINUS_24 * z);
        iq[jz] = (int) (z - TWO_24 * fw);
        jz += 1;
        q0 += 24;
        iq[jz] = (int) fw;
      } else {
        iq[jz] = (int) z;
      }
    }

    // the integer pieces as doubles
    double fw = Math.scalb(1.0, q0);
    for (int i = jz; i >= 0; i--) {
      q[i] = fw * (double) iq[i];
      fw *= TWO_MINUS_24;
    }
    // times pi/2
    for (int i = jz; i >= 0; i--) {
      fw = 0.0;
      for (int k = 0; k <= jp && k <= jz - i; k++) {
        fw += PI_OVER_2[k] * q[i + k];
      }
      fq[jz - i] = fw;
    }
    // compress fq[] into y[0] + y[1]
    fw = 0.0;
    for (int i = jz; i >= 0; i--) {
      fw += fq[i];
    }
    y[0] = ih == 0 ? fw : -fw;
    fw = fq[0] - fw;
    for (int i = 1; i <= jz; i++) {
      fw += fq[i];
    }
    y[1] = ih == 0 ? fw : -fw;
    return n & 7;
  }
}
