package jeyra.runtime.jdk;

import java.security.AccessControlContext;
import java.security.PrivilegedAction;
import java.security.PrivilegedExceptionAction;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.annotate.TargetElement;

/**
 * {@code java.security.AccessController}: there is no security manager, and no protection
 * domains on the stack, so every context is the empty one.
 */
@TargetClass(java.security.AccessController.class)
final class Target_java_security_AccessController {
  @Substitute
  private static AccessControlContext getStackAccessControlContext() {
    return null;
  }

  @Substitute
  static AccessControlContext getInheritedAccessControlContext() {
    return null;
  }

  @Substitute
  private static void ensureMaterializedForStackWalk(Object o) {}

  /*
   * The originals keep the context and caller alive for the VM's stack walk, which has
   * nothing to find here. Being this small, each doPrivileged call site gets its own copy in
   * the points-to analysis, so a site reaches only its own action's run() rather than every
   * PrivilegedAction in the JDK.
   */

  @Substitute
  private static <T> T executePrivileged(PrivilegedAction<T> action,
      AccessControlContext context, Class<?> caller) {
    return action.run();
  }

  @Substitute
  private static <T> T executePrivileged(PrivilegedExceptionAction<T> action,
      AccessControlContext context, Class<?> caller) throws Exception {
    return action.run();
  }
}

/**
 * {@code sun.security.util.Debug}: security debugging is switched on by the
 * {@code java.security.debug} property on the java command line, which a native executable
 * does not have, so it is always off. (The original's initialiser parses the property with
 * regular expressions, which would otherwise be in every program.)
 */
@TargetClass(className = "sun.security.util.Debug")
final class Target_sun_security_util_Debug {
  @Substitute
  @TargetElement(name = "<clinit>")
  static void classInitializer() {}

  @Substitute
  public static Target_sun_security_util_Debug getInstance(String option) {
    return null;
  }

  @Substitute
  public static Target_sun_security_util_Debug getInstance(String option, String prefix) {
    return null;
  }

  @Substitute
  public static boolean isOn(String option) {
    return false;
  }

  @Substitute
  public static boolean isVerbose() {
    return false;
  }
}
