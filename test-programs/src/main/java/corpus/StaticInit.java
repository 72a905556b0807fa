package corpus;

/** Class initialisation on first active use, in the order of JVMS 5.5. */
public class StaticInit {
  static StringBuilder log = new StringBuilder();

  static void log(String s) {
    log.append(s).append(' ');
  }

  static class Parent {
    static int parentValue = init("Parent");

    static int init(String name) {
      log(name + ".<clinit>");
      return 1;
    }
  }

  static class Child extends Parent {
    static int childValue = init("Child");
    static final int CONSTANT = 7;
    static final String TEXT = "constant";

    static void touch() {
      log("Child.touch");
    }
  }

  interface Marker {
    int FIELD = Parent.init("Marker");
  }

  interface WithDefault {
    int FIELD = Parent.init("WithDefault");

    default void hello() {}
  }

  static class Implementor implements Marker, WithDefault {
    static int value = Parent.init("Implementor");
  }

  static class Lazy {
    static {
      log("Lazy.<clinit>");
    }

    static int value = 5;
  }

  static class SelfReference {
    static final SelfReference INSTANCE = new SelfReference();
    static int counter = 10;
    final int seen;

    SelfReference() {
      seen = counter;
      counter++;
    }
  }

  static class Holder {
    static {
      log("Holder.<clinit>");
    }

    static Object[] array() {
      return new Holder[0];
    }
  }

  public static void main(String[] args) {
    log("main");
    int constant = Child.CONSTANT;
    String text = Child.TEXT;
    log("constants:" + constant + "," + text);
    Class<?> literal = Lazy.class;
    log("literal:" + literal.getSimpleName());
    Lazy[] array = new Lazy[3];
    log("array:" + array.length);
    Child.touch();
    log("parentValue:" + Child.parentValue);
    new Implementor();
    log("marker:" + Marker.FIELD);
    log("lazy:" + Lazy.value);
    log("self:" + SelfReference.INSTANCE.seen + "," + SelfReference.counter);
    Object[] holders = Holder.array();
    log("holders:" + holders.length);
    System.out.println(log.toString().trim());
  }
}
