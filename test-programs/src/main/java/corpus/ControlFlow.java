package corpus;

/** Loops of every kind, labeled break and continue, ternaries, short-circuit evaluation. */
public class ControlFlow {
  static int calls;

  static boolean check(boolean value) {
    calls++;
    return value;
  }

  public static void main(String[] args) {
    StringBuilder primes = new StringBuilder();
    outer:
    for (int n = 2; n < 60; n++) {
      for (int d = 2; d * d <= n; d++) {
        if (n % d == 0) {
          continue outer;
        }
      }
      primes.append(n).append(' ');
    }
    System.out.println(primes.toString().trim());
    int found = -1;
    search:
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < 10; j++) {
        if (i * j == 42) {
          found = i * 10 + j;
          break search;
        }
      }
    }
    System.out.println("found " + found);
    int n = 27;
    int steps = 0;
    do {
      n = n % 2 == 0 ? n / 2 : 3 * n + 1;
      steps++;
    } while (n != 1);
    System.out.println("collatz steps " + steps);
    int k = 0;
    while (true) {
      if (++k > 5) {
        break;
      }
    }
    System.out.println("k " + k);
    boolean r = check(false) && check(true);
    r |= check(true) || check(false);
    r &= check(true) & check(false);
    System.out.println(r + " calls " + calls);
    int x = 7;
    String size = x < 5 ? "small" : x < 10 ? "medium" : "large";
    System.out.println(size);
    long total = 0;
    for (int i = 0, j = 100; i < j; i += 3, j -= 2) {
      total += (long) i * j;
    }
    System.out.println("total " + total);
    int[] data = {3, 1, 4, 1, 5, 9, 2, 6};
    int max = Integer.MIN_VALUE;
    for (int v : data) {
      if (v == 9) {
        continue;
      }
      max = Math.max(max, v);
    }
    System.out.println("max without nine " + max);
    block:
    {
      if (data.length > 3) {
        System.out.println("leaving block");
        break block;
      }
      System.out.println("not printed");
    }
  }
}
