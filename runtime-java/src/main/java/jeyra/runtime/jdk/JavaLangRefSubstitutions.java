package jeyra.runtime.jdk;

import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;

/**
 * {@code java.lang.ref.Reference}: with no collector yet, referents are never cleared by the
 * system and no reference is ever pending; only the explicit operations remain.
 */
@TargetClass(java.lang.ref.Reference.class)
final class Target_java_lang_ref_Reference {
  @Alias private Object referent;

  @Substitute
  private boolean refersTo0(Object o) {
    return referent == o;
  }

  @Substitute
  private void clear0() {
    referent = null;
  }
}
