package jeyra.runtime.heap;

import java.lang.ref.PhantomReference;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;

/** {@code PhantomReference.refersTo0}: its referent is {@code Reference}'s. */
@TargetClass(PhantomReference.class)
final class Target_java_lang_ref_PhantomReference {
  @Substitute
  private boolean refersTo0(Object o) {
    return References.referent(this) == o;
  }
}
