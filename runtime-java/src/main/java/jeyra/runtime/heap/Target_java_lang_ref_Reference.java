package jeyra.runtime.heap;

import java.lang.ref.Reference;
import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;

/**
 * {@code java.lang.ref.Reference}'s natives, which belong to the collector: the referent is a
 * field the collector does not trace ({@link References} clears it), and the pending list it
 * fills is the one the Reference Handler thread takes.
 */
@TargetClass(Reference.class)
final class Target_java_lang_ref_Reference {
  @Alias Object referent;
  @Alias Reference<?> discovered;
  /** Null while the reference is active; the collector sets a final reference's to itself. */
  @Alias volatile Reference<?> next;

  @Substitute
  private boolean refersTo0(Object o) {
    return referent == o;
  }

  @Substitute
  private void clear0() {
    referent = null;
  }

  @Substitute
  private static Reference<?> getAndClearReferencePendingList() {
    return References.takePending();
  }

  @Substitute
  private static boolean hasReferencePendingList() {
    return References.hasPending();
  }

  @Substitute
  private static void waitForReferencePendingList() {
    References.awaitPending();
  }
}
