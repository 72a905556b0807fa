package jeyra.runtime;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.LinkageErrorKind;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.runtime.sync.Safepoints;

/**
 * The exceptions the JVM throws by itself, created with the JVM's messages. Compiled code
 * calls these when a check fails; they always throw.
 */
public final class ImplicitExceptions {
  private ImplicitExceptions() {}

  /**
   * A dereference of null.
   *
   * @param message the helpful message the compiler computed for the instruction, or null
   */
  static void nullPointer(String message) {
    throw new NullPointerException(message);
  }

  static void arrayIndexOutOfBounds(int index, int length) {
    throw new ArrayIndexOutOfBoundsException(
        "Index " + index + " out of bounds for length " + length);
  }

  /**
   * A method was entered below the stack limit. Either the collector raised the limit to stop
   * the thread (it stops here, and the method goes on when this returns), or the stack
   * overflowed. The compiler gives this method no stack check of its own; for an overflow it
   * lowers the limit into the reserve while the error is made (its constructor and stack walk
   * are ordinary checked code), then puts it back, so the next overflow is caught again.
   */
  static void stackLimitReached() {
    if (Safepoints.takeStopRequest()) {
      Safepoints.poll();
      return;
    }
    Word slot = Cpu.threadPointer().add((long) ThreadBlockLayout.STACK_LIMIT
        * TargetInfo.wordBytes());
    Word limit = slot.readWord(0);
    slot.writeWord(0, limit.subtract(ThreadBlockLayout.STACK_RESERVE_BYTES / 2));
    StackOverflowError error;
    try {
      error = new StackOverflowError();
    } finally {
      slot.writeWord(0, limit);
    }
    throw error;
  }

  static void divideByZero() {
    throw new ArithmeticException("/ by zero");
  }

  /** A failed {@code checkcast}, with HotSpot's message (SharedRuntime::generate_class_cast_message). */
  static void classCast(Object object, Class<?> target) {
    throw new ClassCastException(ClassCastMessages.of(object.getClass(), target));
  }

  /** A failed {@code aastore} store check: the message is the stored value's class. */
  static void arrayStore(Object value) {
    throw new ArrayStoreException(value.getClass().getName());
  }

  /**
   * A JDK instruction jeyra cannot compile yet, executed after all (the build listed it as a
   * warning).
   */
  static void unsupported(String message) {
    throw new InternalError("jeyra: " + message);
  }

  /** A symbol the build could not resolve, reached at run time. */
  static void linkageError(int kind, String message) {
    switch (kind) {
      case LinkageErrorKind.NO_CLASS_DEF_FOUND:
        throw new NoClassDefFoundError(message);
      case LinkageErrorKind.NO_SUCH_FIELD:
        throw new NoSuchFieldError(message);
      case LinkageErrorKind.NO_SUCH_METHOD:
        throw new NoSuchMethodError(message);
      case LinkageErrorKind.INCOMPATIBLE_CLASS_CHANGE:
        throw new IncompatibleClassChangeError(message);
      case LinkageErrorKind.ABSTRACT_METHOD:
        throw new AbstractMethodError(message);
      case LinkageErrorKind.UNSATISFIED_LINK:
        throw new UnsatisfiedLinkError(message);
      case LinkageErrorKind.INSTANTIATION:
        throw new InstantiationError(message);
      case LinkageErrorKind.ILLEGAL_ACCESS:
        throw new IllegalAccessError(message);
      default:
        throw new LinkageError(message);
    }
  }
}
