package jeyra.runtime.jdk;

import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.runtime.CurrentThread;
import jeyra.runtime.Monitors;
import jeyra.runtime.Sleep;

/**
 * {@code java.lang.Thread}: the current thread comes from the thread block; sleeping and
 * yielding are system calls. Starting threads is not supported yet, except that the JDK's
 * own daemon threads that only serve a garbage collector (Reference Handler, Finalizer) are
 * left unstarted: without a collector no reference is ever enqueued for them.
 */
@TargetClass(Thread.class)
final class Target_java_lang_Thread {
  @Alias int priority;
  @Alias volatile long eetop;
  @Alias volatile int threadStatus;
  @Alias private boolean daemon;

  @Alias
  void exit() {}

  @Alias
  void dispatchUncaughtException(Throwable e) {}

  @Substitute
  private static void registerNatives() {}

  @Substitute
  public static Thread currentThread() {
    return CurrentThread.javaThread();
  }

  @Substitute
  public static void yield() {
    jeyra.libc.process.Scheduling.schedYield();
  }

  @Substitute
  public static void sleep(long millis) throws InterruptedException {
    if (millis < 0) {
      throw new IllegalArgumentException("timeout value is negative");
    }
    Sleep.sleepMillis(millis);
  }

  @Substitute
  public static boolean holdsLock(Object obj) {
    if (obj == null) {
      throw new NullPointerException();
    }
    return Monitors.holdsLock(obj);
  }

  @Substitute
  private void start0() {
    String type = ((Object) this).getClass().getName();
    if (daemon && (type.equals("java.lang.ref.Reference$ReferenceHandler")
        || type.equals("java.lang.ref.Finalizer$FinalizerThread"))) {
      return; // serves a collector that does not exist yet; see the class comment
    }
    throw new UnsupportedOperationException(
        "Thread.start: jeyra does not support threads yet (" + type + ")");
  }

  /** Priorities have no effect on Linux without privileges; the JVM ignores them too. */
  @Substitute
  private void setPriority0(int newPriority) {}

  /** The interrupt flag is kept in Java; with one thread nobody is blocked to wake. */
  @Substitute
  private void interrupt0() {}

  @Substitute
  private static void clearInterruptEvent() {}

  /** The JVM names native threads for debuggers; nothing to do. */
  @Substitute
  private void setNativeName(String name) {}

  @Substitute
  private static Thread[] getThreads() {
    Thread current = CurrentThread.javaThread();
    return current == null ? new Thread[0] : new Thread[] {current};
  }
}
