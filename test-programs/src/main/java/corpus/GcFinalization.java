package corpus;

import java.lang.ref.Cleaner;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finalization and cleaners, as on HotSpot: unreachable objects whose class has a finalize
 * method are finalized once, on the Finalizer thread, after weak references to them were
 * cleared and before phantom references to them are enqueued; an object its finalizer makes
 * reachable again keeps its fields and is not finalized a second time; an exception thrown
 * by a finalizer is ignored; a class that overrides a finalizer with an empty method is not
 * finalized; clones are finalized too; Runtime.runFinalization runs what is queued; a Cleaner of the program's own runs
 * its actions on its own thread.
 */
public class GcFinalization {
  private static final int COUNT = 1_000;
  /** Of the {@link #COUNT} objects, how many are clones (finalized too, as on HotSpot). */
  private static final int CLONES = 50;
  private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(20);

  static final AtomicInteger finalized = new AtomicInteger();
  static final AtomicInteger quietFinalized = new AtomicInteger();
  static volatile Resurrected resurrected;
  static volatile boolean watchedFinalized;

  static class Finalizable {
    @Override
    protected void finalize() {
      finalized.incrementAndGet();
    }
  }

  static class Throwing extends Finalizable {
    @Override
    protected void finalize() {
      super.finalize();
      throw new IllegalStateException("ignored by the Finalizer thread");
    }
  }

  static class Copyable extends Finalizable implements Cloneable {
    Copyable copy() throws CloneNotSupportedException {
      return (Copyable) clone();
    }
  }

  /** Overrides its superclass's finalizer with an empty one: never finalized. */
  static class Quiet extends Finalizable {
    @Override
    protected void finalize() {}
  }

  /** Counts finalizations of its subclass, whose finalizer the empty one hides. */
  static class QuietCounted extends Quiet {
    QuietCounted() {
      quietFinalized.incrementAndGet();
    }
  }

  /** Its initialiser makes an object with a finalizer: it runs at run time, registered. */
  static final class EarlyHolder {
    static Finalizable early = new Finalizable();
  }

  static class Resurrected {
    final int[] data = new int[100];
    int finalizations;

    Resurrected() {
      for (int i = 0; i < data.length; i++) {
        data[i] = i * i;
      }
    }

    @Override
    protected void finalize() {
      finalizations++;
      resurrected = this;
    }
  }

  static class Watched {
    @Override
    protected void finalize() {
      watchedFinalized = true;
    }
  }

  public static void main(String[] args) throws Exception {
    Runtime.getRuntime().runFinalization(); // before anything else initialised Reference
    System.out.println("runFinalization with nothing to finalize returned");
    inThread(GcFinalization::allocateGarbage);
    waitFor(() -> finalized.get() == COUNT);
    System.out.println("finalized: " + finalized.get() + " of " + COUNT);
    inThread(() -> EarlyHolder.early = null);
    waitFor(() -> finalized.get() == COUNT + 1);
    System.out.println("made by an initialiser, finalized: " + (finalized.get() == COUNT + 1));

    inThread(GcFinalization::allocateQuiet);
    collect();
    System.out.println("finalizers hidden by an empty one: "
        + (finalized.get() - COUNT - 1) + " of " + quietFinalized.get() + " ran");

    inThread(GcFinalization::allocateResurrected);
    waitFor(() -> resurrected != null);
    Resurrected back = resurrected;
    long sum = 0;
    for (int value : back.data) {
      sum += value;
    }
    System.out.println("resurrected with its data: " + sum);
    resurrected = null;
    back = null;
    collect();
    collect();
    System.out.println("finalized again: " + (resurrected != null));

    watchWeakAndPhantom();

    Runtime.getRuntime().runFinalization();
    System.out.println("runFinalization returned");

    cleanerRuns();
  }

  /**
   * Runs an allocation in a thread of its own, which ends: no stale slot of a frame that is
   * still running can hold the garbage it made (the collector scans stacks conservatively,
   * as HotSpot's precise stack maps do not).
   */
  private static void inThread(Runnable allocation) throws InterruptedException {
    Thread thread = new Thread(allocation);
    thread.start();
    thread.join();
  }

  private static void allocateGarbage() {
    for (int i = 0; i < COUNT - 2 * CLONES; i++) {
      Object object = i % 10 == 0 ? new Throwing() : new Finalizable();
    }
    try {
      for (int i = 0; i < CLONES; i++) {
        new Copyable().copy();
      }
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  private static void allocateResurrected() {
    new Resurrected();
  }

  private static void allocateQuiet() {
    for (int i = 0; i < 100; i++) {
      new QuietCounted();
    }
  }

  /**
   * A weak reference to an object with a finalizer is cleared by the collection that finds
   * it unreachable; a phantom reference to it is enqueued only after its finalizer ran.
   */
  private static void watchWeakAndPhantom() throws InterruptedException {
    ReferenceQueue<Object> queue = new ReferenceQueue<>();
    Object[] holder = {new Watched()};
    WeakReference<Object> weak = new WeakReference<>(holder[0]);
    PhantomReference<Object> phantom = new PhantomReference<>(holder[0], queue);
    holder[0] = null;
    long start = System.nanoTime();
    boolean enqueued = false;
    boolean finalizedFirst = false;
    while (!enqueued && System.nanoTime() - start < TIMEOUT_NANOS) {
      System.gc();
      boolean finalizedBefore = watchedFinalized;
      enqueued = queue.remove(100) == phantom;
      finalizedFirst = finalizedBefore;
    }
    System.out.println("weak reference cleared: " + (weak.get() == null)
        + ", phantom enqueued: " + enqueued + ", after the finalizer: " + finalizedFirst);
  }

  private static void cleanerRuns() throws InterruptedException {
    Cleaner cleaner = Cleaner.create();
    CountDownLatch cleaned = new CountDownLatch(COUNT);
    for (int i = 0; i < COUNT; i++) {
      cleaner.register(new Object(), cleaned::countDown);
    }
    Object kept = new Object();
    AtomicInteger explicitRuns = new AtomicInteger();
    Cleaner.Cleanable explicit = cleaner.register(kept, explicitRuns::incrementAndGet);
    long start = System.nanoTime();
    while (cleaned.getCount() > 0 && System.nanoTime() - start < TIMEOUT_NANOS) {
      System.gc();
      cleaned.await(100, TimeUnit.MILLISECONDS);
    }
    System.out.println("cleaning actions run: " + (COUNT - cleaned.getCount()) + " of " + COUNT
        + "; for the live object: " + explicitRuns.get());
    explicit.clean();
    explicit.clean();
    Reference.reachabilityFence(kept);
    System.out.println("explicit clean ran: " + explicitRuns.get());
  }

  private static void collect() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      System.runFinalization();
      Thread.sleep(10);
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long start = System.nanoTime();
    while (!done.getAsBoolean() && System.nanoTime() - start < TIMEOUT_NANOS) {
      System.gc();
      System.runFinalization();
      Thread.sleep(10);
    }
  }
}
