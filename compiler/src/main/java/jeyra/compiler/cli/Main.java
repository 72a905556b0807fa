package jeyra.compiler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import jeyra.compiler.BuildReport;
import jeyra.compiler.CompileOptions;
import jeyra.compiler.Compiler;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.diag.DebugOptions;
import jeyra.compiler.llvm.ObjectEmitter.OptLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The {@code jeyra} command. Exit status: 0 on success, 2 for bad input or a failed build,
 * with a one-line message per problem on stderr.
 */
@Command(name = "jeyra", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Compiles Java programs to static, libc-free Linux executables.",
    subcommands = {Main.Compile.class})
public final class Main implements Callable<Integer> {
  /** Exit status for bad input and failed builds. */
  public static final int FAILURE = 2;

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.err);
    return FAILURE;
  }

  /** Runs the command line and returns the exit status (for tests and {@link #main}). */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      PrintWriter err = exception.getCommandLine().getErr();
      err.println("jeyra: error: " + exception.getMessage());
      err.println("Try 'jeyra " + (exception.getCommandLine().getCommandName().equals("jeyra")
          ? "" : exception.getCommandLine().getCommandName() + " ") + "--help'.");
      return FAILURE;
    });
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      if (exception instanceof CompileError) {
        for (String line : exception.getMessage().split("\\R")) {
          cmd.getErr().println("jeyra: error: " + line);
        }
        if (cmd.getCommand() instanceof Compile && ((Compile) cmd.getCommand()).debug
            && exception.getCause() != null) {
          exception.getCause().printStackTrace(cmd.getErr());
        }
        return FAILURE;
      }
      throw exception;
    });
    return commandLine.execute(args);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** {@code jeyra compile}. */
  @Command(name = "compile", mixinStandardHelpOptions = true,
      versionProvider = Main.Version.class,
      description = "Compiles a program to a native executable.")
  static final class Compile implements Callable<Integer> {
    @Parameters(paramLabel = "<input>", arity = "1..*",
        description = "A Main.class file, a main class name (found on -cp), or an app.jar "
            + "with Main-Class. Several inputs make one multi-call executable (give -o), "
            + "which runs the program named by its own name or by its first argument.")
    List<String> inputs;

    @Option(names = "--target", paramLabel = "ARCH",
        description = "Target architecture: x86_64, aarch64, riscv64 or i686 (default: this "
            + "machine's).")
    String target;

    @Option(names = "-o", paramLabel = "OUT", description = "The executable to write.")
    Path output;

    @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
        description = "Class path: directories and jars separated by ':'.")
    String classPath;

    @Option(names = "-O0", description = "No optimisation.")
    boolean o0;

    @Option(names = "-O1", description = "Light optimisation.")
    boolean o1;

    @Option(names = "-O2", description = "Optimise (the default).")
    boolean o2;

    @Option(names = "-O3", description = "Optimise aggressively.")
    boolean o3;

    @Option(names = "-Os", description = "The smallest executable: optimise every function "
        + "for size, and leave out the symbol table (kept with --report, which reads it).")
    boolean os;

    @Option(names = "--emit-llvm", description = "Also write the optimised LLVM IR to OUT.ll.")
    boolean emitLlvm;

    @Option(names = "--verbose", description = "Print a build report.")
    boolean verbose;

    @Option(names = "--strict",
        description = "Fail the build when the program's code reaches JDK code jeyra cannot "
            + "compile yet (a native method without substitution, an unsupported construct), "
            + "which is otherwise a warning and throws if it runs.")
    boolean strict;

    @Option(names = "--jdk", paramLabel = "DIR",
        description = "Take the class library from this JDK 17 (default: the running JDK).")
    Path jdk;

    @Option(names = "--why-reachable", paramLabel = "NAME",
        description = "Explain why a class or method (java.util.Locale, "
            + "java.lang.String.valueOf) is part of the executable: the chain of calls from a "
            + "root. May be repeated.")
    List<String> whyReachable = new ArrayList<>();

    @Option(names = "--initialize-at-run-time", paramLabel = "NAMES", split = ",",
        description = "Run these classes' initialisers (classes or packages, comma-separated) "
            + "when the program runs, never while building.")
    List<String> initializeAtRunTime = new ArrayList<>();

    @Option(names = "--initialize-at-build-time", paramLabel = "NAMES", split = ",",
        description = "Let these classes' initialisers (classes or packages) read state other "
            + "classes own while building; they still change only their own.")
    List<String> initializeAtBuildTime = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE.html",
        description = "Write a build report to look at in a browser: the executable's size by "
            + "package and class, the class initialisers run while building and why the others "
            + "were not, and why each method is reachable.")
    Path report;

    @Option(names = "--max-heap", paramLabel = "SIZE",
        description = "The executable's default maximum heap, as -Xmx takes it (64m, 2g); "
            + "JEYRA_OPTS=-Xmx<size> overrides it when the program runs. Default: a quarter "
            + "of physical memory (at most 1g on 32-bit targets).")
    String maxHeap;

    @Option(names = "--gc-stress", paramLabel = "N",
        description = "Make the executable collect garbage every N allocations: slow, for "
            + "testing that the collector finds every reference.")
    int gcStress;

    @Option(names = "--debug", hidden = true,
        description = "Print the compiler's own diagnostics: phase times, the cause of a build "
            + "error, the analysis's doubts.")
    boolean debug;

    @Option(names = "--debug-reach-dump", hidden = true, paramLabel = "FILE",
        description = "Write every reachable method, instantiated type and call edge to FILE.")
    Path reachDump;

    @Option(names = "--debug-stop-after-reach", hidden = true,
        description = "End the build after the analysis.")
    boolean stopAfterReach;

    @Option(names = "--debug-full-chains", hidden = true,
        description = "Print 'reached by' chains whole.")
    boolean fullChains;

    @Option(names = "--debug-slow-flows", hidden = true,
        description = "Report methods whose type flows take over 200 ms to build.")
    boolean slowFlows;

    @Option(names = "--debug-llvm-options", hidden = true, paramLabel = "OPTIONS",
        description = "Options for LLVM itself, such as -time-passes.")
    String llvmOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      CompileOptions options = CompileOptions.builder().inputs(inputs).classPath(classPath())
          .output(output).target(CompileOptions.target(target)).optLevel(optLevel())
          .emitLlvm(emitLlvm).verbose(verbose).strict(strict).jdkHome(jdk)
          .whyReachable(whyReachable)
          .initializeAtRunTime(initializeAtRunTime).initializeAtBuildTime(initializeAtBuildTime)
          .report(report)
          .maxHeapBytes(maxHeap == null ? 0 : CompileOptions.size(maxHeap))
          .gcStressInterval(gcStress)
          .debug(new DebugOptions(debug, reachDump, stopAfterReach, fullChains,
              slowFlows, llvmOptions))
          .build();
      PrintWriter err = spec.commandLine().getErr();
      BuildReport report = new Compiler(System.err,
          warning -> {
            err.println("jeyra: warning: " + warning);
            err.flush();
          }).compile(options);
      if (verbose) {
        spec.commandLine().getErr().print(report.format());
        spec.commandLine().getErr().flush();
      }
      return 0;
    }

    private OptLevel optLevel() {
      int chosen = (o0 ? 1 : 0) + (o1 ? 1 : 0) + (o2 ? 1 : 0) + (o3 ? 1 : 0) + (os ? 1 : 0);
      if (chosen > 1) {
        throw new CompileError("give at most one of -O0, -O1, -O2, -O3, -Os");
      }
      return o0 ? OptLevel.O0 : o1 ? OptLevel.O1 : o3 ? OptLevel.O3 : os ? OptLevel.Os
          : OptLevel.O2;
    }

    private List<Path> classPath() {
      List<Path> entries = new ArrayList<>();
      if (classPath != null) {
        for (String entry : classPath.split(":")) {
          if (!entry.isEmpty()) {
            entries.add(Path.of(entry));
          }
        }
      }
      return entries;
    }
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/jeyra/compiler/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"jeyra " + properties.getProperty("version", "unknown")
          + " (JDK 17 class library, LLVM 20)"};
    }
  }
}
