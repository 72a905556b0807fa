package jeyra.runtime;

import jeyra.runtime.jdk.JavaLangAccess;

/** The {@code java.lang.Thread} side of threads. */
final class JavaThreads {
  private JavaThreads() {}

  /**
   * Creates the "system" and "main" thread groups and the main thread's {@code Thread},
   * binding it to the current thread, as HotSpot's {@code create_initial_thread} does.
   *
   * <p>The {@code Thread} constructor reads its parent, the current thread, so HotSpot binds
   * the new object before running the constructor. Java code cannot run a constructor on an
   * existing object, so a stand-in thread with the main thread's priority is bound during
   * construction instead; the constructor only reads its group, daemon status, priority and
   * inherited locals, which the stand-in gives as HotSpot's half-built thread would.
   */
  static Thread createMainThread() {
    ThreadGroup system = JavaLangAccess.newSystemThreadGroup();
    ThreadGroup mainGroup = new ThreadGroup(system, "main");
    CurrentThread.setJavaThread(JavaLangAccess.newStandInThread(Thread.NORM_PRIORITY));
    Thread main = new Thread(mainGroup, "main");
    JavaLangAccess.markAlive(main);
    CurrentThread.setJavaThread(main);
    return main;
  }
}
