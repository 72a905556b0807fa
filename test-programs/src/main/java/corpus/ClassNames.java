package corpus;

import java.util.ArrayList;

/** Object.getClass().getName() and friends for classes, arrays and nested classes. */
public class ClassNames {
  static class Nested {}

  class Inner {}

  enum Planet { MERCURY, VENUS }

  interface Service {}

  record Point(int x, int y) {}

  public static void main(String[] args) {
    Object anonymous = new Object() {};
    class Local {}
    Object[] objects = {"s", 1, new int[0], new String[0][0], new Nested(),
        new ClassNames().new Inner(), Planet.VENUS, new Local(), anonymous, new ArrayList<>(),
        new Point(1, 2), new char[1], new Object(), new boolean[2][3], new Nested[0]};
    for (Object o : objects) {
      Class<?> c = o.getClass();
      System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c + " | "
          + c.isArray() + " " + c.isInterface() + " " + c.isPrimitive());
    }
    Class<?>[] classes = {int.class, void.class, Service.class, Planet.class, int[].class,
        Object.class, Runnable.class};
    for (Class<?> c : classes) {
      System.out.println(c.getName() + " " + c.getSimpleName() + " " + c.isPrimitive() + " "
          + c.isInterface() + " " + c.isEnum() + " " + c);
    }
    System.out.println(String[].class.getComponentType() + " " + int[][].class.getComponentType()
        + " " + String.class.getComponentType());
    System.out.println(ArrayList.class.getSuperclass() + " " + Object.class.getSuperclass() + " "
        + Nested.class.getSuperclass().getSimpleName() + " " + int[].class.getSuperclass());
    System.out.println(new Point(3, 4) + " " + new Point(3, 4).equals(new Point(3, 4)) + " "
        + Planet.VENUS.getDeclaringClass().getSimpleName());
  }
}
