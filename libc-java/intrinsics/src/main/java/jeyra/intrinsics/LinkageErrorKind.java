package jeyra.intrinsics;

/**
 * Which {@code LinkageError} a compiled instruction throws when the symbol it names could not
 * be resolved at build time. Shared by the compiler, which passes the number, and the
 * runtime, which creates the error.
 */
public final class LinkageErrorKind {
  private LinkageErrorKind() {}

  public static final int NO_CLASS_DEF_FOUND = 0;
  public static final int NO_SUCH_FIELD = 1;
  public static final int NO_SUCH_METHOD = 2;
  public static final int INCOMPATIBLE_CLASS_CHANGE = 3;
  public static final int ABSTRACT_METHOD = 4;
  public static final int UNSATISFIED_LINK = 5;
  public static final int INSTANTIATION = 6;
  public static final int ILLEGAL_ACCESS = 7;
}
