package jeyra.compiler;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Announces a build phase on stderr once it has run for a second, so that short builds stay
 * quiet and long ones show what they are doing.
 */
final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
      runnable -> {
        Thread thread = new Thread(runnable, "jeyra-progress");
        thread.setDaemon(true);
        return thread;
      });
  private ScheduledFuture<?> pending;

  Progress(PrintStream err) {
    this.err = err;
  }

  /** Starts a phase; its description appears if it lasts more than a second. */
  synchronized void start(String description) {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = timer.schedule(() -> err.println("jeyra: " + description + "..."), 1,
        TimeUnit.SECONDS);
  }

  @Override
  public synchronized void close() {
    if (pending != null) {
      pending.cancel(false);
    }
    timer.shutdownNow();
  }
}
