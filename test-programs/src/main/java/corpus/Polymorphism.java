package corpus;

import java.util.ArrayList;
import java.util.List;

/** Many implementors of several interfaces: interface dispatch tables under load. */
public class Polymorphism {
  interface Visitor<R> {
    R number(int value);

    R add(Expr a, Expr b);

    R multiply(Expr a, Expr b);
  }

  interface Expr {
    <R> R accept(Visitor<R> visitor);
  }

  interface Named {
    String name();
  }

  record Number(int value) implements Expr, Named {
    public <R> R accept(Visitor<R> v) {
      return v.number(value);
    }

    public String name() {
      return "number";
    }
  }

  record Add(Expr a, Expr b) implements Expr, Named {
    public <R> R accept(Visitor<R> v) {
      return v.add(a, b);
    }

    public String name() {
      return "add";
    }
  }

  record Multiply(Expr a, Expr b) implements Expr {
    public <R> R accept(Visitor<R> v) {
      return v.multiply(a, b);
    }
  }

  static class Evaluator implements Visitor<Integer> {
    public Integer number(int value) {
      return value;
    }

    public Integer add(Expr a, Expr b) {
      return a.accept(this) + b.accept(this);
    }

    public Integer multiply(Expr a, Expr b) {
      return a.accept(this) * b.accept(this);
    }
  }

  static class Printer implements Visitor<String> {
    public String number(int value) {
      return Integer.toString(value);
    }

    public String add(Expr a, Expr b) {
      return "(" + a.accept(this) + " + " + b.accept(this) + ")";
    }

    public String multiply(Expr a, Expr b) {
      return a.accept(this) + " * " + b.accept(this);
    }
  }

  interface I0 { default int v() { return 0; } }
  interface I1 extends I0 { default int v() { return 1; } }
  interface I2 extends I0 { }
  interface I3 extends I1, I2 { }
  static class K0 implements I0 {}
  static class K1 implements I1 {}
  static class K2 implements I2 { public int v() { return 2; } }
  static class K3 implements I3 {}
  static class K4 extends K2 implements I3 {}

  public static void main(String[] args) {
    Expr e = new Add(new Number(2), new Multiply(new Number(3), new Add(new Number(4),
        new Number(5))));
    System.out.println(e.accept(new Printer()) + " = " + e.accept(new Evaluator()));
    List<Object> things = new ArrayList<>(List.of(new Number(1), new Add(null, null),
        new Multiply(null, null), "string"));
    for (Object o : things) {
      System.out.println(o instanceof Named n ? n.name() : "unnamed " + o.getClass().getSimpleName());
    }
    I0[] all = {new K0(), new K1(), new K2(), new K3(), new K4()};
    StringBuilder s = new StringBuilder();
    for (I0 i : all) {
      s.append(i.v());
    }
    System.out.println(s);
    long sum = 0;
    for (int i = 0; i < 300000; i++) {
      sum += all[i % all.length].v();
    }
    System.out.println(sum);
  }
}
