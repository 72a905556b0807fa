package corpus;

/** Overload resolution: widening, boxing, varargs, most specific, null arguments. */
public class Overloading {
  static String f(int x) { return "int"; }
  static String f(long x) { return "long"; }
  static String f(double x) { return "double"; }
  static String f(Integer x) { return "Integer"; }
  static String f(Object x) { return "Object"; }
  static String f(int... xs) { return "int... (" + xs.length + ")"; }

  static String g(long x) { return "g(long)"; }
  static String g(Object x) { return "g(Object)"; }

  static String h(String s) { return "h(String)"; }
  static String h(Object o) { return "h(Object)"; }

  static String v(String first, Object... rest) {
    return first + " + " + rest.length + (rest.length > 0 && rest[0] == null ? " (null)" : "");
  }

  public static void main(String[] args) {
    byte b = 1;
    short s = 2;
    char c = 'c';
    System.out.println(f(b) + " " + f(s) + " " + f(c) + " " + f(3) + " " + f(4L) + " "
        + f(5f) + " " + f(6.0) + " " + f(Integer.valueOf(7)) + " " + f("x") + " " + f() + " "
        + f(1, 2));
    System.out.println(g(1) + " " + g(Integer.valueOf(1)) + " " + g('x'));
    System.out.println(h(null) + " " + h("s") + " " + h((Object) "s"));
    System.out.println(v("a") + " | " + v("a", 1, 2) + " | " + v("a", (Object) null) + " | "
        + v("a", (Object[]) new String[] {"x", "y", "z"}));
  }
}
