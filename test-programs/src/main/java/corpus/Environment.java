package corpus;

/** Environment variables and the system properties every Java program may rely on. */
public class Environment {
  public static void main(String[] args) {
    System.out.println("JEYRA_TEST_VALUE=" + System.getenv("JEYRA_TEST_VALUE"));
    System.out.println("missing=" + System.getenv("JEYRA_SURELY_NOT_SET"));
    System.out.println("env has PATH: " + System.getenv().containsKey("PATH"));
    String[] keys = {"line.separator", "file.separator", "path.separator", "os.name",
        "file.encoding", "java.specification.version"};
    for (String key : keys) {
      String value = System.getProperty(key);
      System.out.println(key + "=" + value.replace("\n", "\\n"));
    }
    System.out.println("user.dir is absolute: "
        + System.getProperty("user.dir").startsWith("/"));
    System.out.println("custom default: " + System.getProperty("no.such.key", "fallback"));
    System.setProperty("my.key", "my value");
    System.out.println("set and get: " + System.getProperty("my.key") + " "
        + Integer.getInteger("no.such.int", 7) + " " + Boolean.getBoolean("my.key"));
    System.out.println(System.lineSeparator().length());
    long before = System.currentTimeMillis();
    long nanos = System.nanoTime();
    System.out.println("time moves: " + (before > 1_600_000_000_000L) + " "
        + (System.nanoTime() >= nanos));
  }
}
