package jeyra.compiler.diag;

/**
 * A problem with the input or the environment that stops a build: the user sees its message,
 * on one line, and the compiler exits with status 2.
 *
 * <p>Messages name what was found and what was expected, and for code the class, method with
 * descriptor and bytecode offset (see {@link CodeLocation}).
 */
public final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message one line naming the problem; not null */
  public CompileError(String message) {
    super(message);
  }

  /**
   * @param message one line naming the problem; not null
   * @param cause the underlying failure, kept for {@code --verbose}
   */
  public CompileError(String message, Throwable cause) {
    super(message, cause);
  }
}
