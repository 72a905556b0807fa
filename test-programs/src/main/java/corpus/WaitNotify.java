package corpus;

import java.util.ArrayDeque;

/**
 * Object.wait/notify/notifyAll between threads: a bounded buffer, a hand-off in strict
 * turns, interrupts of sleeping and waiting threads, timed waits and joins.
 */
public class WaitNotify {
  /** A bounded buffer guarded by its own monitor. */
  static final class Buffer {
    private final ArrayDeque<Integer> items = new ArrayDeque<>();
    private final int capacity;

    Buffer(int capacity) {
      this.capacity = capacity;
    }

    synchronized void put(int item) throws InterruptedException {
      while (items.size() == capacity) {
        wait();
      }
      items.add(item);
      notifyAll();
    }

    synchronized int take() throws InterruptedException {
      while (items.isEmpty()) {
        wait();
      }
      int item = items.remove();
      notifyAll();
      return item;
    }
  }

  private static int turn;

  public static void main(String[] args) throws Exception {
    Buffer buffer = new Buffer(3);
    long[] consumed = new long[2];
    Thread[] consumers = new Thread[2];
    for (int c = 0; c < consumers.length; c++) {
      int index = c;
      consumers[c] = new Thread(() -> {
        try {
          while (true) {
            int item = buffer.take();
            if (item < 0) {
              return;
            }
            consumed[index] += item;
          }
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
      });
      consumers[c].start();
    }
    for (int i = 1; i <= 10_000; i++) {
      buffer.put(i);
    }
    buffer.put(-1);
    buffer.put(-1);
    for (Thread consumer : consumers) {
      consumer.join();
    }
    System.out.println("consumed " + (consumed[0] + consumed[1]));

    // Strict alternation: each thread waits for its turn.
    Object lock = new Object();
    StringBuilder order = new StringBuilder();
    Thread[] players = new Thread[3];
    for (int p = 0; p < players.length; p++) {
      int me = p;
      players[p] = new Thread(() -> {
        for (int round = 0; round < 5; round++) {
          synchronized (lock) {
            while (turn % players.length != me) {
              try {
                lock.wait();
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              }
            }
            order.append((char) ('A' + me));
            turn++;
            lock.notifyAll();
          }
        }
      });
    }
    for (Thread player : players) {
      player.start();
    }
    for (Thread player : players) {
      player.join();
    }
    System.out.println("turns " + order);

    // Interrupting a sleeping thread.
    Thread sleeper = new Thread(() -> {
      try {
        Thread.sleep(60_000);
        System.out.println("slept through");
      } catch (InterruptedException e) {
        System.out.println("sleeper: " + e.getMessage() + ", flag now "
            + Thread.currentThread().isInterrupted());
      }
    });
    sleeper.start();
    awaitState(sleeper, Thread.State.TIMED_WAITING);
    sleeper.interrupt();
    sleeper.join();

    // Interrupting a waiting thread: it gets the monitor back before it throws.
    Object monitor = new Object();
    Thread waiter = new Thread(() -> {
      synchronized (monitor) {
        try {
          monitor.wait();
          System.out.println("woke normally");
        } catch (InterruptedException e) {
          System.out.println("waiter interrupted, holds monitor: " + Thread.holdsLock(monitor));
        }
      }
    });
    waiter.start();
    awaitState(waiter, Thread.State.WAITING);
    waiter.interrupt();
    waiter.join();

    // A thread blocked on a monitor shows as BLOCKED.
    Thread blocked;
    synchronized (monitor) {
      blocked = new Thread(() -> {
        synchronized (monitor) {
          System.out.println("blocked thread got the monitor");
        }
      });
      blocked.start();
      awaitState(blocked, Thread.State.BLOCKED);
      System.out.println("blocked state seen");
    }
    blocked.join();

    // Timed waits and joins run out.
    long start = System.nanoTime();
    synchronized (monitor) {
      monitor.wait(30);
    }
    Thread.currentThread().interrupt();
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      System.out.println("pending interrupt: " + e.getMessage());
    }
    Thread lingering = new Thread(() -> {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    });
    lingering.start();
    lingering.join(20);
    System.out.println("after timed join alive: " + lingering.isAlive());
    lingering.join();
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("timed waits took at least 300 ms: " + (elapsedMillis >= 300));

    try {
      monitor.notify();
    } catch (IllegalMonitorStateException e) {
      System.out.println("notify without the monitor: " + e.getMessage());
    }
  }

  static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
    while (thread.getState() != state) {
      Thread.sleep(1);
    }
  }
}
