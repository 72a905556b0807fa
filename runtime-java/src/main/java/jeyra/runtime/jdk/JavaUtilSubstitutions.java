package jeyra.runtime.jdk;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.runtime.hub.Hubs;

// Tree bins of HashMap and ConcurrentHashMap order keys by compareTo when the key's class is
// Comparable to itself, which the JDK learns from Class.getGenericInterfaces(): generic
// reflection (signature parsing and its factories) in every program with a HashMap. The
// build decides the answer per class instead.

/** {@code java.util.HashMap}: the Comparable test without generic reflection. */
@TargetClass(HashMap.class)
final class Target_java_util_HashMap {
  @Substitute
  static Class<?> comparableClassFor(Object x) {
    return Hubs.comparableClassFor(x);
  }
}

/** {@code java.util.concurrent.ConcurrentHashMap}: as HashMap. */
@TargetClass(ConcurrentHashMap.class)
final class Target_java_util_concurrent_ConcurrentHashMap {
  @Substitute
  static Class<?> comparableClassFor(Object x) {
    return Hubs.comparableClassFor(x);
  }
}

/** {@code java.util.concurrent.atomic.AtomicLong}: every target has a 64-bit CAS. */
@TargetClass(java.util.concurrent.atomic.AtomicLong.class)
final class Target_java_util_concurrent_atomic_AtomicLong {
  @Substitute
  private static boolean VMSupportsCS8() {
    return true; // cmpxchg8b on i686, native 64-bit CAS elsewhere
  }
}
