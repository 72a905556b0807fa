package corpus;

import java.util.ArrayList;
import java.util.List;

/** Generic classes and methods, bridge methods, covariant returns, bounded types. */
public class Generics {
  static class Box<T extends Comparable<T>> implements Comparable<Box<T>> {
    final T value;

    Box(T value) {
      this.value = value;
    }

    @Override
    public int compareTo(Box<T> other) {
      return value.compareTo(other.value);
    }

    @Override
    public String toString() {
      return "Box(" + value + ")";
    }
  }

  interface Source<T> {
    T next();
  }

  static class Counter implements Source<Integer> {
    int n;

    @Override
    public Integer next() {
      return n++;
    }
  }

  static class Animal {
    Animal self() {
      return this;
    }

    String sound() {
      return "...";
    }
  }

  static class Cow extends Animal {
    @Override
    Cow self() {
      return this;
    }

    @Override
    String sound() {
      return "moo";
    }
  }

  static <T extends Comparable<? super T>> T largest(List<? extends T> items) {
    T best = items.get(0);
    for (T item : items) {
      if (item.compareTo(best) > 0) {
        best = item;
      }
    }
    return best;
  }

  static <T> void swap(T[] array, int i, int j) {
    T t = array[i];
    array[i] = array[j];
    array[j] = t;
  }

  @SafeVarargs
  static <T> List<T> listOf(T... items) {
    List<T> list = new ArrayList<>();
    for (T item : items) {
      list.add(item);
    }
    return list;
  }

  public static void main(String[] args) {
    List<Box<String>> boxes = listOf(new Box<>("kiwi"), new Box<>("apple"), new Box<>("mango"));
    System.out.println(largest(boxes) + " " + largest(listOf(3, 9, 2)) + " "
        + largest(listOf("x", "yy", "z")));
    @SuppressWarnings({"rawtypes", "unchecked"})
    Comparable raw = new Box<>("a");
    System.out.println(raw.compareTo(new Box<>("b")));
    Source<Integer> source = new Counter();
    source.next();
    Object viaBridge = ((Source<?>) source).next();
    System.out.println(viaBridge + " " + source.next());
    Animal animal = new Cow();
    System.out.println(animal.self().sound() + " " + new Cow().self().getClass().getSimpleName());
    String[] names = {"first", "second"};
    swap(names, 0, 1);
    System.out.println(names[0] + " " + names[1]);
    List<? super Integer> sink = new ArrayList<Number>();
    sink.add(5);
    System.out.println(sink);
    try {
      @SuppressWarnings("unchecked")
      List<String> strings = (List<String>) (List<?>) listOf(1, 2);
      String s = strings.get(0);
      System.out.println(s);
    } catch (ClassCastException e) {
      System.out.println("heap pollution caught: " + e.getMessage());
    }
  }
}
