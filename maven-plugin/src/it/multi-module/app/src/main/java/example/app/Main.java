package example.app;

import example.greeting.Greeter;
import java.util.List;

/** Greets its arguments; with none, fails as the library does. The status counts them. */
public final class Main {
  public static void main(String[] args) {
    Greeter greeter = new Greeter("Hello");
    try {
      System.out.println(greeter.greet(List.of(args)));
    } catch (IllegalArgumentException e) {
      System.err.println("app: " + e.getMessage());
    }
    System.exit(args.length + 40);
  }
}
