package corpus;

/**
 * How threads end a program: the program waits for non-daemon threads after main returns,
 * not for daemon threads; shutdown hooks run on their own threads once the last non-daemon
 * thread is done; a class initialised by two threads at once runs its initialiser once.
 */
public class ThreadLifecycle {
  static final class Slow {
    static int initialisations;
    static final String VALUE;

    static {
      initialisations++;
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      VALUE = "initialised by " + Thread.currentThread().getName().startsWith("init-");
    }
  }

  public static void main(String[] args) throws Exception {
    String[] seen = new String[4];
    Thread[] racers = new Thread[seen.length];
    for (int i = 0; i < racers.length; i++) {
      int index = i;
      racers[i] = new Thread(() -> seen[index] = Slow.VALUE, "init-" + i);
    }
    for (Thread racer : racers) {
      racer.start();
    }
    for (Thread racer : racers) {
      racer.join();
    }
    System.out.println(String.join(", ", seen) + "; initialisations " + Slow.initialisations);

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("hook runs in " + Thread.currentThread().getName());
    }, "the-hook"));

    Thread daemon = new Thread(() -> {
      Object never = new Object();
      synchronized (never) {
        try {
          never.wait();
        } catch (InterruptedException e) {
          System.out.println("daemon interrupted");
        }
      }
    }, "idle-daemon");
    daemon.setDaemon(true);
    daemon.start();

    Thread last = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      System.out.println("non-daemon thread finishes after main");
    }, "late");
    last.start();
    System.out.println("main returns");
  }
}
