package example.first;

import java.util.TreeMap;

/** Counts the letters of its arguments; the status is how many differ. */
public final class Main {
  public static void main(String[] args) {
    TreeMap<Character, Integer> counts = new TreeMap<>();
    for (String arg : args) {
      for (char c : arg.toCharArray()) {
        counts.merge(c, 1, Integer::sum);
      }
    }
    System.out.println("first: " + counts);
    System.exit(counts.size());
  }
}
