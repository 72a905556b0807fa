package jeyra.compiler.diag;

import java.nio.file.Path;

/**
 * Switches for investigating the compiler itself (hidden {@code --debug-*} options of the
 * command line). None of them changes the executable.
 *
 * @param trace print phase times, the cause of a build error, and the analysis's doubts
 *     (an Unsafe access it cannot place, a call it proved unreachable)
 * @param reachDump write every reachable method, instantiated type and call edge here, or null
 * @param stopAfterReach end the build after the analysis (with a reach dump, say)
 * @param fullChains print "reached by" chains whole rather than shortened
 * @param slowFlows report methods whose type flows take over 200 ms to build
 * @param llvmOptions options for LLVM itself, such as {@code -time-passes}, or null; they are
 *     process-wide, so every build in one JVM must ask for the same ones
 */
public record DebugOptions(boolean trace, Path reachDump, boolean stopAfterReach,
    boolean fullChains, boolean slowFlows, String llvmOptions) {
  /** No debugging. */
  public static final DebugOptions NONE =
      new DebugOptions(false, null, false, false, false, null);
}
