package jeyra.compiler.init;

/** Ends a build-time initialisation attempt: the class must be initialised at run time. */
final class InitAbort extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the interpreter was when the attempt ended: a method and line; null until known. */
  private String where;

  InitAbort(String reason) {
    super(reason, null, false, false);
  }

  /** Records where the attempt ended, once: the innermost frame knows it first. */
  void at(String location) {
    if (where == null) {
      where = location;
    }
  }

  String where() {
    return where;
  }
}
