package corpus;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;

/** Optional and its combinators, and the exceptions of absent values. */
public class Optionals {
  static Optional<String> lookup(String key) {
    return key.startsWith("k") ? Optional.of("value of " + key) : Optional.empty();
  }

  public static void main(String[] args) {
    System.out.println(lookup("key") + " " + lookup("other") + " "
        + lookup("key").map(String::length).orElse(-1) + " "
        + lookup("x").map(String::length).orElse(-1));
    System.out.println(lookup("kk").filter(v -> v.endsWith("kk")).isPresent() + " "
        + lookup("z").or(() -> Optional.of("alternative")).get() + " "
        + lookup("k1").flatMap(v -> lookup("k2")).orElseGet(() -> "none") + " "
        + Optional.ofNullable(null).isEmpty());
    lookup("key").ifPresentOrElse(v -> System.out.println("present: " + v),
        () -> System.out.println("absent"));
    try {
      lookup("nothing").get();
    } catch (NoSuchElementException e) {
      System.out.println(e.getMessage());
    }
    try {
      lookup("nothing").orElseThrow(() -> new IllegalStateException("custom"));
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
    OptionalInt max = java.util.stream.IntStream.empty().max();
    System.out.println(max + " " + OptionalInt.of(3) + " " + Optional.of(1).equals(Optional.of(1))
        + " " + Optional.empty().hashCode());
  }
}
