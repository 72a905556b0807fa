package jeyra.compiler.reach;

import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Origin;

/**
 * What becomes of code jeyra cannot compile yet. In the program's own classes it is a build
 * error. In the JDK (and jeyra's runtime) the analysis reaches far more code than runs, since
 * it cannot see which branches a program takes, so there such an instruction compiles to a
 * throw of {@code InternalError} and the build warns about it.
 */
public final class UnsupportedCode {
  private UnsupportedCode() {}

  /** Whether an unsupported instruction in this method compiles to a throw (not an error). */
  public static boolean throwsAtRunTime(MethodInfo method) {
    return method.owner().origin() != Origin.USER;
  }
}
