package jeyra.runtime.jdk;

import java.security.AccessControlContext;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;

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
}
