package jeyra.runtime.access;

import jeyra.annotate.Alias;
import jeyra.annotate.TargetClass;

// The JDK members JavaLangAccess reaches. Each class only aliases: the substitutions of the
// same JDK classes are in jeyra.runtime.jdk.

/** {@code java.lang.System}: its start-up phase. */
@TargetClass(System.class)
final class Target_java_lang_System {
  @Alias
  static void initPhase1() {}
}

/** {@code java.lang.ThreadGroup}: the private constructor of the system group. */
@TargetClass(ThreadGroup.class)
final class Target_java_lang_ThreadGroup {
  @Alias
  Target_java_lang_ThreadGroup() {}
}

/** {@code java.lang.Thread}: the fields a VM sets, and what it calls at a thread's end. */
@TargetClass(Thread.class)
final class Target_java_lang_Thread {
  @Alias int priority;
  @Alias volatile long eetop;
  @Alias volatile int threadStatus;
  @Alias boolean daemon;
  @Alias long stackSize;

  @Alias
  void exit() {}

  @Alias
  void dispatchUncaughtException(Throwable e) {}
}

/** {@code jdk.internal.misc.Signal}: runs a signal's Java handler. */
@TargetClass(className = "jdk.internal.misc.Signal")
final class Target_jdk_internal_misc_Signal {
  @Alias
  static void dispatch(int number) {}
}

/** {@code java.lang.Shutdown}: the shutdown sequence. */
@TargetClass(className = "java.lang.Shutdown")
final class Target_java_lang_Shutdown {
  @Alias
  static void shutdown() {}
}
