package jeyra.runtime.access;

import jeyra.runtime.heap.Allocator;

/**
 * The private JDK members the rest of the runtime needs, reached through this package's
 * {@code @Alias}es (the {@code Target_} classes are not visible outside it), as the JDK's own
 * {@code jdk.internal.access.JavaLangAccess} gives its other packages a way into
 * {@code java.lang}. The substitutions in {@code jeyra.runtime.jdk} call the runtime; the
 * runtime reaches the JDK only through here, so the two packages do not depend on each other
 * both ways.
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

  /**
   * Binds a thread to its thread block and marks it alive, or with 0 marks it ended:
   * {@code Thread.isAlive} tests {@code eetop}, where HotSpot keeps its JavaThread.
   */
  public static void setThreadBlock(Thread thread, long block) {
    ((Target_java_lang_Thread) (Object) thread).eetop = block;
  }

  /** The thread block of a live thread, 0 if it has not started or has ended. */
  public static long threadBlock(Thread thread) {
    return ((Target_java_lang_Thread) (Object) thread).eetop;
  }

  /** Sets {@code Thread.threadStatus} (see {@code jeyra.runtime.ThreadStates}). */
  public static void setThreadStatus(Thread thread, int status) {
    ((Target_java_lang_Thread) (Object) thread).threadStatus = status;
  }

  /** Whether the thread is a daemon. */
  public static boolean isDaemon(Thread thread) {
    return ((Target_java_lang_Thread) (Object) thread).daemon;
  }

  /** The stack size requested when the thread was made, 0 for the default. */
  public static long requestedStackSize(Thread thread) {
    return ((Target_java_lang_Thread) (Object) thread).stackSize;
  }

  /** {@code Thread.dispatchUncaughtException}: the handler prints the JVM's message. */
  public static void dispatchUncaughtException(Thread thread, Throwable throwable) {
    ((Target_java_lang_Thread) (Object) thread).dispatchUncaughtException(throwable);
  }

  /** {@code Thread.exit()}: the thread leaves its group. */
  public static void exitThread(Thread thread) {
    ((Target_java_lang_Thread) (Object) thread).exit();
  }

  /** {@code jdk.internal.misc.Signal.dispatch}: starts the thread running a signal's handler. */
  public static void dispatchSignal(int number) {
    Target_jdk_internal_misc_Signal.dispatch(number);
  }

  /** {@code Shutdown.shutdown()}: runs the shutdown hooks. */
  public static void shutdown() {
    Target_java_lang_Shutdown.shutdown();
  }
}
