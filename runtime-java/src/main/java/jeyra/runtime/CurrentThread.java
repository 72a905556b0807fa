package jeyra.runtime;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;

/** The calling thread's slots in its thread block (see {@link ThreadBlockLayout}). */
public final class CurrentThread {
  private CurrentThread() {}

  /** The thread's {@code java.lang.Thread}, or null before it exists. */
  public static Thread javaThread() {
    return (Thread) Cpu.threadPointer().readObject(
        (long) ThreadBlockLayout.JAVA_THREAD * TargetInfo.wordBytes());
  }

  /** Binds the thread's {@code java.lang.Thread}. */
  static void setJavaThread(Thread thread) {
    Cpu.threadPointer().writeObject(
        (long) ThreadBlockLayout.JAVA_THREAD * TargetInfo.wordBytes(), thread);
  }

  /** The small positive id lock words record as owner. */
  public static int lockId() {
    return Cpu.threadPointer().readInt((long) ThreadBlockLayout.THREAD_ID * TargetInfo.wordBytes());
  }
}
