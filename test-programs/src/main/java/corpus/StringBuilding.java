package corpus;

/** StringBuilder and string concatenation of every type (invokedynamic concat). */
public class StringBuilding {
  public static void main(String[] args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(i).append(i % 2 == 0 ? 'e' : 'o');
    }
    System.out.println(sb + " " + sb.length());
    sb.insert(0, "start:").reverse();
    System.out.println(sb);
    sb.setLength(10);
    sb.deleteCharAt(0).replace(0, 2, "XYZ").setCharAt(3, '!');
    System.out.println(sb + " " + sb.indexOf("Z") + " " + sb.charAt(2));
    byte b = 1;
    short s = 2;
    char c = 'c';
    int i = 4;
    long l = 5L;
    float f = 6.5f;
    double d = 7.25;
    boolean z = true;
    Object o = null;
    String str = "str";
    int[] array = null;
    System.out.println(b + s + c + i + l + f + d + " | " + b + s + c + i + l + f + d + z + o
        + str + array);
    System.out.println("" + Integer.MIN_VALUE + Long.MIN_VALUE + Float.MIN_VALUE
        + Double.MAX_VALUE + '\u2603' + "\u00e9");
    String many = "a" + 1 + "b" + 2 + "c" + 3 + "d" + 4 + "e" + 5 + "f" + 6 + "g" + 7 + "h" + 8
        + "i" + 9 + "j" + 10 + "k" + 11 + "l" + 12;
    System.out.println(many);
    StringBuilder big = new StringBuilder();
    for (int k = 0; k < 10000; k++) {
      big.append((char) ('a' + k % 26));
    }
    System.out.println(big.length() + " " + big.substring(9990) + " " + big.toString().hashCode());
    StringBuilder wide = new StringBuilder("\u4e2d");
    wide.append("abc").append('\u00fc').appendCodePoint(0x1F600);
    System.out.println(wide + " " + wide.length() + " " + wide.codePointAt(5));
  }
}
