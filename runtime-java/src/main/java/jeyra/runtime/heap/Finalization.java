package jeyra.runtime.heap;

import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;
import jeyra.runtime.hub.Hubs;

/**
 * Registration of objects whose class has a {@code finalize} method that does more than
 * return (the hub flag {@code FLAG_FINALIZABLE}), as HotSpot registers them: each gets a
 * {@code java.lang.ref.Finalizer}, a final reference the JDK keeps on its list of
 * unfinalized objects. When the collector finds such an object unreachable it keeps it, and
 * makes its Finalizer pending ({@link References}); the Reference Handler queues it, and the
 * JDK's Finalizer thread, started by {@code Finalizer}'s initialiser on the first
 * registration, calls {@code finalize}. A program that never allocates such an object never
 * reaches any of this.
 */
public final class Finalization {
  private Finalization() {}

  /**
   * Registers a new object of a class with a finalizer. Compiled {@code new} calls this
   * after allocating, as HotSpot does with {@code -XX:-RegisterFinalizersAtInit}; it is
   * reachable only in a program that instantiates such a class.
   */
  public static void register(Object object) {
    Target_java_lang_ref_Finalizer.register(object);
  }

  /**
   * Registers an object made without {@code new} ({@code clone}, {@code
   * Unsafe.allocateInstance}) if its class has a finalizer, as HotSpot's {@code JVM_Clone}
   * and {@code allocate_instance} do.
   */
  static void registerIfFinalizable(Object object) {
    if (Hubs.hasAnyFlag(object.getClass(), HubConstants.FLAG_FINALIZABLE)) {
      Linkage.registerFinalizer(object); // this method, unless nothing is finalizable
    }
  }
}
