package corpus;

import java.util.Arrays;

/** multianewarray, jagged arrays, partially specified dimensions, clone is shallow. */
public class MultiArrays {
  public static void main(String[] args) {
    int[][] grid = new int[4][5];
    for (int r = 0; r < grid.length; r++) {
      for (int col = 0; col < grid[r].length; col++) {
        grid[r][col] = r * 10 + col;
      }
    }
    System.out.println(Arrays.deepToString(grid));
    long[][][] cube = new long[2][3][4];
    cube[1][2][3] = 99;
    System.out.println(cube.length + " " + cube[0].length + " " + cube[0][0].length + " "
        + cube[1][2][3] + " " + cube.getClass().getName());
    String[][] partial = new String[3][];
    System.out.println(Arrays.toString(partial));
    partial[0] = new String[] {"a"};
    partial[2] = new String[2];
    System.out.println(Arrays.deepToString(partial));
    int[][] jagged = {{1, 2, 3}, {4}, {}, {5, 6}};
    int sum = 0;
    for (int[] row : jagged) {
      for (int v : row) {
        sum += v;
      }
    }
    System.out.println("jagged sum " + sum);
    int[][] shallow = jagged.clone();
    shallow[0][0] = 100;
    shallow[1] = new int[] {-4};
    System.out.println(jagged[0][0] + " " + jagged[1][0] + " " + (shallow[3] == jagged[3]));
    char[][][] chars = new char[2][2][];
    System.out.println(chars[1][1] == null);
    Object[][] objects = new Integer[2][2];
    objects[0][0] = 7;
    System.out.println(objects.getClass().getSimpleName() + " " + objects[0].getClass().getName()
        + " " + objects[0][0]);
    double[][] identity = new double[3][3];
    for (int k = 0; k < 3; k++) {
      identity[k][k] = 1;
    }
    System.out.println(Arrays.deepToString(identity));
    try {
      int[][] bad = new int[2][-1];
      System.out.println(bad.length);
    } catch (NegativeArraySizeException e) {
      System.out.println("NegativeArraySizeException: " + e.getMessage());
    }
    try {
      int[][][] bad = new int[-3][2][1];
      System.out.println(bad.length);
    } catch (NegativeArraySizeException e) {
      System.out.println("NegativeArraySizeException: " + e.getMessage());
    }
  }
}
