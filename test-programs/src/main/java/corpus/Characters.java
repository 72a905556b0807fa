package corpus;

/** Character classification and conversion, surrogates, and UTF-8 output. */
public class Characters {
  public static void main(String[] args) {
    String sample = "aZ5 _\t\u00e9\u00df\u0391\u03c9\u4e2d\u0661!";
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      System.out.println((int) c + " letter " + Character.isLetter(c) + " digit "
          + Character.isDigit(c) + " space " + Character.isWhitespace(c) + " upper "
          + Character.isUpperCase(c) + " -> " + Character.toUpperCase(c) + "/"
          + Character.toLowerCase(c) + " value " + Character.getNumericValue(c) + " type "
          + Character.getType(c));
    }
    String emoji = "\ud83d\ude00x\ud83c\udf89";
    System.out.println(emoji.length() + " " + emoji.codePointAt(0) + " "
        + Character.isSurrogate(emoji.charAt(0)) + " " + Character.charCount(0x1F600) + " "
        + new String(Character.toChars(0x1F389)) + " " + emoji.offsetByCodePoints(0, 2));
    emoji.codePoints().forEach(cp -> System.out.print(Integer.toHexString(cp) + " "));
    System.out.println();
    System.out.println("Stra\u00dfe".toUpperCase() + " " + "\u0130".toLowerCase().length() + " "
        + "\u00c9COLE".toLowerCase() + " " + "\u0391\u0392\u0393".toLowerCase());
    System.out.println(Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " "
        + Character.isJavaIdentifierStart('$') + " " + Character.isLetterOrDigit('_') + " "
        + (int) Character.reverseBytes('\u1234'));
    byte[] utf8 = "\u00e9\u4e2d\ud83d\ude00".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    StringBuilder hex = new StringBuilder();
    for (byte b : utf8) {
      hex.append(String.format("%02x", b));
    }
    System.out.println(hex + " " + new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    byte[] latin = "caf\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    System.out.println(latin.length + " " + latin[3] + " "
        + new String(new byte[] {(byte) 0xff, 'a', (byte) 0xc3}, java.nio.charset.StandardCharsets.UTF_8));
  }
}
