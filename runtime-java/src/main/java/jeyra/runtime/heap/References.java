package jeyra.runtime.heap;

import java.lang.ref.Reference;
import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.Word;
import jeyra.runtime.sync.FutexWaits;

/**
 * What the collector does with {@code java.lang.ref} references, as HotSpot's reference
 * processing does. The compiler leaves a reference's {@code referent} out of its class's
 * reference offsets, so marking does not follow it; instead {@link #discover} puts each
 * reference whose referent is not marked yet on a list of its kind, linked through the
 * reference's {@code discovered} field (the last one points at itself). When marking is done,
 * {@link #process} decides each, strongest kind first:
 *
 * <ul>
 *   <li>soft: the referent is kept (marked, with what it reaches), unless the collection is
 *       the last before OutOfMemoryError, which clears soft references like weak ones;
 *   <li>weak: a referent still unmarked is cleared, and the reference goes on the pending list;
 *   <li>final (the {@code Finalizer}s of objects with a {@code finalize} method): an unmarked
 *       referent is kept for its finalizer, which the reference goes to the pending list for;
 *   <li>phantom (and so {@code Cleaner}s): after all that, an unmarked referent is cleared
 *       and the reference goes on the pending list.
 * </ul>
 *
 * <p>The pending list is linked through {@code discovered} too, and ends in null, as
 * {@code Reference.processPendingReferences} expects. The Reference Handler thread takes it
 * whole ({@link #takePending}) and enqueues each reference on its queue or runs its cleaner.
 * The state is plain statics (the class has no initialiser); the Reference Handler reads them
 * in code without a call or a loop, which a collection cannot interrupt, and sleeps on a
 * counter the collector raises.
 *
 * <p>A pending reference is recognised by its {@code discovered} link, or as the list's tail.
 * The tail of a list the Reference Handler has taken but not finished has neither, which
 * does not matter for the kinds whose referent was cleared. A final reference keeps its
 * referent while it is pending, queued and being finalized, so it is marked inactive as
 * HotSpot marks it: its {@code next} field points at itself from the moment it becomes
 * pending (the queue keeps {@code next} non-null after that), and the referent of an
 * inactive final reference is marked like any field.
 */
final class References {
  private References() {}

  private static final int SOFT = 0;
  private static final int WEAK = 1;
  private static final int FINAL = 2;
  private static final int PHANTOM = 3;

  /** The hub flags of the four kinds. */
  static final int FLAGS = HubConstants.FLAG_SOFT_REFERENCE | HubConstants.FLAG_WEAK_REFERENCE
      | HubConstants.FLAG_FINAL_REFERENCE | HubConstants.FLAG_PHANTOM_REFERENCE;

  private static Reference<?> softList;
  private static Reference<?> weakList;
  private static Reference<?> finalList;
  private static Reference<?> phantomList;

  private static Reference<?> pendingHead;
  private static Reference<?> pendingTail;
  /** Raised when references become pending: the Reference Handler sleeps on it (a futex). */
  private static int pendingEvents;

  private static Target_java_lang_ref_Reference of(Object reference) {
    return (Target_java_lang_ref_Reference) reference;
  }

  /** A reference's referent, as the collector sees it. */
  static Object referent(Object reference) {
    return of(reference).referent;
  }

  /**
   * Called by the marker for every marked reference: lists it if its referent is a heap
   * object not marked yet. A reference already listed, or pending, is left alone.
   */
  static void discover(Word reference, int flags, Word heapLow, Word heapHigh) {
    Object object = reference.toObject();
    Target_java_lang_ref_Reference fields = of(object);
    Word referent = Word.addressOf(fields.referent);
    if (referent.below(heapLow) || referent.aboveOrEqual(heapHigh)
        || Marker.isMarked(referent)) {
      return;
    }
    if ((flags & HubConstants.FLAG_FINAL_REFERENCE) != 0 && fields.next != null) {
      Marker.mark(referent); // inactive: the object awaits its finalizer
      return;
    }
    if (fields.discovered != null || object == pendingTail) {
      return;
    }
    Reference<?> self = (Reference<?>) object;
    if ((flags & HubConstants.FLAG_SOFT_REFERENCE) != 0) {
      fields.discovered = softList == null ? self : softList;
      softList = self;
    } else if ((flags & HubConstants.FLAG_WEAK_REFERENCE) != 0) {
      fields.discovered = weakList == null ? self : weakList;
      weakList = self;
    } else if ((flags & HubConstants.FLAG_FINAL_REFERENCE) != 0) {
      fields.discovered = finalList == null ? self : finalList;
      finalList = self;
    } else {
      fields.discovered = phantomList == null ? self : phantomList;
      phantomList = self;
    }
  }

  /**
   * Decides every listed reference, after marking (see the class comment); marks what kept
   * referents reach, and wakes the Reference Handler if references became pending.
   */
  static void process(boolean clearSoft) {
    boolean enqueued = false;
    while (softList != null || weakList != null || finalList != null) {
      Reference<?> soft = softList;
      softList = null;
      enqueued |= decide(soft, clearSoft ? WEAK : SOFT);
      Marker.drain();
      Reference<?> weak = weakList;
      weakList = null;
      enqueued |= decide(weak, WEAK);
      Reference<?> finals = finalList;
      finalList = null;
      enqueued |= decide(finals, FINAL);
      Marker.drain();
    }
    Reference<?> phantom = phantomList;
    phantomList = null;
    enqueued |= decide(phantom, PHANTOM);
    if (enqueued) {
      Word events = Linkage.staticFieldAddress(References.class, "pendingEvents");
      events.getAndAddInt(0, 1);
      FutexWaits.wakeAll(events);
    }
  }

  /** Decides one list as {@code kind}; whether any reference became pending. */
  private static boolean decide(Reference<?> list, int kind) {
    boolean enqueued = false;
    Reference<?> reference = list;
    while (reference != null) {
      Target_java_lang_ref_Reference fields = of(reference);
      Reference<?> next = fields.discovered == reference ? null : fields.discovered;
      fields.discovered = null;
      Word referent = Word.addressOf(fields.referent);
      if (fields.referent != null && !Marker.isMarked(referent)) {
        if (kind == SOFT || kind == FINAL) {
          Marker.mark(referent);
        } else {
          fields.referent = null;
        }
        if (kind == FINAL) {
          fields.next = reference; // inactive from now on (see the class comment)
        }
        if (kind != SOFT) {
          enqueue(reference);
          enqueued = true;
        }
      }
      reference = next;
    }
    return enqueued;
  }

  private static void enqueue(Reference<?> reference) {
    of(reference).discovered = pendingHead;
    pendingHead = reference;
    if (pendingTail == null) {
      pendingTail = reference;
    }
  }

  /** {@code Reference.getAndClearReferencePendingList}. No call, no loop: no safepoint. */
  static Reference<?> takePending() {
    Reference<?> head = pendingHead;
    pendingHead = null;
    pendingTail = null;
    return head;
  }

  /** {@code Reference.hasReferencePendingList}. */
  static boolean hasPending() {
    return pendingHead != null;
  }

  /** {@code Reference.waitForReferencePendingList}: sleeps until a reference is pending. */
  static void awaitPending() {
    Word events = Linkage.staticFieldAddress(References.class, "pendingEvents");
    while (true) {
      int seen = events.readIntVolatile(0);
      if (pendingHead != null) {
        return;
      }
      FutexWaits.await(events, seen, FutexWaits.FOREVER);
    }
  }
}
