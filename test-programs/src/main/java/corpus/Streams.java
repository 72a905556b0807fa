package corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** java.util.stream pipelines: map, filter, reduce, collect, grouping, primitive streams. */
public class Streams {
  public static void main(String[] args) {
    List<String> words = List.of("stream", "lambda", "jeyra", "native", "static", "java", "llvm");
    System.out.println(words.stream().filter(w -> w.length() > 4).map(String::toUpperCase)
        .sorted().collect(Collectors.joining(", ", "[", "]")));
    System.out.println(IntStream.rangeClosed(1, 100).filter(i -> i % 3 == 0).sum() + " "
        + IntStream.of(3, 1, 4, 1, 5).max().getAsInt() + " "
        + IntStream.range(0, 10).mapToObj(Integer::toString).collect(Collectors.joining()));
    Map<Integer, List<String>> byLength = words.stream().collect(
        Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
    System.out.println(byLength);
    Map<Boolean, Long> partition = words.stream().collect(
        Collectors.partitioningBy(w -> w.contains("a"), Collectors.counting()));
    System.out.println(partition);
    System.out.println(Stream.iterate(1, x -> x * 2).limit(11).reduce(0, Integer::sum) + " "
        + Stream.of("a", "b", "c").skip(1).findFirst().orElse("none") + " "
        + words.stream().anyMatch(w -> w.startsWith("j")) + " "
        + words.stream().allMatch(w -> w.length() > 3) + " "
        + Arrays.stream(new double[] {1.5, 2.5, 3.0}).average().getAsDouble());
    System.out.println(words.stream().flatMap(w -> w.chars().mapToObj(c -> (char) c))
        .distinct().count() + " "
        + words.stream().mapToInt(String::length).summaryStatistics());
    List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3), List.of());
    System.out.println(nested.stream().flatMap(List::stream).map(x -> x * x).toList());
    Map<String, Integer> hashes = Stream.of("x", "y", "z").collect(Collectors.toMap(s -> s,
        String::hashCode, (a, b) -> a, TreeMap::new));
    System.out.println(hashes);
  }
}
