package corpus;

import java.util.ArrayList;
import java.util.List;

/** Interface dispatch, default methods, diamond resolution, static and private methods. */
public class Interfaces {
  interface Greeter {
    String name();

    default String greet() {
      return "Hello, " + name() + decoration();
    }

    private String decoration() {
      return "!";
    }

    static Greeter of(String name) {
      return () -> name;
    }
  }

  interface Loud extends Greeter {
    @Override
    default String greet() {
      return Greeter.super.greet().toUpperCase();
    }
  }

  interface Polite {
    default String greet() {
      return "Good day";
    }
  }

  static class Person implements Loud, Polite {
    @Override
    public String name() {
      return "ada";
    }

    @Override
    public String greet() {
      return Loud.super.greet() + " / " + Polite.super.greet();
    }
  }

  static class Robot implements Loud {
    @Override
    public String name() {
      return "r2";
    }
  }

  interface Counter {
    int next();

    default int skip(int n) {
      int last = 0;
      for (int i = 0; i < n; i++) {
        last = next();
      }
      return last;
    }
  }

  static class Up implements Counter {
    int value;

    @Override
    public int next() {
      return ++value;
    }
  }

  static class Down implements Counter, Comparable<Down> {
    int value = 100;

    @Override
    public int next() {
      return --value;
    }

    @Override
    public int skip(int n) {
      value -= n;
      return value;
    }

    @Override
    public int compareTo(Down other) {
      return Integer.compare(value, other.value);
    }
  }

  interface A { default String who() { return "A"; } }

  interface B extends A { default String who() { return "B"; } }

  interface C extends A {}

  static class D implements B, C {}

  public static void main(String[] args) {
    List<Greeter> greeters = new ArrayList<>();
    greeters.add(new Person());
    greeters.add(new Robot());
    greeters.add(Greeter.of("lambda"));
    greeters.add(new Greeter() {
      @Override
      public String name() {
        return "anonymous";
      }
    });
    for (Greeter g : greeters) {
      System.out.println(g.greet());
    }
    Counter[] counters = {new Up(), new Down()};
    for (Counter c : counters) {
      System.out.println(c.skip(5) + " " + c.next());
    }
    System.out.println(new D().who());
    Down x = new Down();
    Down y = new Down();
    y.next();
    Comparable<Down> comparable = x;
    System.out.println(comparable.compareTo(y));
    Runnable r = Interfaces::staticHelper;
    r.run();
    CharSequence sequence = new StringBuilder("interface call on a class");
    System.out.println(sequence.length() + " " + sequence.charAt(0) + " "
        + sequence.subSequence(0, 9));
  }

  static void staticHelper() {
    System.out.println("method reference to a static method");
  }
}
