package jeyra.compiler.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the errors and warnings of one build, so that the user sees every error found
 * rather than only the first.
 */
public final class Diagnostics {
  private final Set<String> errors = new LinkedHashSet<>();
  private final Set<String> warnings = new LinkedHashSet<>();

  /** Records an error; duplicates are kept once. */
  public void error(String message) {
    errors.add(message);
  }

  /** Records a warning: something that will fail at run time if it is ever executed. */
  public void warning(String message) {
    warnings.add(message);
  }

  /** The errors so far, in the order found. */
  public List<String> errors() {
    return new ArrayList<>(errors);
  }

  /** The warnings so far, in the order found. */
  public List<String> warnings() {
    return new ArrayList<>(warnings);
  }

  /**
   * Stops the build if any error was recorded.
   *
   * @throws CompileError naming every error, a line each
   */
  public void throwIfErrors() {
    if (!errors.isEmpty()) {
      throw CompileError.of(List.copyOf(errors));
    }
  }
}
