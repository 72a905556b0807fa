package jeyra.runtime.jdk;

import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.runtime.Clock;

// Substitutions for jdk.internal.misc (VM, CDS, ScopedMemoryAccess) and the JDK's signal
// setup. Unsafe has a file of its own.

/** {@code jdk.internal.misc.VM}. */
@TargetClass(className = "jdk.internal.misc.VM")
final class Target_jdk_internal_misc_VM {
  /** Registers the VM's natives in HotSpot; nothing to register. */
  @Substitute
  private static void initialize() {}

  /** All classes are in the image; there are no user-defined class loaders. */
  @Substitute
  private static ClassLoader latestUserDefinedLoader0() {
    return null;
  }

  /** The JVM's own arguments: a native executable has none. */
  @Substitute
  public static String[] getRuntimeArguments() {
    return new String[0];
  }

  /**
   * Nanoseconds to add to {@code offsetInSeconds} to get the current time, or -1 if the
   * offset is too far off (more than 2^32 seconds), as HotSpot's JVM_GetNanoTimeAdjustment.
   */
  @Substitute
  public static long getNanoTimeAdjustment(long offsetInSeconds) {
    long[] now = Clock.read(jeyra.libc.time.Clocks.CLOCK_REALTIME);
    long difference = now[0] - offsetInSeconds;
    if (difference >= (1L << 32) || difference <= -(1L << 32)) {
      return -1;
    }
    return difference * 1_000_000_000L + now[1];
  }
}

/** {@code jdk.internal.misc.CDS}: no class data sharing in a native executable. */
@TargetClass(className = "jdk.internal.misc.CDS")
final class Target_jdk_internal_misc_CDS {
  @Substitute
  private static boolean isDumpingClassList0() {
    return false;
  }

  @Substitute
  private static boolean isDumpingArchive0() {
    return false;
  }

  @Substitute
  private static boolean isSharingEnabled0() {
    return false;
  }

  @Substitute
  public static void initializeFromArchive(Class<?> c) {}

  @Substitute
  public static long getRandomSeedForDumping() {
    return 0;
  }
}

/** {@code jdk.internal.misc.ScopedMemoryAccess}. */
@TargetClass(className = "jdk.internal.misc.ScopedMemoryAccess")
final class Target_jdk_internal_misc_ScopedMemoryAccess {
  @Substitute
  private static void registerNatives() {}
}

/**
 * {@code java.lang.Terminator}: the JVM installs handlers for SIGINT, SIGTERM and SIGHUP that
 * run the shutdown hooks. jeyra does not handle signals yet, so these signals end the
 * process at once, without running shutdown hooks.
 */
@TargetClass(className = "java.lang.Terminator")
final class Target_java_lang_Terminator {
  @Substitute
  static void setup() {}
}
