package corpus;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * java.lang.ref under the collector: weak references to garbage are cleared and enqueued by
 * a collection, those to live objects are not; soft references survive while memory lasts;
 * phantom references are enqueued cleared; a WeakHashMap drops entries whose keys died. With
 * the argument "soft" (CollectorTest runs it so under a small heap), soft references are
 * cleared before OutOfMemoryError.
 */
public class GcReferences {
  private static final int COUNT = 1_000;

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("soft")) {
      softBeforeOutOfMemory();
      return;
    }
    ReferenceQueue<Object> queue = new ReferenceQueue<>();
    Object live = new Object();
    WeakReference<Object> toLive = new WeakReference<>(live, queue);
    List<WeakReference<int[]>> toGarbage = inThread(() -> weakReferencesToGarbage(queue));
    SoftReference<int[]> soft = new SoftReference<>(new int[64]);
    PhantomReference<Object> phantom = inThread(() -> phantomReferenceToGarbage(queue));
    System.gc();
    int cleared = 0;
    for (WeakReference<int[]> reference : toGarbage) {
      cleared += reference.get() == null ? 1 : 0;
    }
    System.out.println("weak references to garbage cleared: " + cleared + " of " + COUNT);
    System.out.println("weak reference to a live object kept: " + (toLive.get() == live));
    System.out.println("soft reference kept: " + (soft.get() != null));
    int enqueued = 0;
    boolean phantomEnqueued = false;
    while (enqueued < COUNT + 1) {
      Reference<?> reference = queue.remove(10_000);
      if (reference == null) {
        break;
      }
      phantomEnqueued |= reference == phantom;
      enqueued++;
    }
    System.out.println("enqueued: " + enqueued + ", the phantom among them: " + phantomEnqueued
        + ", cleared: " + phantom.refersTo(null));
    System.out.println("the live one enqueued: " + toLive.isEnqueued());

    WeakHashMap<Object, String> map = new WeakHashMap<>();
    inThread(() -> { // the keys made in main's frame could stay in one of its registers
      for (int i = 0; i < 100; i++) {
        map.put(new Object(), "value " + i);
      }
      return null;
    });
    Object key = new Object();
    map.put(key, "kept");
    for (int tries = 0; tries < 100 && map.size() > 1; tries++) {
      System.gc();
      Thread.sleep(10);
    }
    System.out.println("weak map: " + map.size() + " entry, " + map.get(key));
    Reference.reachabilityFence(live);
  }

  // The garbage is made in a thread that then ends: jeyra's collector scans stacks
  // conservatively, so a slot of a frame still running (main's, or one of the collection's
  // own frames over a region deeper calls used) that was never written since could hold an
  // address and keep an object, as under the Boehm collector; a stack whose thread ended is
  // not scanned.

  private static <T> T inThread(Supplier<T> maker) throws InterruptedException {
    List<T> made = new ArrayList<>();
    Thread thread = new Thread(() -> made.add(maker.get()));
    thread.start();
    thread.join();
    return made.get(0);
  }

  private static List<WeakReference<int[]>> weakReferencesToGarbage(
      ReferenceQueue<Object> queue) {
    List<WeakReference<int[]>> references = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      references.add(new WeakReference<>(new int[64], queue));
    }
    return references;
  }

  private static PhantomReference<Object> phantomReferenceToGarbage(
      ReferenceQueue<Object> queue) {
    return new PhantomReference<>(new Object(), queue);
  }

  private static SoftReference<byte[]> softReferenceToGarbage() {
    return new SoftReference<>(new byte[4 << 20]);
  }

  private static void softBeforeOutOfMemory() throws InterruptedException {
    // Made in a thread, as the other garbage is: the frames of the allocations below reuse
    // the stack its making left, and a slot they never write would keep the array.
    SoftReference<byte[]> soft = inThread(GcReferences::softReferenceToGarbage);
    List<byte[]> hog = new ArrayList<>();
    try {
      while (true) {
        hog.add(new byte[1 << 20]);
      }
    } catch (OutOfMemoryError e) {
      int held = hog.size();
      hog = null;
      System.out.println("soft reference cleared before OutOfMemoryError: "
          + (soft.get() == null) + " (" + (held > 0) + ")");
    }
  }
}
