package corpus;

/** Text blocks, escapes, long string constants, and string switch on many cases. */
public class TextBlocks {
  public static void main(String[] args) {
    String json = """
        {
          "name": "jeyra",
          "targets": ["x86_64", "aarch64"],
          "quote": "\\"escaped\\"",
          "tab":\t"here"
        }
        """;
    System.out.print(json);
    String joined = """
        one \
        line""";
    System.out.println(joined + "|" + joined.length());
    String escapes = "tab\there\nnewline \\ backslash \"quotes\" \u00e9 \0end";
    System.out.println(escapes.replace("\0", "<NUL>"));
    System.out.println(json.lines().count() + " " + json.indent(2).length() + " "
        + "  x\n y".stripIndent() + " " + "a\\tb".translateEscapes());
    StringBuilder sb = new StringBuilder();
    for (String key : new String[] {"alpha", "beta", "gamma", "delta", "omega", "pi"}) {
      sb.append(switch (key) {
        case "alpha" -> 'a';
        case "beta" -> 'b';
        case "gamma" -> 'g';
        case "delta" -> 'd';
        case "omega" -> 'o';
        default -> '?';
      });
    }
    System.out.println(sb);
  }
}
