package corpus;

import java.util.HashSet;
import java.util.Set;

/** Records: accessors, canonical and compact constructors, equals, hashCode, toString. */
public class Records {
  record Point(int x, int y) {
    Point {
      if (x < 0) {
        throw new IllegalArgumentException("negative x: " + x);
      }
    }

    Point scale(int factor) {
      return new Point(x * factor, y * factor);
    }

    static Point origin() {
      return new Point(0, 0);
    }
  }

  record Person(String name, int age, double height, boolean admin, long id, char initial,
      Point home) {}

  record Empty() {}

  record Pair<A, B>(A first, B second) {}

  public static void main(String[] args) {
    Point p = new Point(3, 4);
    System.out.println(p + " " + p.x() + " " + p.y() + " " + p.scale(2) + " " + Point.origin());
    System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " "
        + p.equals(null) + " " + (p.hashCode() == new Point(3, 4).hashCode()));
    Person ada = new Person("Ada", 36, 1.65, true, 1L << 40, 'A', p);
    System.out.println(ada);
    System.out.println(ada.equals(new Person("Ada", 36, 1.65, true, 1L << 40, 'A',
        new Point(3, 4))));
    System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " "
        + new Empty().hashCode());
    Pair<String, Integer> pair = new Pair<>("one", 1);
    System.out.println(pair + " " + pair.first().length() + " "
        + new Pair<>(null, null) + " " + new Pair<>(null, 2).equals(new Pair<>(null, 2)));
    Set<Point> points = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      points.add(new Point(i % 3, 0));
    }
    System.out.println(points.size());
    System.out.println(p.hashCode() + " " + new Point(0, 0).hashCode() + " "
        + new Pair<>("a", "b").hashCode());
    try {
      new Point(-1, 0);
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
  }
}
