package corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Threads: start and join, states, names, priorities, contended synchronized counters,
 * results handed over by join, an uncaught exception in a thread, the threads of a group.
 */
public class ThreadsBasic {
  private static int sharedCounter;
  private static final Object COUNTER_LOCK = new Object();

  private long total;

  synchronized void add(long value) {
    total += value;
  }

  public static void main(String[] args) throws Exception {
    Thread idle = new Thread(() -> {});
    System.out.println(idle.getName() + " " + idle.getState() + " alive=" + idle.isAlive()
        + " daemon=" + idle.isDaemon() + " priority=" + idle.getPriority());
    idle.start();
    idle.join();
    System.out.println(idle.getName() + " " + idle.getState() + " alive=" + idle.isAlive());
    try {
      idle.start();
    } catch (IllegalThreadStateException e) {
      System.out.println("second start: " + e);
    }

    // Four threads fight over one monitor.
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 200_000; i++) {
          synchronized (COUNTER_LOCK) {
            sharedCounter++;
          }
        }
      }, "counter-" + t);
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println("counter: " + sharedCounter);

    // Synchronized methods, reentrancy across threads, results read after join.
    ThreadsBasic sums = new ThreadsBasic();
    long[] partial = new long[8];
    Thread[] workers = new Thread[partial.length];
    for (int w = 0; w < workers.length; w++) {
      int index = w;
      workers[w] = new Thread(() -> {
        long sum = 0;
        for (int i = index; i < 1_000_000; i += partial.length) {
          sum += i;
          if (i % 1000 == index) {
            sums.add(i);
          }
        }
        partial[index] = sum;
      });
      workers[w].setPriority(Thread.MIN_PRIORITY + w % 3);
    }
    for (Thread worker : workers) {
      worker.start();
    }
    long all = 0;
    for (int w = 0; w < workers.length; w++) {
      workers[w].join();
      all += partial[w];
      System.out.println(workers[w].getName() + " priority " + workers[w].getPriority()
          + " sum " + partial[w]);
    }
    System.out.println("sum " + all + " sampled " + sums.total);

    // An uncaught exception ends only its thread; the handler prints it.
    Thread failing = new Thread(ThreadsBasic::fail, "failing-thread");
    failing.start();
    failing.join();
    System.out.println("after failing thread: " + failing.getState());

    Thread custom = new Thread(() -> {
      throw new IllegalArgumentException("handled elsewhere");
    }, "custom");
    custom.setUncaughtExceptionHandler(
        (thread, e) -> System.out.println("handler for " + thread.getName() + ": " + e));
    custom.start();
    custom.join();

    // Many short threads, one after another and a few at a time: ended threads' memory is
    // taken over by new ones.
    int[] runs = new int[1];
    for (int round = 0; round < 100; round++) {
      Thread[] batch = new Thread[3];
      for (int b = 0; b < batch.length; b++) {
        batch[b] = new Thread(() -> {
          synchronized (runs) {
            runs[0]++;
          }
        });
        batch[b].start();
      }
      for (Thread thread : batch) {
        thread.join();
      }
    }
    System.out.println("short threads run: " + runs[0]);

    // Thread-local values are per thread.
    ThreadLocal<String> local = ThreadLocal.withInitial(() -> Thread.currentThread().getName());
    String[] seen = new String[1];
    Thread reader = new Thread(() -> seen[0] = local.get(), "reader");
    reader.start();
    reader.join();
    System.out.println("thread locals: " + local.get() + " / " + seen[0]);

    System.out.println("current: " + Thread.currentThread().getName() + " in "
        + Thread.currentThread().getThreadGroup().getName());
    Thread[] active = new Thread[Thread.activeCount() + 4];
    int count = Thread.enumerate(active);
    System.out.println("active in main's group: " + count + ", first " + active[0].getName());
  }

  static void fail() {
    throw new IllegalStateException("thread failed");
  }
}
