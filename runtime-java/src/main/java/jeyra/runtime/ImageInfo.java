package jeyra.runtime;

/**
 * Tables the compiler writes into the image (see {@code jeyra.compiler.llvm.ImageInfoEmitter}):
 * never assigned at run time, and without an initialiser, so reading them costs one load.
 */
public final class ImageInfo {
  private ImageInfo() {}

  /** For each method that appears in stack traces, its class. */
  public static Class<?>[] methodClasses;
  /** For each such method, its name. */
  public static String[] methodNames;
  /** For each such method, its class's source file name, or null. */
  public static String[] methodFiles;
  /** For each call site id, its method's index in the tables above (-1: hidden frame). */
  public static int[] siteMethods;
  /** For each call site id, the source line of the call (-1 unknown, -2 native method). */
  public static int[] siteLines;
  /** Every class of the image, by type id. */
  public static Class<?>[] classesByTypeId;
  /** Every string literal of the image: the initial contents of the intern table. */
  public static String[] internedStrings;
  /** The build's default maximum heap ({@code --max-heap}), or 0 for the runtime's default. */
  public static long maxHeapBytes;
  /** The build's {@code --gc-stress}: collect every this many allocations, or 0. */
  public static int gcStressInterval;
}
