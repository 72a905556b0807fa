package corpus;

import java.util.ArrayList;
import java.util.List;

/** Autoboxing, the Integer cache, unboxing null, and the wrapper classes' methods. */
public class Boxing {
  public static void main(String[] args) {
    Integer a = 127;
    Integer b = 127;
    Integer c = 128;
    Integer d = 128;
    System.out.println("cache: " + (a == b) + " " + (c == d) + " " + c.equals(d));
    Long big = 127L;
    System.out.println("Long cache: " + (big == Long.valueOf(127)) + " "
        + big.equals(127) + " " + big.equals(127L));
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      list.add(i * i);
    }
    int sum = 0;
    for (int v : list) {
      sum += v;
    }
    System.out.println("sum " + sum + " " + list);
    Character ch = 'x';
    Boolean flag = Boolean.valueOf("TRUE");
    Double dd = 2.5;
    Float ff = 1.5f;
    Short ss = (short) 3;
    Byte bb = (byte) 4;
    System.out.println(ch + " " + flag + " " + dd + " " + ff + " " + ss + " " + bb + " "
        + (ch + 1) + " " + Character.valueOf('y').compareTo('x'));
    System.out.println(Integer.valueOf(42).hashCode() + " " + Long.valueOf(1L << 40).hashCode()
        + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " "
        + Character.valueOf('A').hashCode() + " " + Float.valueOf(2f).hashCode());
    System.out.println(Integer.parseInt("-123") + " " + Integer.parseInt("7fffffff", 16) + " "
        + Long.parseLong("9223372036854775807") + " " + Integer.valueOf("0777".substring(1), 8)
        + " " + Short.parseShort("-32768") + " " + Byte.parseByte("12"));
    String[] bad = {"", "12a", "2147483648", "-", "+"};
    for (String text : bad) {
      try {
        Integer.parseInt(text);
      } catch (NumberFormatException e) {
        System.out.println("NumberFormatException: " + e.getMessage());
      }
    }
    Integer nothing = null;
    try {
      int unboxed = nothing;
      System.out.println(unboxed);
    } catch (NullPointerException e) {
      System.out.println("unboxing null: NullPointerException");
    }
    Object[] objects = {1, 2L, 3.0f, 4.0, 'c', "s", true, (byte) 1, (short) 2};
    for (Object o : objects) {
      System.out.print(o.getClass().getSimpleName() + " ");
    }
    System.out.println();
    System.out.println(Integer.toString(255, 2) + " " + Integer.toHexString(-1) + " "
        + Long.toOctalString(8) + " " + Integer.toString(-255, 36) + " " + Integer.MAX_VALUE
        + " " + Short.MIN_VALUE + " " + Character.MAX_VALUE + 0);
  }
}
