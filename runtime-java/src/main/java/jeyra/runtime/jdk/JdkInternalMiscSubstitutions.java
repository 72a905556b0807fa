package jeyra.runtime.jdk;

import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.annotate.TargetElement;
import jeyra.intrinsics.TargetInfo;
import jeyra.runtime.Clock;
import jeyra.runtime.SignalDispatcher;

// Substitutions for jdk.internal.misc (VM, UnsafeConstants, CDS, ScopedMemoryAccess) and the JDK's signal
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
 * {@code jdk.internal.misc.Signal}'s natives, as HotSpot's JVM_FindSignal, JVM_RegisterSignal
 * and JVM_RaiseSignal: Java handlers run on threads started by {@link SignalDispatcher}.
 */
@TargetClass(className = "jdk.internal.misc.Signal")
final class Target_jdk_internal_misc_Signal {
  @Substitute
  private static int findSignal0(String name) {
    return SignalDispatcher.find(name);
  }

  @Substitute
  private static long handle0(int number, long handler) {
    return SignalDispatcher.register(number, handler);
  }

  @Substitute
  private static void raise0(int number) {
    SignalDispatcher.raise(number);
  }
}

/**
 * {@code jdk.internal.misc.UnsafeConstants}: HotSpot injects the machine's values into these
 * fields after the class's own initialiser has set them to zero. Here they come from the
 * target (word size, byte order, unaligned access, folded at build time), so they are right
 * on every target, not the build machine's, and the class can be initialised while building.
 * The page size depends on the kernel the program runs on: {@code Unsafe.pageSize}, the only
 * reader of {@code PAGE_SIZE}, asks the kernel instead, and the field stays zero.
 */
@TargetClass(className = "jdk.internal.misc.UnsafeConstants")
final class Target_jdk_internal_misc_UnsafeConstants {
  @Alias static int ADDRESS_SIZE0;
  @Alias static int PAGE_SIZE;
  @Alias static boolean BIG_ENDIAN;
  @Alias static boolean UNALIGNED_ACCESS;
  @Alias static int DATA_CACHE_LINE_FLUSH_SIZE;

  @Substitute
  @TargetElement(name = "<clinit>")
  static void classInitializer() {
    ADDRESS_SIZE0 = TargetInfo.wordBytes();
    PAGE_SIZE = 0; // read by nothing: Unsafe.pageSize() asks the kernel
    BIG_ENDIAN = TargetInfo.bigEndian();
    UNALIGNED_ACCESS = TargetInfo.unalignedAccess();
    DATA_CACHE_LINE_FLUSH_SIZE = 0; // no cache-line writeback: no persistent-memory buffers
  }
}
