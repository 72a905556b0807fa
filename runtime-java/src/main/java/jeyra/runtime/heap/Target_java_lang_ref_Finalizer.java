package jeyra.runtime.heap;

import jeyra.annotate.Alias;
import jeyra.annotate.TargetClass;

/** {@code java.lang.ref.Finalizer}: its registration, which the JVM calls. */
@TargetClass(className = "java.lang.ref.Finalizer")
final class Target_java_lang_ref_Finalizer {
  @Alias
  static void register(Object finalizee) {}
}
