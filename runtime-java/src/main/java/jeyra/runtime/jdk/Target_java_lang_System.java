package jeyra.runtime.jdk;

import java.io.InputStream;
import java.io.PrintStream;
import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.runtime.ArrayCopy;
import jeyra.runtime.IdentityHashes;
import jeyra.runtime.Clock;

/** {@code java.lang.System}: the standard streams, time, array copies, identity hashes. */
@TargetClass(System.class)
final class Target_java_lang_System {
  @Alias static InputStream in;
  @Alias static PrintStream out;
  @Alias static PrintStream err;

  @Substitute
  private static void registerNatives() {}

  /** The streams are {@code static final}: only the VM (and this) may set them. */
  @Substitute
  private static void setIn0(InputStream stream) {
    in = stream;
  }

  @Substitute
  private static void setOut0(PrintStream stream) {
    out = stream;
  }

  @Substitute
  private static void setErr0(PrintStream stream) {
    err = stream;
  }

  @Substitute
  public static long currentTimeMillis() {
    return Clock.currentTimeMillis();
  }

  @Substitute
  public static long nanoTime() {
    return Clock.nanoTime();
  }

  @Substitute
  public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
    ArrayCopy.copy(src, srcPos, dest, destPos, length);
  }

  @Substitute
  public static int identityHashCode(Object x) {
    return IdentityHashes.of(x);
  }

  /**
   * jeyra has no security manager, and says so in a way the compiler sees: a method that
   * returns a constant lets it drop every branch guarded by {@code sm != null}.
   */
  @Substitute
  public static SecurityManager getSecurityManager() {
    return null;
  }

  /** As with {@code -Djava.security.manager=disallow} (the default from JDK 18 on). */
  @Substitute
  public static void setSecurityManager(SecurityManager sm) {
    throw new UnsupportedOperationException(
        "The Security Manager is deprecated and will be removed in a future release");
  }

  @Substitute
  public static String mapLibraryName(String libname) {
    if (libname == null) {
      throw new NullPointerException();
    }
    return "lib" + libname + ".so";
  }
}
