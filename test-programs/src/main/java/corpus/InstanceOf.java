package corpus;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/** instanceof for classes, interfaces, arrays (covariant, of interfaces, of primitives). */
public class InstanceOf {
  interface Flyer {}

  interface Swimmer {}

  interface Duck extends Flyer, Swimmer {}

  static class Mallard implements Duck {}

  static class Penguin implements Swimmer {}

  static String test(Object o) {
    return (o instanceof Flyer ? "F" : "-") + (o instanceof Swimmer ? "S" : "-")
        + (o instanceof Duck ? "D" : "-") + (o instanceof Mallard ? "M" : "-")
        + (o instanceof Object[] ? "A" : "-") + (o instanceof Flyer[] ? "a" : "-")
        + (o instanceof Swimmer[][] ? "2" : "-") + (o instanceof int[] ? "i" : "-")
        + (o instanceof Cloneable ? "C" : "-") + (o instanceof java.io.Serializable ? "s" : "-")
        + (o instanceof Comparable ? "c" : "-") + (o instanceof CharSequence ? "q" : "-")
        + (o instanceof Number ? "n" : "-");
  }

  public static void main(String[] args) {
    Object[] objects = {new Mallard(), new Penguin(), new Mallard[1], new Duck[0],
        new Swimmer[2][2], new Penguin[1][1], new int[3], new Object[0], "x", 3, 4.0, null,
        new StringBuilder(), new Object()};
    for (Object o : objects) {
      System.out.println((o == null ? "null" : o.getClass().getName()) + " " + test(o));
    }
    Object list = new ArrayList<String>();
    System.out.println((list instanceof List) + " " + (list instanceof RandomAccess) + " "
        + (list instanceof AbstractList) + " " + (list instanceof Collection) + " "
        + (list instanceof Iterable));
    Object value = "pattern";
    if (value instanceof String s && s.length() > 3) {
      System.out.println("pattern matched " + s.toUpperCase());
    }
    System.out.println(Flyer.class.isInstance(new Mallard()) + " "
        + Swimmer.class.isAssignableFrom(Penguin.class) + " "
        + Object[].class.isAssignableFrom(String[].class) + " "
        + int[].class.isAssignableFrom(long[].class) + " " + Number.class.isInstance(5));
  }
}
