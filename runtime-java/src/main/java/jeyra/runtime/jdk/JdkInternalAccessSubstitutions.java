package jeyra.runtime.jdk;

import java.lang.ref.Reference;
import jdk.internal.access.JavaLangRefAccess;
import jeyra.annotate.Alias;
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

  @Alias private static JavaLangRefAccess javaLangRefAccess;

  @Substitute
  private static void ensureClassInitialized(Class<?> c) {
    Linkage.initialize(c);
  }

  /**
   * {@code Reference}'s initialiser sets this access. HotSpot runs it at start-up, so the
   * original returns the field as it is; here it runs on first use, so a program whose first
   * use is {@code Runtime.runFinalization()} got null.
   */
  @Substitute
  public static JavaLangRefAccess getJavaLangRefAccess() {
    Linkage.initialize(Reference.class);
    return javaLangRefAccess;
  }
}
