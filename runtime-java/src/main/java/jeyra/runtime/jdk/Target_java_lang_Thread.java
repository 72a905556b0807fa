package jeyra.runtime.jdk;

import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.runtime.Blocking;
import jeyra.runtime.CurrentThread;
import jeyra.runtime.JavaThreads;
import jeyra.runtime.Monitors;

/**
 * {@code java.lang.Thread}: the current thread comes from the thread block, threads start
 * on origin-java threads ({@link JavaThreads}), sleeping and interrupts are futex waits and
 * wake-ups ({@link Blocking}).
 */
@TargetClass(Thread.class)
final class Target_java_lang_Thread {
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
    Blocking.sleep(millis);
  }

  @Substitute
  public static boolean holdsLock(Object obj) {
    if (obj == null) {
      throw new NullPointerException();
    }
    return Monitors.holdsLock(obj);
  }

  /** Starts the thread on an origin-java thread of its own. */
  @Substitute
  private void start0() {
    JavaThreads.start((Thread) (Object) this);
  }

  /** Priorities have no effect on Linux without privileges; the JVM ignores them too. */
  @Substitute
  private void setPriority0(int newPriority) {}

  /** The interrupt flag is already set, in Java: wakes the thread if it blocks. */
  @Substitute
  private void interrupt0() {
    Blocking.interrupt((Thread) (Object) this);
  }

  @Substitute
  private static void clearInterruptEvent() {}

  /** The JVM names native threads for debuggers; nothing to do. */
  @Substitute
  private void setNativeName(String name) {}

  @Substitute
  private static Thread[] getThreads() {
    return JavaThreads.liveThreads();
  }
}
