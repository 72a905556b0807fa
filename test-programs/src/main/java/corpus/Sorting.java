package corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Sorting with comparators: stability, reversed orders, nulls, a seeded Random. */
public class Sorting {
  record Employee(String name, String department, int salary) {}

  static void quicksort(int[] a, int lo, int hi) {
    if (lo >= hi) {
      return;
    }
    int pivot = a[(lo + hi) >>> 1];
    int i = lo;
    int j = hi;
    while (i <= j) {
      while (a[i] < pivot) {
        i++;
      }
      while (a[j] > pivot) {
        j--;
      }
      if (i <= j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    quicksort(a, lo, j);
    quicksort(a, i, hi);
  }

  public static void main(String[] args) {
    List<Employee> staff = new ArrayList<>(List.of(
        new Employee("Grace", "eng", 150), new Employee("Alan", "math", 120),
        new Employee("Ada", "eng", 150), new Employee("Edsger", "eng", 140),
        new Employee("Barbara", "math", 130), new Employee("Donald", "art", 120)));
    staff.sort(Comparator.comparing(Employee::department)
        .thenComparing(Employee::salary, Comparator.reverseOrder()));
    staff.forEach(e -> System.out.println(e.department() + " " + e.salary() + " " + e.name()));
    Collections.sort(staff, Comparator.comparingInt(Employee::salary));
    System.out.println(staff.stream().map(Employee::name).toList());
    Random random = new Random(12345);
    int[] numbers = new int[2000];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = random.nextInt(10000) - 5000;
    }
    int[] copy = numbers.clone();
    quicksort(numbers, 0, numbers.length - 1);
    Arrays.sort(copy);
    System.out.println(Arrays.equals(numbers, copy) + " " + numbers[0] + " " + numbers[1999]
        + " " + random.nextLong() + " " + random.nextDouble() + " " + random.nextGaussian());
    String[] words = {"banana", null, "Apple", "cherry", null, "apple"};
    Arrays.sort(words, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
    System.out.println(Arrays.toString(words));
    Integer[] boxed = {5, 3, 8, 1};
    Arrays.sort(boxed, Collections.reverseOrder());
    System.out.println(Arrays.toString(boxed));
    List<Integer> shuffled = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
    Collections.shuffle(shuffled, new Random(7));
    System.out.println(shuffled);
    Object[] objects = new Object[1500];
    for (int i = 0; i < objects.length; i++) {
      objects[i] = "k" + ((i * 7919) % 1500);
    }
    Arrays.sort(objects);
    System.out.println(objects[0] + " " + objects[747] + " " + objects[1499]);
  }
}
