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
   * Calls the program's {@code public static void main(String[])}, initialising its class
   * first as the JVM does. An exception from {@code main} propagates to the caller.
   */
  public static native void invokeMain(String[] args);

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
   * The name of the program's main class, in the binary form {@code Class.getName} returns.
   */
  public static native String mainClassName();
}
