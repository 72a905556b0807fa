package jeyra.runtime.jdk;

import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.annotate.TargetElement;
import jeyra.intrinsics.Linkage;

/**
 * {@code jdk.internal.access.SharedSecrets}: its static initialiser only makes a
 * {@code MethodHandles.Lookup} that nothing uses, and it initialises classes through method
 * handles; both would bring the whole method-handle implementation into every program.
 */
@TargetClass(className = "jdk.internal.access.SharedSecrets")
final class Target_jdk_internal_access_SharedSecrets {
  /** The original only sets the unused {@code lookup} field. */
  @Substitute
  @TargetElement(name = "<clinit>")
  static void classInitializer() {}

  @Substitute
  private static void ensureClassInitialized(Class<?> c) {
    Linkage.initialize(c);
  }
}
