package corpus;

/**
 * Shutdown hooks and the signals that run them. With the argument "wait" the program waits
 * for SIGTERM, SIGINT or SIGHUP, which SignalTest sends: the hook runs and the exit status is
 * 128 plus the signal's number. Without it the program ends normally, hooks and all.
 */
public class ShutdownSignals {
  public static void main(String[] args) throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> System.out.println("hook ran in " + Thread.currentThread().getName()), "hook"));
    System.out.println("ready");
    if (args.length > 0 && args[0].equals("wait")) {
      Thread.sleep(120_000);
      System.out.println("no signal came");
    }
  }
}
