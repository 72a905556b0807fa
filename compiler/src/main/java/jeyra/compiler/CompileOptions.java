package jeyra.compiler;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jeyra.arch.Target;
import jeyra.arch.Targets;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.llvm.ObjectEmitter.OptLevel;

/**
 * What to compile and how.
 *
 * @param inputs each a {@code .class} file, a {@code .jar} with {@code Main-Class}, or a main
 *     class name looked up on the class path; several make a multi-call executable
 * @param classPath the user's class path entries (directories and jars); may be empty
 * @param output the executable to write, or null for the default (the main class's simple
 *     name in lower case, or the jar's name, in the current directory)
 * @param target the target architecture
 * @param optLevel the optimisation level
 * @param emitLlvm also write the optimised module as textual LLVM IR beside the output
 * @param verbose print the build report
 * @param jdkHome a JDK 17 to take the class library from, or null for the running JDK
 */
public record CompileOptions(List<String> inputs, List<Path> classPath, Path output, Target target,
    OptLevel optLevel, boolean emitLlvm, boolean verbose, Path jdkHome) {

  /**
   * The target a user named (on the command line or in a build file).
   *
   * @param name a target name, or null for this machine's architecture
   * @throws CompileError if no target has that name
   */
  public static Target target(String name) {
    if (name == null) {
      return Targets.host();
    }
    Optional<Target> found = Targets.byName(name);
    if (found.isEmpty()) {
      throw new CompileError("unknown target '" + name + "' (known: " + Targets.names() + ")");
    }
    return found.get();
  }
}
