package jeyra.compiler.init;

/** Ends a build-time initialisation attempt: the class must be initialised at run time. */
final class InitAbort extends RuntimeException {
  InitAbort(String reason) {
    super(reason, null, false, false);
  }
}
