package jeyra.compiler.reach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Origin;

/**
 * What jeyra cannot compile yet, and what becomes of it. In the program's own classes an
 * unsupported instruction is a build error. In the JDK (and jeyra's runtime) the analysis
 * reaches far more code than runs, since it cannot see which branches a program takes, so
 * there such an instruction compiles to a throw of {@code InternalError}, and a native
 * method without a substitution to a throw of {@code UnsatisfiedLinkError}.
 *
 * <p>Those are recorded here as the analysis finds them. Afterwards {@link #findings} splits
 * them by whether the program's own code can reach them: those are what a user must hear
 * about at every build (warnings, or errors with {@code --strict}, as Native Image does),
 * each with one call path from the program's code; the rest goes to the build report.
 *
 * <p>"Can reach" is a call path from any of the program's methods of at most
 * {@link #MAX_PATH_CALLS} calls, on which no virtual call dispatches among more than
 * {@link #MAX_RECEIVER_TYPES} receiver types. The analysis is context-insensitive for
 * instance methods, so the JDK's shared plumbing ({@code ConcurrentHashMap.computeIfAbsent}
 * with every mapping function any code passes, {@code toString} on anything, cleaners running
 * every cleanup action) connects almost every part of the JDK to every other: without those
 * bounds a program that calls {@code String.format} once "reaches" 32 unsupported methods,
 * along long paths through such megamorphic calls, while the paths to what a program really
 * uses (a {@code File}'s natives, {@code ProcessBuilder.start}, sockets, reflection) are a
 * handful of calls long. A real path that is longer, or that goes through such a call, is not reported;
 * its method still throws a clear error when it runs, and {@code --verbose} lists it.
 */
public final class UnsupportedCode {
  /** Paths longer than this many calls are not followed (see the class comment). */
  static final int MAX_PATH_CALLS = 16;
  /** Virtual calls among more receiver types than this are not followed. */
  static final int MAX_RECEIVER_TYPES = 4;

  /** A method that throws if it runs, and why. */
  private record Failure(MethodInfo method, String problem) {}

  /**
   * What the analysis found.
   *
   * @param fromProgram one message per failure the program's code can reach, with the path
   * @param elsewhere one message per failure only jeyra's start-up or the JDK can reach
   */
  public record Findings(List<String> fromProgram, List<String> elsewhere) {}

  private final Map<String, Failure> failures = new LinkedHashMap<>();

  /** Whether an unsupported instruction in this method compiles to a throw (not an error). */
  public static boolean throwsAtRunTime(MethodInfo method) {
    return method.owner().origin() != Origin.USER;
  }

  /** A reachable native method no substitution implements. */
  void nativeWithoutCode(MethodInfo method) {
    failures.putIfAbsent(method.toString(), new Failure(method, method
        + " is native and jeyra has no substitution for it: it throws UnsatisfiedLinkError"));
  }

  /**
   * An instruction jeyra cannot compile, in a method that {@link #throwsAtRunTime}.
   *
   * @param location where it is ({@code Locations.of})
   * @param problem what it is
   */
  void instruction(MethodInfo method, String location, String problem) {
    failures.putIfAbsent(location + ": " + problem, new Failure(method,
        location + ": " + problem + "; it throws InternalError"));
  }

  /**
   * Sorts the failures by whether the program's code reaches them.
   *
   * @param calls the analysis's call graph
   * @param reachable every reachable method
   */
  Findings findings(CallGraph calls, Iterable<MethodInfo> reachable) {
    List<MethodInfo> program = new ArrayList<>();
    for (MethodInfo method : reachable) {
      if (method.owner().origin() == Origin.USER) {
        program.add(method);
      }
    }
    CallGraph.Paths paths = calls.shortestPathsFrom(program, MAX_PATH_CALLS,
        MAX_RECEIVER_TYPES);
    List<String> fromProgram = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    for (Failure failure : failures.values()) {
      if (paths.reaches(failure.method())) {
        fromProgram.add(failure.problem() + " if it runs, and the program's code reaches it: "
            + paths.to(failure.method()));
      } else {
        elsewhere.add(failure.problem() + " if it runs (reached by "
            + calls.howReached(failure.method(), false) + ")");
      }
    }
    return new Findings(fromProgram, elsewhere);
  }
}
