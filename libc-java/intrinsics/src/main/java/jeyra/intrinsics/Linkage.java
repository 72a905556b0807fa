package jeyra.intrinsics;

/**
 * Links the runtime to what only the compiler knows: linker symbols, the program's
 * {@code main}, class objects of any type.
 */
public final class Linkage {
  private Linkage() {}

  /**
   * The address of a symbol the linker defines ({@code "__start_jeyra_callsites"}).
   *
   * @param symbol a constant string
   */
  public static native Word symbolAddress(String symbol);

  /**
   * Calls a program's {@code public static void main(String[])}, initialising its class first
   * as the JVM does. An exception from {@code main} propagates to the caller.
   *
   * @param program which of the executable's programs, from 0 to {@link #programCount()} - 1
   */
  public static native void invokeMain(int program, String[] args);

  /**
   * How many programs the executable holds: one, or several for a multi-call executable
   * (which picks one by the name it is run under, or by its first argument).
   */
  public static native int programCount();

  /**
   * The {@code Class} object of a type given by its descriptor, primitive types included
   * ({@code "I"}, {@code "Ljava/lang/String;"}, {@code "[B"}).
   *
   * @param descriptor a constant string
   */
  public static native Class<?> classLiteral(String descriptor);

  /**
   * Initialises a class as a JVM does on first active use (JVMS 5.5), if it is not
   * initialised yet: runs the init function the compiler made for it. An exception from the
   * initialiser propagates.
   */
  public static native void initialize(Class<?> type);

  /**
   * The address of a static field (for atomic access to it, as VarHandles need).
   *
   * @param owner a constant class literal declaring the field
   * @param name a constant field name
   */
  public static native Word staticFieldAddress(Class<?> owner, String name);

  /**
   * The name of a program's main class, in the binary form {@code Class.getName} returns.
   *
   * @param program from 0 to {@link #programCount()} - 1
   */
  public static native String mainClassName(int program);

  /**
   * The constants of an enum class, from a fresh call of its {@code values()} (which
   * initialises the class), as {@code Class.getEnumConstantsShared} gets them by reflection;
   * null if the class is not an enum of the image.
   */
  public static native Object[] enumValues(Class<?> enumClass);

  /**
   * A new instance of a class registered with {@link jeyra.annotate.Instantiable}, made by its
   * public no-argument constructor; null for any other class. An exception from the
   * constructor propagates.
   */
  public static native Object newInstance(Class<?> type);

  /**
   * Registers an object for finalization as compiled {@code new} registers instances of a
   * class with a finalizer; compiles to nothing in a program that instantiates no such
   * class, since only an instance of one can need it. For objects made without {@code new}
   * ({@code clone}, {@code Unsafe.allocateInstance}): the call does not make finalization
   * reachable, as a plain call would in every program.
   */
  public static native void registerFinalizer(Object object);
}
