package jeyra.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jeyra.arch.Target;
import jeyra.arch.Targets;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.diag.DebugOptions;
import jeyra.compiler.llvm.ObjectEmitter.OptLevel;

/**
 * What to compile and how: everything one build depends on besides its input files. Builds
 * read no system properties, so two builds in one JVM (the Maven plugin under {@code -T})
 * cannot disturb each other. Made with {@link #builder()}.
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
 * @param strict make it an error, not a warning, that the program's code reaches JDK code
 *     jeyra cannot compile yet (which would throw at run time)
 * @param jdkHome a JDK 17 to take the class library from, or null for the running JDK
 * @param whyReachable classes and methods to explain: the build prints the chain of calls by
 *     which each is reachable from a root
 * @param initializeAtRunTime classes and packages whose initialisers must run at run time
 * @param initializeAtBuildTime classes and packages whose initialisers may read state other
 *     classes own while building (see {@code jeyra.compiler.init})
 * @param report an HTML build report to write (size treemap, class initialisers, why each
 *     method is reachable), or null for none
 * @param maxHeapBytes the executable's default maximum heap ({@code JEYRA_OPTS=-Xmx...} still
 *     overrides it at run time), or 0 for the runtime's default (a quarter of physical memory)
 * @param gcStressInterval make the executable collect every this many allocations (a test
 *     mode: a missing root or a wrong reference map fails at once), or 0 for never
 * @param debug switches for investigating the compiler itself ({@link DebugOptions}); never null
 */
public record CompileOptions(List<String> inputs, List<Path> classPath, Path output, Target target,
    OptLevel optLevel, boolean emitLlvm, boolean verbose, boolean strict, Path jdkHome,
    List<String> whyReachable, Set<String> initializeAtRunTime,
    Set<String> initializeAtBuildTime, Path report, long maxHeapBytes, int gcStressInterval,
    DebugOptions debug) {

  public CompileOptions {
    inputs = List.copyOf(inputs);
    classPath = List.copyOf(classPath);
    whyReachable = List.copyOf(whyReachable);
    initializeAtRunTime = Set.copyOf(initializeAtRunTime);
    initializeAtBuildTime = Set.copyOf(initializeAtBuildTime);
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(optLevel, "optLevel");
    Objects.requireNonNull(debug, "debug");
    if (maxHeapBytes != 0 && maxHeapBytes < MIN_HEAP_BYTES) {
      throw new CompileError("the maximum heap must be at least 2m, not " + maxHeapBytes
          + " bytes");
    }
    if (gcStressInterval < 0) {
      throw new CompileError("--gc-stress takes a number of allocations (0 for none), not "
          + gcStressInterval);
    }
    if (target.wordBytes() == 4 && maxHeapBytes > MAX_32_BIT_HEAP_BYTES) {
      throw new CompileError("a maximum heap of " + maxHeapBytes + " bytes does not fit a "
          + "32-bit process (" + target.name() + "): give at most 3g");
    }
  }

  /** The smallest maximum heap, as HotSpot's (it starts with a few megabytes in use). */
  public static final long MIN_HEAP_BYTES = 2L << 20;
  /** The largest maximum heap a 32-bit process can have: its user address space is 3-4 GB. */
  public static final long MAX_32_BIT_HEAP_BYTES = 3L << 30;

  /**
   * A size as {@code -Xmx} takes it: a number of bytes, or of kilo-, mega-, giga- or terabytes
   * with a suffix {@code k}, {@code m}, {@code g} or {@code t} (either case).
   *
   * @throws CompileError if the text is not such a size
   */
  public static long size(String text) {
    long multiplier = 1;
    String digits = text;
    if (!text.isEmpty()) {
      int shift = "kmgt".indexOf(Character.toLowerCase(text.charAt(text.length() - 1)));
      if (shift >= 0) {
        multiplier = 1L << (10 * (shift + 1));
        digits = text.substring(0, text.length() - 1);
      }
    }
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new CompileError("invalid size '" + text + "': give bytes, or a number with k, m, g "
          + "or t (as -Xmx takes it)");
    }
    try {
      return Math.multiplyExact(Long.parseLong(digits), multiplier);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new CompileError("invalid size '" + text + "': too large");
    }
  }

  /** A builder with the defaults: no inputs, the host target, -O2, no debugging. */
  public static Builder builder() {
    return new Builder();
  }

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

  /** Builds {@link CompileOptions}; each setter returns this builder. */
  public static final class Builder {
    private final List<String> inputs = new ArrayList<>();
    private final List<Path> classPath = new ArrayList<>();
    private Path output;
    private Target target = Targets.host();
    private OptLevel optLevel = OptLevel.O2;
    private boolean emitLlvm;
    private boolean verbose;
    private boolean strict;
    private Path jdkHome;
    private final List<String> whyReachable = new ArrayList<>();
    private final Set<String> initializeAtRunTime = new HashSet<>();
    private final Set<String> initializeAtBuildTime = new HashSet<>();
    private Path report;
    private long maxHeapBytes;
    private int gcStressInterval;
    private DebugOptions debug = DebugOptions.NONE;

    private Builder() {}

    public Builder inputs(List<String> values) {
      inputs.addAll(values);
      return this;
    }

    public Builder classPath(List<Path> entries) {
      classPath.addAll(entries);
      return this;
    }

    public Builder output(Path value) {
      output = value;
      return this;
    }

    public Builder target(Target value) {
      target = value;
      return this;
    }

    public Builder optLevel(OptLevel value) {
      optLevel = value;
      return this;
    }

    public Builder emitLlvm(boolean value) {
      emitLlvm = value;
      return this;
    }

    public Builder verbose(boolean value) {
      verbose = value;
      return this;
    }

    public Builder strict(boolean value) {
      strict = value;
      return this;
    }

    public Builder jdkHome(Path value) {
      jdkHome = value;
      return this;
    }

    public Builder whyReachable(List<String> names) {
      whyReachable.addAll(names);
      return this;
    }

    public Builder initializeAtRunTime(Collection<String> names) {
      initializeAtRunTime.addAll(names);
      return this;
    }

    public Builder initializeAtBuildTime(Collection<String> names) {
      initializeAtBuildTime.addAll(names);
      return this;
    }

    public Builder report(Path value) {
      report = value;
      return this;
    }

    public Builder maxHeapBytes(long value) {
      maxHeapBytes = value;
      return this;
    }

    public Builder gcStressInterval(int value) {
      gcStressInterval = value;
      return this;
    }

    public Builder debug(DebugOptions value) {
      debug = value;
      return this;
    }

    public CompileOptions build() {
      return new CompileOptions(inputs, classPath, output, target, optLevel, emitLlvm, verbose,
          strict, jdkHome, whyReachable, initializeAtRunTime, initializeAtBuildTime, report,
          maxHeapBytes, gcStressInterval, debug);
    }
  }
}
