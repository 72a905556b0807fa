package corpus;

/** An exception escaping main: stderr gets the JVM's report, the exit status is 1. */
public class Uncaught {
  static class ConfigurationException extends Exception {
    ConfigurationException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static void load(String key) throws ConfigurationException {
    try {
      Integer.parseInt(key);
    } catch (NumberFormatException e) {
      throw new ConfigurationException("bad key " + key, e);
    }
  }

  public static void main(String[] args) throws Exception {
    System.out.println("before");
    load("forty-two");
    System.out.println("after");
  }
}
