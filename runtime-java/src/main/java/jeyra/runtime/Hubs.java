package jeyra.runtime;

import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;
import jeyra.runtime.jdk.Target_java_lang_Class;

/**
 * Access to the VM part of {@code Class} objects (the injected {@code jeyra*} fields).
 * {@code Target_java_lang_Class} is {@code java.lang.Class} after renaming, so the cast in
 * {@link #of} is an ordinary {@code checkcast Class}.
 */
public final class Hubs {
  private Hubs() {}

  /** The VM view of a class object. */
  public static Target_java_lang_Class of(Class<?> type) {
    // A plain checkcast to java.lang.Class once Target_java_lang_Class is renamed.
    return (Target_java_lang_Class) (Object) type;
  }

  /** Whether a class object is an array class. */
  public static boolean isArray(Class<?> type) {
    return (of(type).jeyraFlags & HubConstants.FLAG_ARRAY) != 0;
  }

  /**
   * {@code HashMap.comparableClassFor}: the class of {@code x} if it implements
   * {@code Comparable<its own class>} directly, else null. The JDK asks generic reflection;
   * the build recorded the answer in the class's flags.
   */
  public static Class<?> comparableClassFor(Object x) {
    if (!(x instanceof Comparable)) {
      return null;
    }
    Class<?> c = x.getClass();
    if (c == String.class || (of(c).jeyraFlags & HubConstants.FLAG_SELF_COMPARABLE) != 0) {
      return c;
    }
    return null;
  }

  /** {@code int.class} and friends by name, for {@code Class.getPrimitiveClass}. */
  public static Class<?> primitiveClass(String name) {
    switch (name) {
      case "boolean":
        return Linkage.classLiteral("Z");
      case "byte":
        return Linkage.classLiteral("B");
      case "char":
        return Linkage.classLiteral("C");
      case "short":
        return Linkage.classLiteral("S");
      case "int":
        return Linkage.classLiteral("I");
      case "long":
        return Linkage.classLiteral("J");
      case "float":
        return Linkage.classLiteral("F");
      case "double":
        return Linkage.classLiteral("D");
      case "void":
        return Linkage.classLiteral("V");
      default:
        throw new IllegalArgumentException("not a primitive type: " + name);
    }
  }
}
