package jeyra.maven;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jeyra.compiler.BuildReport;
import jeyra.compiler.CompileOptions;
import jeyra.compiler.Compiler;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.llvm.ObjectEmitter.OptLevel;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code jeyra:compile}: builds the project's program into a static native executable, from
 * its classes and its runtime dependencies, in the {@code package} phase. It does what
 * {@code jeyra compile -cp <runtime class path> <mainClass>} does on the command line.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class CompileMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The class whose {@code main} the executable runs. */
  @Parameter(property = "jeyra.mainClass")
  private String mainClass;

  /**
   * Several main classes instead of one: they make one multi-call executable, which runs the
   * program named by its own file name (a symbolic link, say) or by its first argument.
   */
  @Parameter
  private List<String> mainClasses;

  /** The executable to write. */
  @Parameter(property = "jeyra.outputFile",
      defaultValue = "${project.build.directory}/${project.artifactId}")
  private File outputFile;

  /** Target architecture: x86_64, aarch64, riscv64 or i686; this machine's by default. */
  @Parameter(property = "jeyra.target")
  private String target;

  /**
   * Optimisation level: 0, 1, 2, 3 or s (the smallest executable: every function optimised
   * for size, and no symbol table).
   */
  @Parameter(property = "jeyra.optimization", defaultValue = "2")
  private String optimization;

  /** A JDK 17 to take the class library from; by default the JDK that runs Maven. */
  @Parameter(property = "jeyra.jdk")
  private File jdk;

  /** Also write the optimised LLVM IR beside the executable. */
  @Parameter(property = "jeyra.emitLlvm", defaultValue = "false")
  private boolean emitLlvm;

  /**
   * Fail the build when the program's code reaches JDK code jeyra cannot compile yet (a
   * native method without substitution, an unsupported construct), which is otherwise a
   * warning in the log and throws if it runs.
   */
  @Parameter(property = "jeyra.strict", defaultValue = "false")
  private boolean strict;

  /** Log the build report: classes and methods reached, code size, time per phase. */
  @Parameter(property = "jeyra.verbose", defaultValue = "false")
  private boolean verbose;

  /**
   * Classes or packages (binary names) whose initialisers must run when the program runs,
   * never while building (the command line's {@code --initialize-at-run-time}).
   */
  @Parameter(property = "jeyra.initializeAtRunTime")
  private List<String> initializeAtRunTime;

  /**
   * Classes or packages whose initialisers may read state other classes own while building
   * (the command line's {@code --initialize-at-build-time}).
   */
  @Parameter(property = "jeyra.initializeAtBuildTime")
  private List<String> initializeAtBuildTime;

  /**
   * Classes and methods to explain: the build logs the chain of calls by which each is
   * reachable (the command line's {@code --why-reachable}).
   */
  @Parameter(property = "jeyra.whyReachable")
  private List<String> whyReachable;

  /**
   * Write a build report to look at in a browser (the command line's {@code --report}): the
   * executable's size by package and class, the class initialisers run while building and why
   * the others were not, and why each method is reachable.
   */
  @Parameter(property = "jeyra.report")
  private File report;

  /**
   * The executable's default maximum heap, as {@code -Xmx} takes it ({@code 64m}, {@code 2g});
   * {@code JEYRA_OPTS=-Xmx<size>} overrides it when the program runs (the command line's
   * {@code --max-heap}). Default: a quarter of physical memory.
   */
  @Parameter(property = "jeyra.maxHeap")
  private String maxHeap;

  /** Skip the native build. */
  @Parameter(property = "jeyra.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("jeyra: skipped");
      return;
    }
    CompileOptions options;
    try {
      options = CompileOptions.builder().inputs(inputs()).classPath(classPath())
          .output(outputFile.toPath()).target(target()).optLevel(optLevel()).emitLlvm(emitLlvm)
          .verbose(verbose).strict(strict).jdkHome(jdk == null ? null : jdk.toPath())
          .initializeAtRunTime(names(initializeAtRunTime))
          .initializeAtBuildTime(names(initializeAtBuildTime))
          .whyReachable(names(whyReachable))
          .report(report == null ? null : report.toPath())
          .maxHeapBytes(maxHeap == null || maxHeap.isBlank() ? 0
              : CompileOptions.size(maxHeap.trim()))
          .build();
    } catch (CompileError e) {
      throw new MojoFailureException("jeyra: " + e.getMessage(), e);
    }
    BuildReport report;
    try (PrintStream progress = new PrintStream(new LogLines(getLog()), true,
        StandardCharsets.UTF_8)) {
      report = new Compiler(progress, warning -> getLog().warn("jeyra: " + warning))
          .compile(options);
    } catch (CompileError e) {
      throw new MojoFailureException("jeyra: " + e.getMessage(), e);
    }
    if (verbose) {
      for (String line : report.format().split("\\R")) {
        getLog().info(line);
      }
    }
    getLog().info("jeyra: wrote " + outputFile + " (" + options.target().name() + ", "
        + String.format(Locale.ROOT, "%,d", outputFile.length()) + " bytes)");
  }

  /** A list parameter's names, trimmed, blanks dropped (a property gives one comma list). */
  private static List<String> names(List<String> values) {
    List<String> names = new ArrayList<>();
    if (values != null) {
      for (String value : values) {
        for (String name : value.split(",")) {
          if (!name.isBlank()) {
            names.add(name.trim());
          }
        }
      }
    }
    return names;
  }

  private List<String> inputs() throws MojoFailureException {
    boolean hasOne = mainClass != null && !mainClass.isBlank();
    boolean hasMany = mainClasses != null && !mainClasses.isEmpty();
    if (hasOne == hasMany) {
      throw new MojoFailureException("jeyra: set exactly one of <mainClass> (or -Djeyra.mainClass)"
          + " and <mainClasses> in the jeyra-maven-plugin configuration");
    }
    return hasOne ? List.of(mainClass.trim()) : List.copyOf(mainClasses);
  }

  /** The project's classes and its compile and runtime dependencies, in Maven's order. */
  private List<Path> classPath() throws MojoExecutionException {
    List<Path> entries = new ArrayList<>();
    try {
      for (String element : project.getRuntimeClasspathElements()) {
        Path entry = Path.of(element);
        if (Files.exists(entry)) { // target/classes is absent when there are no sources
          entries.add(entry);
        }
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("jeyra: the project's dependencies are not resolved", e);
    }
    return entries;
  }

  private jeyra.arch.Target target() throws MojoFailureException {
    try {
      return CompileOptions.target(target == null || target.isBlank() ? null : target.trim());
    } catch (CompileError e) {
      throw new MojoFailureException("jeyra: " + e.getMessage(), e);
    }
  }

  private OptLevel optLevel() throws MojoFailureException {
    return switch (optimization.trim()) {
      case "0" -> OptLevel.O0;
      case "1" -> OptLevel.O1;
      case "2" -> OptLevel.O2;
      case "3" -> OptLevel.O3;
      case "s" -> OptLevel.Os;
      default -> throw new MojoFailureException("jeyra: unknown optimization level '"
          + optimization + "' (known: 0, 1, 2, 3, s)");
    };
  }
}
