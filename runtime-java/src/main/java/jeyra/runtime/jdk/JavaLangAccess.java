package jeyra.runtime.jdk;

import jeyra.runtime.heap.Allocator;

/**
 * The private JDK members the rest of the runtime needs, reached through this package's
 * {@code @Alias}es (the {@code Target_} classes are not visible outside it).
 */
public final class JavaLangAccess {
  private JavaLangAccess() {}

  /** {@code System.initPhase1()}: properties, standard streams, the main thread's group. */
  public static void initPhase1() {
    Target_java_lang_System.initPhase1();
  }

  /** The "system" thread group, made with ThreadGroup's private constructor. */
  public static ThreadGroup newSystemThreadGroup() {
    return (ThreadGroup) (Object) new Target_java_lang_ThreadGroup();
  }

  /** An unconstructed Thread with only a priority, to stand in as the current thread. */
  public static Thread newStandInThread(int priority) {
    Thread thread = (Thread) Allocator.newInstance(Thread.class);
    ((Target_java_lang_Thread) (Object) thread).priority = priority;
    return thread;
  }

  /** Marks a thread as started and running, as the VM does when it attaches one. */
  public static void markAlive(Thread thread) {
    Target_java_lang_Thread target = (Target_java_lang_Thread) (Object) thread;
    target.eetop = 1;
    target.threadStatus = 0x0005; // JVMTI_THREAD_STATE_ALIVE | JVMTI_THREAD_STATE_RUNNABLE
  }

  /** {@code Thread.dispatchUncaughtException}: the handler prints the JVM's message. */
  public static void dispatchUncaughtException(Thread thread, Throwable throwable) {
    ((Target_java_lang_Thread) (Object) thread).dispatchUncaughtException(throwable);
  }

  /** {@code Thread.exit()}: the thread leaves its group. */
  public static void exitThread(Thread thread) {
    ((Target_java_lang_Thread) (Object) thread).exit();
  }

  /** {@code Shutdown.shutdown()}: runs the shutdown hooks. */
  public static void shutdown() {
    Target_java_lang_Shutdown.shutdown();
  }
}
