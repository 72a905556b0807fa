package corpus;

/** tableswitch, lookupswitch, switches over strings and enums, fall-through. */
public class Switches {
  enum Color { RED, GREEN, BLUE, YELLOW }

  static String dense(int n) {
    switch (n) {
      case 0: return "zero";
      case 1: return "one";
      case 2: return "two";
      case 3:
      case 4: return "three or four";
      case 5: return "five";
      default: return "other";
    }
  }

  static String sparse(int n) {
    switch (n) {
      case -1000000: return "minus a million";
      case -1: return "minus one";
      case 17: return "seventeen";
      case 1 << 20: return "2^20";
      case Integer.MAX_VALUE: return "max";
      case Integer.MIN_VALUE: return "min";
      default: return "none";
    }
  }

  static int fallThrough(int n) {
    int total = 0;
    switch (n) {
      case 1: total += 1;
      case 2: total += 10;
      case 3: total += 100; break;
      case 4: total += 1000;
      default: total += 10000;
    }
    return total;
  }

  static String word(String text) {
    switch (text) {
      case "Aa": return "Aa";
      case "BB": return "BB (same hash as Aa)";
      case "hello": return "greeting";
      case "": return "empty";
      default: return "unknown " + text;
    }
  }

  static String color(Color color) {
    switch (color) {
      case RED: return "warm";
      case BLUE: return "cold";
      default: return "neither";
    }
  }

  static String arrow(Object o) {
    return switch (o.hashCode() % 3) {
      case 0 -> "zero";
      case 1, -1 -> "one";
      default -> {
        String s = "two";
        yield s.toUpperCase();
      }
    };
  }

  public static void main(String[] args) {
    for (int i = -1; i <= 7; i++) {
      System.out.println(i + " " + dense(i) + " " + fallThrough(i));
    }
    int[] probes = {-1000000, -1, 0, 17, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, 18};
    for (int p : probes) {
      System.out.println(p + " " + sparse(p));
    }
    for (String s : new String[] {"Aa", "BB", "hello", "", "C#"}) {
      System.out.println(word(s));
    }
    for (Color c : Color.values()) {
      System.out.println(c + " " + color(c));
    }
    for (int i = 0; i < 4; i++) {
      System.out.println(arrow(i));
    }
    char grade = 'B';
    switch (grade) {
      case 'A' -> System.out.println("excellent");
      case 'B', 'C' -> System.out.println("good");
      default -> System.out.println("?");
    }
  }
}
