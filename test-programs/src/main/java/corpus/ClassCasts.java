package corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** checkcast of classes, interfaces and arrays, and the JVM's ClassCastException messages. */
public class ClassCasts {
  static class Animal {}

  static class Dog extends Animal {}

  static class Cat extends Animal {}

  static Object as(Object o) {
    return o;
  }

  public static void main(String[] args) {
    Object[] cases = {new Dog(), new Cat(), "text", 42, new int[0], new String[0], null,
        new ArrayList<String>()};
    for (Object o : cases) {
      StringBuilder line = new StringBuilder();
      line.append(o == null ? "null" : o.getClass().getSimpleName()).append(':');
      try {
        Dog dog = (Dog) as(o);
        line.append(" Dog ok");
      } catch (ClassCastException e) {
        line.append(" Dog failed (").append(e.getMessage()).append(')');
      }
      try {
        Comparable<?> comparable = (Comparable<?>) as(o);
        line.append(", Comparable ok");
      } catch (ClassCastException e) {
        line.append(", Comparable failed (").append(e.getMessage()).append(')');
      }
      try {
        Object[] array = (Object[]) as(o);
        line.append(", Object[] ok");
      } catch (ClassCastException e) {
        line.append(", Object[] failed (").append(e.getMessage()).append(')');
      }
      try {
        Serializable serializable = (Serializable) as(o);
        line.append(", Serializable ok");
      } catch (ClassCastException e) {
        line.append(", Serializable failed");
      }
      System.out.println(line);
    }
    Object strings = new String[] {"a"};
    Object[] asObjects = (Object[]) strings;
    CharSequence[] asSequences = (CharSequence[]) strings;
    System.out.println(asObjects.length + " " + asSequences[0]);
    try {
      Integer[] integers = (Integer[]) strings;
      System.out.println(integers.length);
    } catch (ClassCastException e) {
      System.out.println(e.getMessage());
    }
    try {
      List<?> list = (List<?>) as(new Object());
      System.out.println(list);
    } catch (ClassCastException e) {
      System.out.println(e.getMessage());
    }
    try {
      long[] longs = (long[]) as(new int[1]);
      System.out.println(longs);
    } catch (ClassCastException e) {
      System.out.println(e.getMessage());
    }
    System.out.println("class cast: " + Animal.class.cast(new Dog()).getClass().getSimpleName());
    try {
      Dog.class.cast(new Cat());
    } catch (ClassCastException e) {
      System.out.println(e.getMessage());
    }
  }
}
