package corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Lambdas and method references: capturing, boxing adaptation, composition. */
public class Lambdas {
  interface TriFunction<A, B, C, R> {
    R apply(A a, B b, C c);
  }

  final String prefix = "<";

  String wrap(String s) {
    return prefix + s + ">";
  }

  static int twice(int x) {
    return 2 * x;
  }

  public static void main(String[] args) {
    int base = 10;
    Function<Integer, Integer> addBase = x -> x + base;
    Function<Integer, Integer> square = x -> x * x;
    System.out.println(addBase.andThen(square).apply(2) + " " + addBase.compose(square).apply(2));
    IntBinaryOperator max = Math::max;
    System.out.println(max.applyAsInt(3, 9));
    Supplier<List<String>> factory = ArrayList::new;
    List<String> list = factory.get();
    list.add("b");
    list.add("a");
    list.add("c");
    list.sort(Comparator.naturalOrder());
    System.out.println(list);
    Lambdas instance = new Lambdas();
    Function<String, String> bound = instance::wrap;
    BiFunction<Lambdas, String, String> unbound = Lambdas::wrap;
    System.out.println(bound.apply("x") + unbound.apply(instance, "y"));
    Predicate<String> empty = String::isEmpty;
    System.out.println(empty.negate().test("") + " " + empty.or(s -> s.length() > 3).test("long"));
    UnaryOperator<String> upper = String::toUpperCase;
    System.out.println(upper.apply("shout"));
    TriFunction<Integer, Long, Double, String> tri = (a, b, c) -> a + "/" + b + "/" + c;
    System.out.println(tri.apply(1, 2L, 3.0));
    Function<Integer, Integer> doubler = Lambdas::twice;
    System.out.println(doubler.apply(21));
    Runnable[] counters = new Runnable[3];
    int[] hits = new int[1];
    for (int i = 0; i < counters.length; i++) {
      int step = i + 1;
      counters[i] = () -> hits[0] += step;
    }
    for (Runnable r : counters) {
      r.run();
    }
    System.out.println("hits " + hits[0]);
    Function<String, Integer> length = String::length;
    Function<Integer, int[]> newArray = int[]::new;
    System.out.println(length.apply("seven") + " " + newArray.apply(4).length);
    Comparator<String> byLength = Comparator.comparing(String::length);
    List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi"));
    words.sort(byLength.thenComparing(Comparator.reverseOrder()));
    System.out.println(words);
    Supplier<Supplier<String>> nested = () -> () -> "nested " + base;
    System.out.println(nested.get().get());
  }
}
