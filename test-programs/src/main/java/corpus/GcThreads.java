package corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Several threads allocating at once, each checking what it built, while another blocks in a
 * read of standard input: the collector stops the allocating threads and works under the
 * blocked one. CollectorTest feeds the input only after the workers are done, so a reader
 * that held up the collection would hang the program.
 */
public class GcThreads {
  private static final int WORKERS = 4;

  public static void main(String[] args) throws Exception {
    String[] line = new String[1];
    Thread reader = new Thread(() -> {
      try {
        line[0] = new BufferedReader(new InputStreamReader(System.in)).readLine();
      } catch (IOException e) {
        line[0] = "failed: " + e;
      }
    }, "reader");
    reader.start();
    long[] results = new long[WORKERS];
    Thread[] workers = new Thread[WORKERS];
    for (int w = 0; w < WORKERS; w++) {
      int id = w;
      workers[w] = new Thread(() -> results[id] = work(id), "worker-" + w);
      workers[w].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.println("workers done");
    System.out.flush();
    reader.join();
    for (int w = 0; w < WORKERS; w++) {
      System.out.println("worker " + w + ": " + results[w]);
    }
    System.out.println("read: " + line[0]);
  }

  private static long work(int id) {
    Map<Integer, String> table = new HashMap<>();
    long sum = 0;
    for (int i = 0; i < 25_000; i++) {
      String value = id + ":" + i;
      table.put(i % 1_000, value);
      int[] scratch = new int[i % 100 + 1];
      scratch[scratch.length - 1] = i;
      sum += scratch[scratch.length - 1] + table.get(i % 1_000).length();
    }
    for (int i = 0; i < 1_000; i++) {
      if (!table.get(i).startsWith(id + ":")) {
        throw new AssertionError("worker " + id + " lost entry " + i);
      }
    }
    return sum;
  }
}
