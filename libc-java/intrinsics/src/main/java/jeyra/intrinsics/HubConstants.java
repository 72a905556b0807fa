package jeyra.intrinsics;

/**
 * Values the compiler writes into hubs (the {@code Class} objects of the image) and the runtime
 * reads back: the bits of the injected {@code Class.jeyraFlags} field and the states of
 * {@code Class.jeyraInitState}.
 */
public final class HubConstants {
  private HubConstants() {}

  /** The type is an array type. */
  public static final int FLAG_ARRAY = 1;
  /** The type is an interface. */
  public static final int FLAG_INTERFACE = 2;
  /** The type is a primitive type ({@code int.class}). */
  public static final int FLAG_PRIMITIVE = 4;
  /** The type comes from the JDK's {@code java.base} module (stack traces print its name). */
  public static final int FLAG_JAVA_BASE = 8;
  /** The type is abstract or an interface: it has no instances of its own. */
  public static final int FLAG_ABSTRACT = 16;
  /** The type comes from another JDK module than {@code java.base}. */
  public static final int FLAG_OTHER_JDK_MODULE = 32;
  /**
   * The class names {@code Comparable<itself>} among the interfaces it declares, in its generic
   * signature: what {@code HashMap.comparableClassFor} learns from
   * {@code getGenericInterfaces()}, decided at build time.
   */
  public static final int FLAG_SELF_COMPARABLE = 64;
  /**
   * The type is an array whose elements are references (not primitives, not {@code Word}):
   * the collector traces its elements.
   */
  public static final int FLAG_REFERENCE_ELEMENTS = 128;
  /** The class is {@code java.lang.ref.SoftReference} or a subclass. */
  public static final int FLAG_SOFT_REFERENCE = 256;
  /** The class is {@code java.lang.ref.WeakReference} or a subclass. */
  public static final int FLAG_WEAK_REFERENCE = 512;
  /** The class is {@code java.lang.ref.FinalReference} or a subclass. */
  public static final int FLAG_FINAL_REFERENCE = 1024;
  /** The class is {@code java.lang.ref.PhantomReference} or a subclass. */
  public static final int FLAG_PHANTOM_REFERENCE = 2048;
  /**
   * Instances are registered for finalization: the class has a {@code finalize} method that
   * does more than return (HotSpot's {@code has_finalizer}).
   */
  public static final int FLAG_FINALIZABLE = 4096;

  /** Initialisation has not started (JVMS 5.5). */
  public static final int INIT_UNINITIALIZED = 0;
  /** A thread is running the initialiser ({@code Class.jeyraInitThread}). */
  public static final int INIT_IN_PROGRESS = 1;
  /** Initialisation failed; uses throw NoClassDefFoundError. */
  public static final int INIT_ERRONEOUS = 2;
  /** Initialised: the state every compiled check tests for. */
  public static final int INIT_DONE = 3;
}
