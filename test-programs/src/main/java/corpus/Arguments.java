package corpus;

/** String[] args arrive as the launcher passes them, decoded from UTF-8. */
public class Arguments {
  public static void main(String[] args) {
    System.out.println("count " + args.length);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      System.out.println(i + ": [" + a + "] length " + a.length() + " code points "
          + a.codePointCount(0, a.length()));
    }
    System.exit(args.length);
  }
}
