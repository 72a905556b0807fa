package corpus;

/** synchronized methods and blocks on one thread: reentrancy, exceptions release the lock. */
public class Synchronization {
  private int counter;
  private final Object lock = new Object();

  synchronized void increment() {
    counter++;
  }

  synchronized int nested(int depth) {
    if (depth == 0) {
      return counter;
    }
    synchronized (this) {
      synchronized (lock) {
        return nested(depth - 1);
      }
    }
  }

  static synchronized String staticSync(String s) {
    return "[" + s + "]";
  }

  void failInside() {
    synchronized (lock) {
      throw new IllegalStateException("thrown while holding the lock");
    }
  }

  public static void main(String[] args) {
    Synchronization s = new Synchronization();
    for (int i = 0; i < 1000; i++) {
      s.increment();
    }
    System.out.println(s.nested(50) + " " + staticSync("static"));
    try {
      s.failInside();
    } catch (IllegalStateException e) {
      System.out.println(e.getMessage());
    }
    synchronized (s.lock) {
      System.out.println("lock is free again: " + Thread.holdsLock(s.lock));
    }
    System.out.println("held after block: " + Thread.holdsLock(s.lock));
    StringBuffer buffer = new StringBuffer();
    for (int i = 0; i < 5; i++) {
      buffer.append(i).append(',');
    }
    System.out.println(buffer.reverse());
    try {
      s.lock.notify();
    } catch (IllegalMonitorStateException e) {
      System.out.println("IllegalMonitorStateException: " + e.getMessage());
    }
    System.out.println("current thread: " + Thread.currentThread().getName() + " "
        + Thread.currentThread().getThreadGroup().getName() + " "
        + Thread.currentThread().getPriority() + " " + Thread.currentThread().isDaemon());
  }
}
