package corpus;

import java.util.Arrays;

/** Arrays of every element type: defaults, lengths, clone, fill, sort, equality. */
public class Arrays1 {
  public static void main(String[] args) {
    boolean[] z = new boolean[3];
    byte[] b = new byte[3];
    char[] c = new char[3];
    short[] s = new short[3];
    int[] i = new int[3];
    long[] l = new long[3];
    float[] f = new float[3];
    double[] d = new double[3];
    String[] o = new String[3];
    System.out.println(Arrays.toString(z) + Arrays.toString(b) + (int) c[0] + Arrays.toString(s)
        + Arrays.toString(i) + Arrays.toString(l) + Arrays.toString(f) + Arrays.toString(d)
        + Arrays.toString(o));
    int[] numbers = {5, 3, 9, -1, 0, 12, 7, 7, -100};
    int[] copy = numbers.clone();
    Arrays.sort(copy);
    System.out.println(Arrays.toString(numbers) + " -> " + Arrays.toString(copy) + " "
        + (copy != numbers) + " " + Arrays.binarySearch(copy, 7));
    long[] longs = new long[100];
    for (int k = 0; k < longs.length; k++) {
      longs[k] = (k * 7919L) % 101 - 50;
    }
    Arrays.sort(longs);
    System.out.println(longs[0] + " " + longs[50] + " " + longs[99]);
    double[] doubles = {3.5, -0.0, 0.0, Double.NaN, -1e9, 2};
    Arrays.sort(doubles);
    System.out.println(Arrays.toString(doubles));
    char[] text = "jeyra compiles java".toCharArray();
    Arrays.sort(text);
    System.out.println(String.valueOf(text));
    String[] words = {"pear", "apple", "fig", "banana", "cherry"};
    Arrays.sort(words);
    System.out.println(String.join(",", words));
    Arrays.fill(i, 42);
    System.out.println(Arrays.toString(i) + " " + Arrays.equals(i, new int[] {42, 42, 42})
        + " " + Arrays.hashCode(i) + " " + Arrays.hashCode(words));
    int[] grown = Arrays.copyOf(numbers, 12);
    int[] range = Arrays.copyOfRange(numbers, 2, 5);
    System.out.println(Arrays.toString(grown) + " " + Arrays.toString(range));
    String[] wordsCopy = Arrays.copyOf(words, 3);
    Object[] asObjects = Arrays.copyOf(words, 2, Object[].class);
    System.out.println(Arrays.toString(wordsCopy) + " " + asObjects.getClass().getSimpleName());
    int[] src = {1, 2, 3, 4, 5, 6, 7, 8};
    System.arraycopy(src, 0, src, 2, 5);
    System.out.println(Arrays.toString(src));
    System.arraycopy(src, 3, src, 1, 4);
    System.out.println(Arrays.toString(src));
    Object[] mixed = new Object[4];
    System.arraycopy(words, 1, mixed, 0, 3);
    System.out.println(Arrays.toString(mixed) + " " + Arrays.asList(words).indexOf("fig"));
    byte[] bytes = new byte[256];
    for (int k = 0; k < 256; k++) {
      bytes[k] = (byte) k;
    }
    int total = 0;
    for (byte value : bytes) {
      total += value;
    }
    System.out.println("bytes sum " + total + " " + bytes[200]);
    System.out.println(Arrays.deepToString(new int[][] {{1}, {2, 3}, {}}));
  }
}
