package example.greeting;

import java.util.List;
import java.util.stream.Collectors;

/** A library class in its own jar. */
public final class Greeter {
  private final String salutation;

  public Greeter(String salutation) {
    this.salutation = salutation;
  }

  public String greet(List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("nobody to greet");
    }
    return salutation + ", " + names.stream().map(String::toUpperCase)
        .collect(Collectors.joining(" and ")) + "!";
  }
}
