package corpus;

/** Recursive methods: Fibonacci, Ackermann, mutual recursion, a recursive descent. */
public class Recursion {
  static long fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  }

  static int ackermann(int m, int n) {
    if (m == 0) {
      return n + 1;
    }
    if (n == 0) {
      return ackermann(m - 1, 1);
    }
    return ackermann(m - 1, ackermann(m, n - 1));
  }

  static boolean isEven(int n) {
    return n == 0 || isOdd(n - 1);
  }

  static boolean isOdd(int n) {
    return n != 0 && isEven(n - 1);
  }

  static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }

  static void hanoi(int n, char from, char to, char via, StringBuilder moves) {
    if (n == 0) {
      return;
    }
    hanoi(n - 1, from, via, to, moves);
    moves.append(from).append(to).append(' ');
    hanoi(n - 1, via, to, from, moves);
  }

  static void permutations(String prefix, String rest, java.util.List<String> out) {
    if (rest.isEmpty()) {
      out.add(prefix);
      return;
    }
    for (int i = 0; i < rest.length(); i++) {
      permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }
  }

  public static void main(String[] args) {
    System.out.println("fib(30) = " + fib(30));
    System.out.println("ackermann(2, 3) = " + ackermann(2, 3) + ", (3, 5) = " + ackermann(3, 5));
    System.out.println("isEven(1001) = " + isEven(1001) + ", isOdd(777) = " + isOdd(777));
    System.out.println("depth " + depth(5000));
    StringBuilder moves = new StringBuilder();
    hanoi(4, 'A', 'C', 'B', moves);
    System.out.println(moves.toString().trim());
    java.util.List<String> perms = new java.util.ArrayList<>();
    permutations("", "abcd", perms);
    System.out.println(perms.size() + " " + perms.subList(0, 6));
  }
}
