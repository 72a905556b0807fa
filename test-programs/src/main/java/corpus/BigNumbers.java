package corpus;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** java.math: arbitrary precision integers and decimals. */
public class BigNumbers {
  public static void main(String[] args) {
    BigInteger factorial = BigInteger.ONE;
    for (int i = 2; i <= 50; i++) {
      factorial = factorial.multiply(BigInteger.valueOf(i));
    }
    System.out.println("50! = " + factorial);
    System.out.println("bits " + factorial.bitLength() + " mod 1e9+7 = "
        + factorial.mod(BigInteger.valueOf(1_000_000_007)));
    BigInteger two = BigInteger.TWO;
    System.out.println("2^200 = " + two.pow(200) + " hex " + two.pow(70).toString(16));
    BigInteger p = new BigInteger("170141183460469231731687303715884105727");
    System.out.println("prime? " + p.isProbablePrime(20) + " gcd " + p.gcd(factorial) + " "
        + p.modPow(BigInteger.valueOf(3), BigInteger.valueOf(1000)));
    BigInteger[] qr = factorial.divideAndRemainder(p);
    System.out.println(qr[0] + " r " + qr[1] + " " + factorial.negate().signum() + " "
        + factorial.sqrt());
    BigDecimal price = new BigDecimal("19.99");
    BigDecimal total = price.multiply(BigDecimal.valueOf(3)).add(new BigDecimal("0.015"));
    System.out.println(total + " " + total.setScale(2, RoundingMode.HALF_UP) + " "
        + total.setScale(2, RoundingMode.HALF_EVEN) + " " + total.precision() + " "
        + total.scale());
    System.out.println(BigDecimal.ONE.divide(BigDecimal.valueOf(7), 30, RoundingMode.HALF_UP)
        + " " + new BigDecimal("1.10").equals(new BigDecimal("1.1")) + " "
        + new BigDecimal("1.10").compareTo(new BigDecimal("1.1")) + " "
        + new BigDecimal("1.10").stripTrailingZeros() + " " + new BigDecimal("1E+3").toPlainString());
    try {
      BigDecimal.ONE.divide(BigDecimal.valueOf(3));
    } catch (ArithmeticException e) {
      System.out.println(e.getMessage());
    }
    System.out.println(new BigDecimal(0.1) + " " + BigDecimal.valueOf(0.1) + " "
        + BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE));
  }
}
