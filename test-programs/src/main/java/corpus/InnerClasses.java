package corpus;

import java.util.Iterator;

/** Inner, static nested, local and anonymous classes, and access to enclosing state. */
public class InnerClasses implements Iterable<Integer> {
  private final int[] data = {4, 8, 15, 16, 23, 42};
  private int visits;

  class Cursor implements Iterator<Integer> {
    private int index;

    @Override
    public boolean hasNext() {
      return index < data.length;
    }

    @Override
    public Integer next() {
      visits++;
      return data[index++];
    }
  }

  static class Counter {
    private static int instances;
    private final int id;

    Counter() {
      id = ++instances;
    }
  }

  @Override
  public Iterator<Integer> iterator() {
    return new Cursor();
  }

  Runnable reporter(String label) {
    int snapshot = visits;
    class Report implements Runnable {
      @Override
      public void run() {
        System.out.println(label + ": visits then " + snapshot + ", now " + visits);
      }
    }
    return new Report();
  }

  public static void main(String[] args) {
    InnerClasses outer = new InnerClasses();
    int sum = 0;
    for (int v : outer) {
      sum += v;
    }
    System.out.println("sum " + sum);
    Runnable report = outer.reporter("report");
    for (int v : outer) {
      sum -= v;
    }
    report.run();
    InnerClasses.Cursor cursor = outer.new Cursor();
    cursor.next();
    System.out.println("cursor at " + cursor.index + ", visits " + outer.visits);
    Counter a = new Counter();
    Counter b = new Counter();
    System.out.println("counters " + a.id + " " + b.id + " " + Counter.instances);
    final String greeting = "hi";
    Object anonymous = new Object() {
      int calls;

      @Override
      public String toString() {
        calls++;
        return greeting + " from anonymous, call " + calls;
      }
    };
    System.out.println(anonymous);
    System.out.println(anonymous);
    Comparable<String> byLength = new Comparable<>() {
      @Override
      public int compareTo(String other) {
        return Integer.compare(greeting.length(), other.length());
      }
    };
    System.out.println(byLength.compareTo("hello"));
  }
}
