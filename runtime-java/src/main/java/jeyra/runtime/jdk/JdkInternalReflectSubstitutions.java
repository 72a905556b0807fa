package jeyra.runtime.jdk;

import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.runtime.stack.CallerClasses;

/** {@code jdk.internal.reflect.Reflection}: callers from the stack, flags from hubs. */
@TargetClass(className = "jdk.internal.reflect.Reflection")
final class Target_jdk_internal_reflect_Reflection {
  /**
   * The class of the method that called the method that calls this one, skipping frames of
   * {@code Method.invoke} and jeyra's own runtime, as {@code JVM_GetCallerClass} does.
   */
  @Substitute
  public static Class<?> getCallerClass() {
    return CallerClasses.callerOfCaller();
  }

  @Substitute
  public static int getClassAccessFlags(Class<?> c) {
    return c.getModifiers();
  }
}
