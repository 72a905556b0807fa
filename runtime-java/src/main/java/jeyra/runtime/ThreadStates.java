package jeyra.runtime;

import jeyra.runtime.access.JavaLangAccess;

/**
 * The values of {@code Thread.threadStatus}, which {@code Thread.getState} decodes: HotSpot's
 * {@code JavaThreadStatus}, built from JVMTI thread-state bits.
 */
public final class ThreadStates {
  private ThreadStates() {}

  public static final int NEW = 0;
  public static final int RUNNABLE = 0x0005;
  public static final int SLEEPING = 0x00e1;
  public static final int IN_OBJECT_WAIT = 0x0191;
  public static final int IN_OBJECT_WAIT_TIMED = 0x01a1;
  public static final int PARKED = 0x0291;
  public static final int PARKED_TIMED = 0x02a1;
  public static final int BLOCKED_ON_MONITOR = 0x0401;
  public static final int TERMINATED = 0x0002;

  /** Records what a thread is doing; nothing before its {@code Thread} exists. */
  public static void set(Thread thread, int status) {
    if (thread != null) {
      JavaLangAccess.setThreadStatus(thread, status);
    }
  }
}
