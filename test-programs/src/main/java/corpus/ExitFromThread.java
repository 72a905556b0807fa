package corpus;

/** System.exit from another thread ends the whole program with its status, hooks first. */
public class ExitFromThread {
  public static void main(String[] args) throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook")));
    Thread exiter = new Thread(() -> {
      System.out.println("exiting from " + Thread.currentThread().getName());
      System.exit(3);
    }, "exiter");
    exiter.start();
    exiter.join(); // never returns: the exit ends main too
    System.out.println("not reached");
  }
}
