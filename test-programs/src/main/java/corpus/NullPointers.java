package corpus;

/** NullPointerException from each kind of instruction, with helpful messages (JEP 358). */
public class NullPointers {
  static class Node {
    int value;
    Node next;
    String name;

    int get() {
      return value;
    }
  }

  static Node nothing() {
    return null;
  }

  interface Shape {
    double area();
  }

  public static void main(String[] args) {
    Node node = new Node();
    Runnable[] cases = {
      () -> System.out.println(nothing().value),
      () -> nothing().value = 3,
      () -> System.out.println(node.next.value),
      () -> System.out.println(node.next.get()),
      () -> System.out.println(node.name.length()),
      () -> {
        int[] array = null;
        System.out.println(array[0]);
      },
      () -> {
        int[] array = null;
        System.out.println(array.length);
      },
      () -> {
        Object lock = null;
        synchronized (lock) {
          System.out.println("unreachable");
        }
      },
      () -> {
        RuntimeException e = null;
        throw e;
      },
      () -> {
        Shape shape = null;
        System.out.println(shape.area());
      },
      () -> {
        long[][] grid = new long[2][];
        grid[1][0] = 5;
      },
      () -> {
        String s = null;
        switch (s) {
          default:
            System.out.println("unreachable");
        }
      },
    };
    for (Runnable c : cases) {
      try {
        c.run();
      } catch (NullPointerException e) {
        System.out.println("NPE: " + e.getMessage());
      }
    }
    try {
      java.util.Objects.requireNonNull(null, "custom message");
    } catch (NullPointerException e) {
      System.out.println("NPE: " + e.getMessage());
    }
    Node head = new Node();
    head.next = new Node();
    head.next.next = null;
    System.out.println("finally uncaught:");
    System.out.println(head.next.next.next.value);
  }
}
