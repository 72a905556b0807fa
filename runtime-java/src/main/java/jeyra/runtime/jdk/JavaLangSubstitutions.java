package jeyra.runtime.jdk;

import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.annotate.TargetElement;
import jeyra.intrinsics.Bits;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.runtime.Environment;
import jeyra.runtime.hub.Hubs;
import jeyra.runtime.IdentityHashes;
import jeyra.runtime.ObjectWaits;
import jeyra.runtime.heap.Allocator;
import jeyra.runtime.stack.Backtraces;

// Substitutions for java.lang: each replaces a native method (or VM-coupled code) of the
// class in its @TargetClass. Thread, System and Class have files of their own.

/** {@code java.lang.Object}'s natives: class, identity hash, clone, wait/notify. */
@TargetClass(Object.class)
final class Target_java_lang_Object {
  /** The hub is the first word of every object. */
  @Substitute
  @TargetElement(name = "getClass")
  public final Class<?> getClassSubstitute() {
    return (Class<?>) Word.addressOf(this).readObject(0);
  }

  @Substitute
  public int hashCode() {
    return IdentityHashes.of(this);
  }

  /**
   * A shallow copy; arrays are always cloneable, other objects must implement Cloneable
   * (the JVM's {@code JVM_Clone}).
   */
  @Substitute
  protected Object clone() throws CloneNotSupportedException {
    if (!(((Object) this) instanceof Cloneable)) {
      throw new CloneNotSupportedException(getClass().getName());
    }
    return Allocator.copy(this);
  }

  @Substitute
  @TargetElement(name = "notify")
  public final void notifySubstitute() {
    ObjectWaits.notify(this, false);
  }

  @Substitute
  @TargetElement(name = "notifyAll")
  public final void notifyAllSubstitute() {
    ObjectWaits.notify(this, true);
  }

  @Substitute
  @TargetElement(name = "wait")
  public final void waitSubstitute(long timeoutMillis) throws InterruptedException {
    ObjectWaits.await(this, timeoutMillis);
  }
}

/** {@code java.lang.Throwable}: capturing the stack. */
@TargetClass(Throwable.class)
final class Target_java_lang_Throwable {
  @Alias transient Object backtrace;
  @Alias transient int depth;

  /** Walks the stack (see {@link Backtraces}) instead of asking the VM. */
  @Substitute
  private Throwable fillInStackTrace(int dummy) {
    int[] sites = Backtraces.capture((Throwable) (Object) this);
    backtrace = sites;
    depth = sites.length;
    return (Throwable) (Object) this;
  }
}

/** {@code java.lang.StackTraceElement}: elements from jeyra's backtraces. */
@TargetClass(StackTraceElement.class)
final class Target_java_lang_StackTraceElement {
  @Alias private transient Class<?> declaringClassObject;
  @Alias private String classLoaderName;
  @Alias private String moduleName;
  @Alias private String moduleVersion;
  @Alias private String declaringClass;
  @Alias private String methodName;
  @Alias private String fileName;
  @Alias private int lineNumber;
  @Alias private byte format;
  @Alias private static final byte JDK_NON_UPGRADEABLE_MODULE = 0x2;

  /** Fills the elements from the throwable's backtrace of call-site ids. */
  @Substitute
  private static void initStackTraceElements(StackTraceElement[] elements, Throwable x) {
    int[] sites = (int[]) ((Target_java_lang_Throwable) (Object) x).backtrace;
    for (int i = 0; i < elements.length && i < sites.length; i++) {
      Target_java_lang_StackTraceElement element =
          (Target_java_lang_StackTraceElement) (Object) elements[i];
      int site = sites[i];
      Class<?> type = Backtraces.methodClass(site);
      element.declaringClassObject = type;
      element.declaringClass = type.getName();
      element.methodName = Backtraces.methodName(site);
      element.fileName = Backtraces.fileName(site);
      element.lineNumber = Backtraces.line(site);
      element.moduleName = Hubs.moduleName(type);
    }
  }

  /**
   * Frames of the JDK's modules print their module and no version; application classes
   * print neither module nor loader, as with the JVM's application class loader.
   */
  @Substitute
  private synchronized void computeFormat() {
    Class<?> type = declaringClassObject;
    format = type != null && Hubs.moduleName(type) != null
        ? JDK_NON_UPGRADEABLE_MODULE : 0;
    declaringClassObject = null;
  }
}

/** {@code java.lang.NullPointerException}: helpful messages are computed at build time. */
@TargetClass(NullPointerException.class)
final class Target_java_lang_NullPointerException {
  /**
   * The JVM computes a message here for NullPointerExceptions it throws itself; jeyra's
   * compiler already passed that message to the constructor, so an exception without one
   * was created explicitly, for which the JVM has no message either.
   */
  @Substitute
  private String getExtendedNPEMessage() {
    return null;
  }
}

/** {@code java.lang.String}: the intern table. */
@TargetClass(String.class)
final class Target_java_lang_String {
  @Substitute
  public String intern() {
    return InternTable.intern((String) (Object) this);
  }
}

/** {@code java.lang.StringUTF16}: byte order of UTF-16 string storage. */
@TargetClass(className = "java.lang.StringUTF16")
final class Target_java_lang_StringUTF16 {
  @Substitute
  private static boolean isBigEndian() {
    return TargetInfo.bigEndian();
  }
}

/** {@code java.lang.Float}: raw bit conversions. */
@TargetClass(Float.class)
final class Target_java_lang_Float {
  @Substitute
  public static int floatToRawIntBits(float value) {
    return Bits.floatToRawIntBits(value);
  }

  @Substitute
  public static float intBitsToFloat(int bits) {
    return Bits.intBitsToFloat(bits);
  }
}

/** {@code java.lang.Double}: raw bit conversions. */
@TargetClass(Double.class)
final class Target_java_lang_Double {
  @Substitute
  public static long doubleToRawLongBits(double value) {
    return Bits.doubleToRawLongBits(value);
  }

  @Substitute
  public static double longBitsToDouble(long bits) {
    return Bits.longBitsToDouble(bits);
  }
}

/** {@code java.lang.Runtime}: processors and memory figures. */
@TargetClass(Runtime.class)
final class Target_java_lang_Runtime {
  @Substitute
  public int availableProcessors() {
    return Processors.available();
  }

  @Substitute
  public long freeMemory() {
    return Allocator.freeBytes();
  }

  @Substitute
  public long totalMemory() {
    return Allocator.committedBytes();
  }

  @Substitute
  public long maxMemory() {
    return Allocator.maxHeapBytes();
  }

  /** A full collection, as HotSpot's serial collector does. */
  @Substitute
  public void gc() {
    Allocator.collect();
  }
}

/** {@code java.lang.Shutdown}: the end of the process. */
@TargetClass(className = "java.lang.Shutdown")
final class Target_java_lang_Shutdown {
  /** HotSpot uses this hook for JFR and statistics; nothing to do here. */
  @Substitute
  static void beforeHalt() {}

  @Substitute
  static void halt0(int status) {
    jeyra.origin.program.Program.exit(status);
  }
}

/** {@code java.lang.ClassLoader}: no natives to register. */
@TargetClass(ClassLoader.class)
final class Target_java_lang_ClassLoader {
  @Substitute
  private static void registerNatives() {}
}

/** {@code java.lang.ProcessEnvironment}: the environment from the initial stack. */
@TargetClass(className = "java.lang.ProcessEnvironment")
final class Target_java_lang_ProcessEnvironment {
  /** ProcessEnvironment_md.c environ: name and value byte arrays, alternating. */
  @Substitute
  private static byte[][] environ() {
    return Environment.environ();
  }
}
