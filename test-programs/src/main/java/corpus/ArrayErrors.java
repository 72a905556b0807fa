package corpus;

/** Index out of bounds, negative sizes and wrong-type stores, with the JVM's messages. */
public class ArrayErrors {
  static int index(int i) {
    return i;
  }

  public static void main(String[] args) {
    int[] ints = new int[5];
    String[] strings = new String[2];
    long[] longs = new long[0];
    int[] probes = {-1, 5, 6, Integer.MIN_VALUE, Integer.MAX_VALUE};
    for (int p : probes) {
      try {
        ints[index(p)] = 1;
      } catch (ArrayIndexOutOfBoundsException e) {
        System.out.println("store: " + e.getMessage());
      }
      try {
        System.out.println(strings[index(p)]);
      } catch (ArrayIndexOutOfBoundsException e) {
        System.out.println("load: " + e.getMessage());
      }
    }
    try {
      longs[0]++;
    } catch (IndexOutOfBoundsException e) {
      System.out.println(e.getClass().getName() + ": " + e.getMessage());
    }
    try {
      int[] negative = new int[index(-5)];
      System.out.println(negative.length);
    } catch (NegativeArraySizeException e) {
      System.out.println("NegativeArraySizeException: " + e.getMessage());
    }
    Object[] objects = new Integer[3];
    try {
      objects[0] = "not an integer";
    } catch (ArrayStoreException e) {
      System.out.println("ArrayStoreException: " + e.getMessage());
    }
    Object[] nested = new int[2][];
    try {
      nested[1] = new long[1];
    } catch (ArrayStoreException e) {
      System.out.println("ArrayStoreException: " + e.getMessage());
    }
    objects[1] = 7;
    objects[2] = null;
    System.out.println("allowed: " + objects[1] + " " + objects[2]);
    try {
      System.arraycopy(ints, 3, ints, 0, 5);
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("arraycopy: " + e.getMessage());
    }
    try {
      System.arraycopy(ints, 0, strings, 0, 1);
    } catch (ArrayStoreException e) {
      System.out.println("arraycopy: " + e.getMessage());
    }
    try {
      System.arraycopy(new Object[] {"a", 1}, 0, strings, 0, 2);
    } catch (ArrayStoreException e) {
      System.out.println("arraycopy: " + e.getMessage() + " / copied " + strings[0]);
    }
    try {
      "abc".charAt(5);
    } catch (StringIndexOutOfBoundsException e) {
      System.out.println("charAt: " + e.getMessage());
    }
    try {
      "abc".substring(2, 1);
    } catch (StringIndexOutOfBoundsException e) {
      System.out.println("substring: " + e.getMessage());
    }
    try {
      new java.util.ArrayList<String>().get(0);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("list: " + e.getMessage());
    }
  }
}
