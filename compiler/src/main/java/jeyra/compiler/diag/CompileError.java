package jeyra.compiler.diag;

import java.util.List;

/**
 * A problem with the input or the environment that stops a build: the user sees its message,
 * one line per problem, and the compiler exits with status 2.
 *
 * <p>Messages name what was found and what was expected, and for code the class, method with
 * descriptor and bytecode offset (see {@link CodeLocation}). Names in messages come from the
 * input, which may hold any character, so control characters are written as escapes
 * ({@code \n}, {@code \u0000}): a message is exactly as many lines as it reports problems.
 */
public final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message one line naming the problem; not null */
  public CompileError(String message) {
    super(printable(message));
  }

  /**
   * @param message one line naming the problem; not null
   * @param cause the underlying failure, kept for {@code --debug}
   */
  public CompileError(String message, Throwable cause) {
    super(printable(message), cause);
  }

  private CompileError(List<String> problems) {
    super(String.join("\n", problems.stream().map(CompileError::printable).toList()));
  }

  /**
   * Several problems at once, a line each.
   *
   * @param problems one line each; not empty
   */
  public static CompileError of(List<String> problems) {
    return new CompileError(problems);
  }

  /** The text with every control character written as an escape. */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t"
          : c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
              ? String.format("\\u%04x", (int) c) : null;
      if (escape != null && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(escape != null ? escape : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }
}
