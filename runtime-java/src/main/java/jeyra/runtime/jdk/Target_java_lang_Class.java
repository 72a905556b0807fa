package jeyra.runtime.jdk;

import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;
import jeyra.runtime.ClassLookup;
import jeyra.runtime.hub.Hubs;
import jeyra.runtime.hub.TypeChecks;

/**
 * {@code java.lang.Class}: every {@code Class} object is a hub of the image, written by the
 * compiler. What a JVM keeps in its class metadata is in fields the runtime's hub package
 * injects ({@code jeyra.runtime.hub}); the substituted natives read them through
 * {@link Hubs} instead of asking a VM.
 */
@TargetClass(Class.class)
public final class Target_java_lang_Class {
  @Alias private String name;
  @Alias private transient volatile Object[] enumConstants;

  /** Replaces the JNI registration: there is nothing to register. */
  @Substitute
  private static void registerNatives() {}

  /** The name is always set in the image; this is never reached in practice. */
  @Substitute
  private String initClassName() {
    return name;
  }

  @Substitute
  public boolean isInstance(Object obj) {
    return obj != null && TypeChecks.isAssignable(obj.getClass(), (Class<?>) (Object) this);
  }

  @Substitute
  public boolean isAssignableFrom(Class<?> cls) {
    if (cls == null) {
      throw new NullPointerException();
    }
    return TypeChecks.isAssignable(cls, (Class<?>) (Object) this);
  }

  @Substitute
  public boolean isInterface() {
    return Hubs.hasAnyFlag((Class<?>) (Object) this, HubConstants.FLAG_INTERFACE);
  }

  @Substitute
  public boolean isArray() {
    return Hubs.isArray((Class<?>) (Object) this);
  }

  @Substitute
  public boolean isPrimitive() {
    return Hubs.hasAnyFlag((Class<?>) (Object) this, HubConstants.FLAG_PRIMITIVE);
  }

  /** jeyra has no hidden classes: lambdas are ordinary classes made at build time. */
  @Substitute
  public boolean isHidden() {
    return false;
  }

  @Substitute
  public Class<?> getSuperclass() {
    return Hubs.superclass((Class<?>) (Object) this);
  }

  @Substitute
  private Class<?>[] getInterfaces0() {
    return Hubs.interfaces((Class<?>) (Object) this).clone();
  }

  /**
   * The class file's access flags. Unlike the JVM this does not yet consult the InnerClasses
   * attribute, so a nested class reports its outer flags ({@code static} is missing).
   */
  @Substitute
  public int getModifiers() {
    return Hubs.modifiers((Class<?>) (Object) this);
  }

  /** Assertions are disabled, as on a JVM started without {@code -ea}. */
  @Substitute
  private static boolean desiredAssertionStatus0(Class<?> clazz) {
    return false;
  }

  @Substitute
  static Class<?> getPrimitiveClass(String name) {
    return Hubs.primitiveClass(name);
  }

  /**
   * The enum's constants, shared and cached: the JDK calls {@code values()} reflectively, the
   * compiler dispatches to it directly.
   */
  @Substitute
  Object[] getEnumConstantsShared() {
    Object[] constants = enumConstants;
    if (constants == null) {
      if (!((Class<?>) (Object) this).isEnum()) {
        return null;
      }
      constants = Linkage.enumValues((Class<?>) (Object) this);
      enumConstants = constants;
    }
    return constants;
  }

  @Substitute
  private String getSimpleBinaryName0() {
    return Hubs.simpleBinaryName((Class<?>) (Object) this);
  }

  @Substitute
  private Class<?> getDeclaringClass0() {
    return Hubs.declaringClass((Class<?>) (Object) this);
  }

  /** JVM_GetEnclosingMethodInfo: {class, name, descriptor}, or null outside local classes. */
  @Substitute
  private Object[] getEnclosingMethod0() {
    return Hubs.enclosingMethodInfo((Class<?>) (Object) this);
  }

  /**
   * The class of this name in the image. The module is not checked, and may be null: the
   * image's classes have no Module objects yet (getModule() is null), and names are unique
   * among the classes the JDK and the program have.
   */
  @Substitute
  public static Class<?> forName(Module module, String name) {
    java.util.Objects.requireNonNull(name);
    return ClassLookup.find(name);
  }

  /**
   * Looks the class up among the image's classes; there is no class loading at run time.
   * A class that is not in the image throws ClassNotFoundException, as if it were not on the
   * class path.
   */
  @Substitute
  private static Class<?> forName0(String name, boolean initialize, ClassLoader loader,
      Class<?> caller) throws ClassNotFoundException {
    return ClassLookup.forName(name, initialize);
  }
}
