package jeyra.runtime.hub;

import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;

/**
 * The runtime's one way to the VM part of {@code Class} objects (the fields
 * {@link Target_java_lang_Class} injects). Nothing here needs class initialisation, so the
 * allocator and class initialisation itself may call it.
 */
public final class Hubs {
  private Hubs() {}

  /**
   * The VM view of a class object: {@code Target_java_lang_Class} is {@code java.lang.Class}
   * after renaming, so this is a plain {@code checkcast Class}.
   */
  static Target_java_lang_Class of(Class<?> type) {
    return (Target_java_lang_Class) (Object) type;
  }

  /** The class's {@code HubConstants.FLAG_*} bits. */
  public static int flags(Class<?> type) {
    return of(type).jeyraFlags;
  }

  /** Whether the class has any of the {@code HubConstants.FLAG_*} bits in {@code flags}. */
  public static boolean hasAnyFlag(Class<?> type, int flags) {
    return (of(type).jeyraFlags & flags) != 0;
  }

  /** Whether a class object is an array class. */
  public static boolean isArray(Class<?> type) {
    return hasAnyFlag(type, HubConstants.FLAG_ARRAY);
  }

  /** The class file's access flags. */
  public static int modifiers(Class<?> type) {
    return of(type).jeyraModifiers;
  }

  /** Bytes of an instance, header included; 0 for arrays, interfaces and primitives. */
  public static int instanceSize(Class<?> type) {
    return of(type).jeyraInstanceSize;
  }

  /** log2 of the element size of an array class. */
  public static int elementShift(Class<?> type) {
    return of(type).jeyraElementShift;
  }

  /**
   * The byte offsets of an instance's reference fields, in increasing order (the image's own
   * array, which callers must not change); empty for arrays, interfaces and primitives.
   */
  public static int[] referenceOffsets(Class<?> type) {
    return of(type).jeyraReferenceOffsets;
  }

  /** The superclass, null for Object, interfaces and primitives. */
  public static Class<?> superclass(Class<?> type) {
    return of(type).jeyraSuperclass;
  }

  /** The direct superinterfaces: the image's own array, which callers must not change. */
  public static Class<?>[] interfaces(Class<?> type) {
    return of(type).jeyraInterfaces;
  }

  /** The class of arrays of {@code type}, or null if the image has none. */
  public static Class<?> arrayClass(Class<?> type) {
    return of(type).jeyraArrayClass;
  }

  /** The name of the class's module, or null for the program's classes. */
  public static String moduleName(Class<?> type) {
    return of(type).jeyraModuleName;
  }

  /** The simple name of a member or local class, from its InnerClasses entry, or null. */
  public static String simpleBinaryName(Class<?> type) {
    return of(type).jeyraSimpleBinaryName;
  }

  /** The class a member class is declared in, or null. */
  public static Class<?> declaringClass(Class<?> type) {
    return of(type).jeyraDeclaringClass;
  }

  /**
   * Where a local or anonymous class is declared, as {@code JVM_GetEnclosingMethodInfo}
   * answers: {class, method name, method descriptor}, the names null for an initialiser;
   * null for any other class.
   */
  public static Object[] enclosingMethodInfo(Class<?> type) {
    Target_java_lang_Class hub = of(type);
    if (hub.jeyraEnclosingClass == null) {
      return null;
    }
    return new Object[] {hub.jeyraEnclosingClass, hub.jeyraEnclosingMethodName,
        hub.jeyraEnclosingMethodDescriptor};
  }

  /** Where the class's initialisation stands: {@code HubConstants.INIT_*} (a volatile read). */
  public static int initState(Class<?> type) {
    return of(type).jeyraInitState;
  }

  /** The thread initialising the class, or null. */
  public static Thread initThread(Class<?> type) {
    return of(type).jeyraInitThread;
  }

  /**
   * Records who initialises the class and how far it is; callers hold class
   * initialisation's lock. The state is written last, and volatile.
   */
  public static void setInitState(Class<?> type, Thread initializer, int state) {
    Target_java_lang_Class hub = of(type);
    hub.jeyraInitThread = initializer;
    hub.jeyraInitState = state;
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
    if (c == String.class || hasAnyFlag(c, HubConstants.FLAG_SELF_COMPARABLE)) {
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
