package corpus;

/** Overriding, super calls, abstract classes, final and private methods, static hiding. */
public class VirtualDispatch {
  abstract static class Shape {
    abstract double area();

    String describe() {
      return name() + " with area " + area();
    }

    String name() {
      return "shape";
    }

    static String kind() {
      return "Shape.kind";
    }
  }

  static class Rectangle extends Shape {
    final double w;
    final double h;

    Rectangle(double w, double h) {
      this.w = w;
      this.h = h;
    }

    @Override
    double area() {
      return w * h;
    }

    @Override
    String name() {
      return "rectangle";
    }

    static String kind() {
      return "Rectangle.kind";
    }
  }

  static class Square extends Rectangle {
    Square(double side) {
      super(side, side);
    }

    @Override
    String name() {
      return "square (a " + super.name() + ")";
    }

    private String secret() {
      return "square secret";
    }

    String reveal() {
      return secret();
    }
  }

  static class Circle extends Shape {
    final double r;

    Circle(double r) {
      this.r = r;
    }

    @Override
    double area() {
      return 3 * r * r;
    }

    @Override
    public String toString() {
      return "Circle(" + r + ")";
    }
  }

  static class Base {
    String who() {
      return "base";
    }

    String callWho() {
      return who();
    }

    String greet() {
      return "hello from " + who();
    }
  }

  static class Derived extends Base {
    @Override
    String who() {
      return "derived";
    }

    @Override
    String greet() {
      return super.greet() + " and " + super.who();
    }
  }

  public static void main(String[] args) {
    Shape[] shapes = {new Rectangle(2, 3), new Square(4), new Circle(1.5)};
    double total = 0;
    for (Shape shape : shapes) {
      System.out.println(shape.describe());
      total += shape.area();
    }
    System.out.println("total " + total);
    System.out.println(((Square) shapes[1]).reveal());
    System.out.println(Shape.kind() + " " + Rectangle.kind());
    System.out.println(shapes[2] + " " + shapes[2].hashCode() == null);
    Base b = new Derived();
    System.out.println(b.callWho() + " / " + b.greet());
    Object o = new Base() {
      @Override
      String who() {
        return "anonymous";
      }
    };
    System.out.println(((Base) o).greet());
    System.out.println(new Circle(2).equals(new Circle(2)) + " " + shapes[0].equals(shapes[0]));
  }
}
