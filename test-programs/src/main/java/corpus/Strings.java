package corpus;

import java.util.Arrays;

/** The real java.lang.String: searching, slicing, comparing, splitting, joining, case. */
public class Strings {
  public static void main(String[] args) {
    String s = "The quick brown fox jumps over the lazy dog";
    System.out.println(s.length() + " " + s.indexOf("fox") + " " + s.lastIndexOf('o') + " "
        + s.charAt(4) + " " + s.substring(10, 15) + " " + s.contains("lazy") + " "
        + s.startsWith("The") + " " + s.endsWith("cat"));
    System.out.println(s.toUpperCase() + " | " + s.toLowerCase());
    System.out.println(s.replace('o', '0') + " | " + s.replace("the", "a"));
    System.out.println(Arrays.toString(s.split(" ")) + " " + s.split("o").length);
    System.out.println(String.join("-", "a", "b", "c") + " " + "  padded  ".trim() + "|"
        + "  strip ".strip() + "|" + " ".isBlank() + " " + "abc".repeat(3));
    System.out.println("compare: " + "apple".compareTo("banana") + " " + "b".compareTo("a") + " "
        + "abc".compareToIgnoreCase("ABD") + " " + "Hello".equalsIgnoreCase("hELLO"));
    System.out.println("hash: " + "".hashCode() + " " + "hello".hashCode() + " "
        + s.hashCode() + " " + "\u00e9t\u00e9".hashCode());
    String unicode = "na\u00efve caf\u00e9 \u4e2d\u6587 \ud83d\ude00";
    System.out.println(unicode + " length " + unicode.length() + " code points "
        + unicode.codePointCount(0, unicode.length()) + " upper " + unicode.toUpperCase());
    char[] chars = s.toCharArray();
    Arrays.sort(chars);
    System.out.println(new String(chars).strip());
    String built = "";
    for (int i = 0; i < 5; i++) {
      built += i + ",";
    }
    System.out.println(built + " " + String.valueOf(3.5) + String.valueOf(true)
        + String.valueOf('c') + String.valueOf(42L) + String.valueOf((Object) null));
    String interned = new String("intern me").intern();
    System.out.println("intern: " + (interned == "intern me") + " "
        + (new String("x") == "x"));
    System.out.println("chars: " + "hello".chars().sum() + " " + "a,b,,c,".split(",").length
        + " " + Arrays.toString("a,b,,c,".split(",", -1)));
    System.out.println("matches: " + "2024-01-05".matches("\\d{4}-\\d{2}-\\d{2}") + " "
        + "a1b22c333".replaceAll("[0-9]+", "#"));
    System.out.println("format: " + String.format("%5d|%-5s|%05.2f|%x|%c|%b|%,d", 42, "ab",
        3.14159, 255, 'z', true, 1234567));
  }
}
