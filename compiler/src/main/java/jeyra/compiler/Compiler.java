package jeyra.compiler;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeTargetMachine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.diag.Diagnostics;
import jeyra.compiler.layout.Dispatch;
import jeyra.compiler.layout.HubField;
import jeyra.compiler.layout.Layouts;
import jeyra.compiler.layout.ObjectLayout;
import jeyra.compiler.link.Linker;
import jeyra.compiler.link.Toolchain;
import jeyra.compiler.llvm.CallSites;
import jeyra.compiler.llvm.Codegen;
import jeyra.compiler.llvm.Ir;
import jeyra.compiler.llvm.ObjectEmitter;
import jeyra.compiler.llvm.ObjectEmitter.OptLevel;
import jeyra.compiler.llvm.ProgramEmitter;
import jeyra.compiler.load.ClassSource;
import jeyra.compiler.load.JdkImage;
import jeyra.compiler.load.ProgramInput;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import jeyra.compiler.init.BuildTimeInit;
import jeyra.compiler.reach.BuildTimeConstants;
import jeyra.compiler.reach.Reachability;
import jeyra.compiler.reach.Resolver;
import jeyra.compiler.reach.RuntimeSupport;
import jeyra.compiler.reach.UnsupportedCode;
import jeyra.compiler.reach.WhyReachable;
import jeyra.compiler.report.HtmlReport;
import jeyra.compiler.substitute.Annotations;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;

/**
 * The build pipeline: load, substitute, reach, lay out, generate, optimise, emit, link
 * (docs/architecture.md, "The pipeline"). Nothing is written at the output path unless the
 * whole build succeeds; the executable appears by an atomic rename.
 */
public final class Compiler {
  /** Types the runtime or the image need whether or not user code names them. */
  private static final List<String> ROOT_TYPES = List.of("java/lang/Object", "java/lang/Class",
      "java/lang/String", "[B", "[I", "[Ljava/lang/String;", "[Ljava/lang/Class;",
      "java/lang/Throwable", "jeyra/runtime/ImageInfo");

  /** The reference fields of a hub that the compiler fills in the image (the rest are null). */
  private static final Set<HubField> HUB_REFERENCES = EnumSet.of(HubField.NAME,
      HubField.COMPONENT_TYPE, HubField.SUPERCLASS, HubField.INTERFACES,
      HubField.INTERFACE_BITS, HubField.ARRAY_CLASS, HubField.MODULE_NAME,
      HubField.SIMPLE_BINARY_NAME, HubField.DECLARING_CLASS, HubField.ENCLOSING_CLASS,
      HubField.ENCLOSING_METHOD_NAME, HubField.ENCLOSING_METHOD_DESCRIPTOR);

  /**
   * How many parts the optimised module is split into for code emission, which runs them in
   * parallel on every core. A constant, so that every machine builds the same executable.
   */
  private static final int CODE_PARTITIONS = 4;

  private final PrintStream err;
  private final Consumer<String> warnings;

  /**
   * @param err where progress goes (stderr)
   * @param warnings told each warning as it is found: code the program reaches that would
   *     fail at run time
   */
  public Compiler(PrintStream err, Consumer<String> warnings) {
    this.err = err;
    this.warnings = warnings;
  }

  /**
   * Builds an executable.
   *
   * @return the report
   * @throws CompileError for bad input, unsupported constructs, or a failed tool step
   */
  public BuildReport compile(CompileOptions options) {
    BuildReport report = new BuildReport();
    Diagnostics diagnostics = new Diagnostics();
    try (Progress progress = new Progress(err)) {
      long start = System.nanoTime();
      progress.start("loading classes");
      ProgramInput input = ProgramInput.resolve(options.inputs(), options.classPath());
      Path output = outputPath(options, input);
      checkWritable(output);
      Path htmlReport = options.report() == null ? null : options.report().toAbsolutePath();
      if (htmlReport != null) {
        checkWritable(htmlReport);
      }
      JdkImage jdk = options.jdkHome() == null ? JdkImage.ofRunningJdk()
          : JdkImage.ofHome(options.jdkHome());
      FrontEnd frontEnd = new FrontEnd(jdk, options.target());
      Universe universe = frontEnd.universe(input.sources());
      frontEnd.checkSubstitutions(universe);
      Map<HubField, FieldInfo> hubFields =
          HubField.resolveAll(universe.require("java/lang/Class"));
      List<MethodInfo> mains = new ArrayList<>();
      for (String mainClass : input.mainClasses()) {
        mains.add(findMain(universe, mainClass));
      }
      start = phase(report, options, "load", start);

      progress.start("finding reachable code");
      ObjectLayout objects = new ObjectLayout(options.target().wordBytes());
      Resolver resolver = new Resolver(universe);
      BuildTimeConstants constants =
          new BuildTimeConstants(universe, resolver, options.target(), objects);
      Reachability reachability = new Reachability(universe, resolver, constants, diagnostics,
          options.debug());
      BuildTimeInit init = new BuildTimeInit(universe, resolver, constants,
          options.initializeAtRunTime(), options.initializeAtBuildTime());
      reachability.useImageState(init);
      constants.useImageState(init);
      reachability.setMainMethods(mains);
      addRoots(universe, reachability, frontEnd.runtimeSource(), hubFields);
      reachability.run();
      if (options.debug().reachDump() != null) {
        try (PrintStream out = new PrintStream(
            Files.newOutputStream(options.debug().reachDump()))) {
          reachability.dump(out);
        }
      }
      diagnostics.throwIfErrors();
      WhyReachable why = reachability.whyReachable();
      for (String query : options.whyReachable()) {
        for (String answer : why.explain(query)) {
          err.println("jeyra: why reachable: " + answer);
          report.note("why reachable: " + answer);
        }
      }
      reportUnsupportedCode(reachability.unsupportedCode(), options, diagnostics, report);
      diagnostics.throwIfErrors();
      start = phase(report, options, "reach", start);
      reportBuildTimeInit(init, universe, options, report);
      if (options.debug().stopAfterReach()) {
        throw new CompileError("stopped after the analysis (--debug-stop-after-reach)");
      }

      Layouts layouts = new Layouts(universe, objects, hubFields);
      Dispatch dispatch = new Dispatch(universe, reachability, layouts);
      start = phase(report, options, "layout", start);

      progress.start("generating LLVM IR");
      LLVMTargetMachineRef machine = ObjectEmitter.targetMachine(options.target(),
          options.optLevel(), options.debug().llvmOptions());
      Map<String, String> imageObjectTypes;
      try (Ir ir = new Ir(options.target(), input.mainClasses().get(0))) {
        ObjectEmitter.setDataLayout(ir, machine);
        Codegen codegen = new Codegen(ir, universe, reachability, layouts, dispatch, init,
            diagnostics, options.debug());
        if (htmlReport != null) {
          codegen.heap.recordObjectTypes();
        }
        ProgramEmitter emitter = new ProgramEmitter(codegen, options.maxHeapBytes(),
            options.gcStressInterval());
        emitter.emit();
        emitter.verify();
        imageObjectTypes = codegen.heap.objectTypes();
        start = phase(report, options, "generate", start);

        progress.start("optimising");
        ObjectEmitter.optimize(ir, machine, options.optLevel());
        start = phase(report, options, "optimise", start);

        progress.start("emitting " + options.target().name() + " code");
        Path workDir = Files.createTempDirectory("jeyra-");
        try {
          if (options.emitLlvm()) { // first, so the IR is there when code emission fails
            ObjectEmitter.emitIr(ir, output.resolveSibling(output.getFileName() + ".ll"));
          }
          List<Path> objectFiles = ObjectEmitter.emitObjects(ir, options.target(),
              options.optLevel(), options.debug().llvmOptions(), CODE_PARTITIONS,
              Runtime.getRuntime().availableProcessors(), workDir);
          start = phase(report, options, "emit", start);

          progress.start("linking");
          Path partial = output.resolveSibling("." + output.getFileName() + ".jeyra-partial");
          try {
            // -Os leaves out the symbol table, unless the report needs it to attribute bytes.
            boolean stripSymbols = options.optLevel() == OptLevel.Os && htmlReport == null;
            new Linker(Toolchain.prepare()).link(objectFiles, partial, stripSymbols);
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
          } finally {
            Files.deleteIfExists(partial);
          }
          phase(report, options, "link", start);
          long objectBytes = 0;
          for (Path object : objectFiles) {
            objectBytes += Files.size(object);
          }
          report.count("object bytes", objectBytes);
        } finally {
          deleteRecursively(workDir);
        }
        report.count("executable bytes", Files.size(output));
      } finally {
        LLVMDisposeTargetMachine(machine);
      }
      report.output(output);
      report.count("target", options.target().name());
      report.count("classes loaded", universe.loadedClasses().size());
      report.count("types with Class objects", layouts.hubTypes().size());
      report.count("methods reached", reachability.reachableMethods().size());
      report.count("instantiated types", reachability.instantiatedTypes().size());
      report.count("natives without code", reachability.nativesWithoutCode().size());
      for (String warning : diagnostics.warnings()) {
        report.note("warning: " + warning);
      }
      if (htmlReport != null) {
        progress.start("writing the build report");
        writeHtmlReport(htmlReport, options, input, report, output, imageObjectTypes, init,
            universe, why);
      }
      return report;
    } catch (IOException e) {
      throw new CompileError("I/O error: " + e.getMessage(), e);
    }
  }

  /**
   * Reports which of the class initialisers the program reaches ran while building (counted
   * by package; {@code --report} lists each class) and the commonest first causes of the rest
   * ({@code --debug}: every class with its reason).
   */
  private void reportBuildTimeInit(BuildTimeInit init, Universe universe,
      CompileOptions options, BuildReport report) {
    int buildTime = 0;
    int runTime = 0;
    Map<String, Integer> causes = new HashMap<>();
    Map<String, Integer> earlyPackages = new TreeMap<>();
    for (ClassInfo type : reachedInitializers(universe)) {
      boolean early = init.state(type) == BuildTimeInit.State.BUILD_TIME;
      if (early) {
        buildTime++;
        String name = type.binaryName();
        earlyPackages.merge(name.lastIndexOf('.') < 0 ? "(default package)"
            : name.substring(0, name.lastIndexOf('.')), 1, Integer::sum);
      } else {
        runTime++;
        causes.merge(BuildTimeInit.firstCause(init.runTimeReason(type)), 1, Integer::sum);
      }
      if (options.debug().trace()) {
        String where = init.runTimeLocation(type);
        err.println("jeyra: " + type.binaryName() + " is initialised "
            + (early ? "while building" : "at run time: " + init.runTimeReason(type)
            + (where == null ? "" : " (in " + where + ")")));
      }
    }
    report.count("initialised while building", buildTime + " classes");
    report.count("initialised at run time", runTime + " classes");
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder("while building, by package:");
    for (Map.Entry<String, Integer> entry : earlyPackages.entrySet()) {
      String item = " " + entry.getKey() + " " + entry.getValue() + ",";
      if (line.length() + item.length() > 92) {
        lines.add(line.toString());
        line = new StringBuilder(" ");
      }
      line.append(item);
    }
    lines.add(line.substring(0, line.length() - (earlyPackages.isEmpty() ? 0 : 1)));
    causes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(5)
        .forEach(e -> lines.add("at run time (" + e.getValue() + "): " + e.getKey()));
    report.section("class initialisation (--report lists every class)", lines);
  }

  /** The classes whose initialiser the program reaches, by name. */
  private static List<ClassInfo> reachedInitializers(Universe universe) {
    List<ClassInfo> classes = new ArrayList<>();
    for (ClassInfo type : universe.loadedClasses()) {
      if (type.initializationReached() && type.classInitializer() != null) {
        classes.add(type);
      }
    }
    classes.sort(Comparator.comparing(ClassInfo::binaryName));
    return classes;
  }

  /** Writes the HTML build report ({@code --report}) once the executable is linked. */
  private static void writeHtmlReport(Path file, CompileOptions options, ProgramInput input,
      BuildReport report, Path executable, Map<String, String> imageObjectTypes,
      BuildTimeInit init, Universe universe, WhyReachable why) throws IOException {
    List<String> programs = input.mainClasses();
    String named = String.join(", ", programs.subList(0, Math.min(3, programs.size())))
        + (programs.size() > 3 ? " and " + (programs.size() - 3) + " more programs" : "");
    HtmlReport page = new HtmlReport(named.replace('/', '.') + " for "
        + options.target().name() + " at " + options.optLevel());
    for (Map.Entry<String, Object> count : report.counts().entrySet()) {
      page.figure(count.getKey(), count.getValue());
    }
    for (Map.Entry<String, Long> phase : report.phaseMillis().entrySet()) {
      page.figure("time to " + phase.getKey() + " (ms)", phase.getValue());
    }
    page.figure("total time (ms)", report.totalMillis());
    page.sizes(executable, imageObjectTypes, CallSites.SECTION);
    for (ClassInfo type : reachedInitializers(universe)) {
      boolean early = init.state(type) == BuildTimeInit.State.BUILD_TIME;
      page.initializer(new HtmlReport.Initializer(type.binaryName(), early,
          early ? null : init.runTimeReason(type), early ? null : init.runTimeLocation(type)));
    }
    page.calls(why.callTree());
    page.write(file);
  }

  /**
   * JDK code jeyra cannot compile yet, which throws if it runs: what the program's code
   * reaches is a warning now (an error with --strict), the rest a note in the report.
   */
  private void reportUnsupportedCode(UnsupportedCode.Findings findings, CompileOptions options,
      Diagnostics diagnostics, BuildReport report) {
    for (String message : findings.fromProgram()) {
      if (options.strict()) {
        diagnostics.error(message + " (an error with --strict)");
      } else {
        warnings.accept(message);
        report.note("warning: " + message);
      }
    }
    for (String message : findings.elsewhere()) {
      report.note(message);
    }
  }

  private long phase(BuildReport report, CompileOptions options, String name, long start) {
    long now = System.nanoTime();
    report.phase(name, (now - start) / 1_000_000);
    if (options.debug().trace()) {
      err.println("jeyra: " + name + " took " + (now - start) / 1_000_000 + " ms");
    }
    return now;
  }

  private static Path outputPath(CompileOptions options, ProgramInput input) {
    if (options.output() == null && input.defaultOutputName() == null) {
      throw new CompileError("an executable holding several programs needs -o to name it");
    }
    Path output = options.output() != null ? options.output()
        : Path.of(input.defaultOutputName());
    return output.toAbsolutePath().normalize();
  }

  /** Fails before the expensive work if the output cannot be written. */
  private static void checkWritable(Path output) {
    Path directory = output.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new CompileError("cannot write " + output + ": directory " + directory
          + " does not exist");
    }
    if (Files.isDirectory(output)) {
      throw new CompileError("cannot write " + output + ": it is a directory");
    }
    if (!Files.isWritable(directory) || (Files.exists(output) && !Files.isWritable(output))) {
      throw new CompileError("cannot write " + output + ": permission denied");
    }
  }

  /** The JVM's rule: a public static void main(String[]) in the class or a superclass. */
  private static MethodInfo findMain(Universe universe, String mainClass) {
    ClassInfo type = universe.lookup(mainClass);
    if (type == null) {
      throw new CompileError("main class " + mainClass.replace('/', '.')
          + " not found on the class path");
    }
    for (ClassInfo c = type; c != null; c = c.superclass()) {
      MethodInfo main = c.method("main", "([Ljava/lang/String;)V");
      if (main != null && main.isStatic() && main.isPublic()) {
        return main;
      }
    }
    throw new CompileError("class " + type.binaryName() + " has no main method: expected "
        + "public static void main(String[] args)");
  }

  /** The classes a runtime class's {@code @Instantiable} names, where the JDK has them. */
  private static void registerInstantiable(Universe universe, Reachability reachability,
      ClassInfo type) {
    AnnotationNode annotation = Annotations.find(type.node().invisibleAnnotations,
        Annotations.INSTANTIABLE);
    Object names = Annotations.value(annotation, "value");
    if (!(names instanceof List)) {
      return;
    }
    for (Object name : (List<?>) names) {
      ClassInfo named = universe.lookup(((String) name).replace('.', '/'));
      if (named != null) {
        reachability.registerInstantiable(named);
      }
    }
  }

  private static void addRoots(Universe universe, Reachability reachability,
      ClassSource runtime, Map<HubField, FieldInfo> hubFields) {
    for (String name : ROOT_TYPES) {
      reachability.addRootType(universe.require(name));
    }
    for (String name : List.of("java/lang/Class", "java/lang/String", "[B", "[I",
        "[Ljava/lang/String;", "[Ljava/lang/Class;")) {
      reachability.addRootInstantiated(universe.require(name)); // objects in the image
    }
    addImageFieldRoots(universe, reachability, hubFields);
    List<String> runtimeClasses = new ArrayList<>();
    try {
      runtimeClasses.addAll(runtime.listClasses());
    } catch (IOException e) {
      throw new CompileError("cannot list jeyra's runtime classes: " + e, e);
    }
    for (String name : runtimeClasses) {
      ClassInfo type = universe.require(name);
      registerInstantiable(universe, reachability, type);
      for (MethodInfo method : type.methods()) {
        String symbol = Codegen.exportName(method);
        if (symbol != null) {
          reachability.addRoot(method, "exported symbol " + symbol);
        }
      }
    }
    for (RuntimeSupport.Method support : RuntimeSupport.ALL) {
      reachability.addRoot(support.in(universe), "code generation");
    }
  }

  /** What the compiler writes into image objects, which no bytecode writes. */
  private static void addImageFieldRoots(Universe universe, Reachability reachability,
      Map<HubField, FieldInfo> hubFields) {
    ClassInfo string = universe.require("java/lang/String");
    ClassInfo classClass = universe.require("java/lang/Class");
    ClassInfo bytes = universe.require("[B");
    ClassInfo ints = universe.require("[I");
    ClassInfo strings = universe.require("[Ljava/lang/String;");
    ClassInfo classes = universe.require("[Ljava/lang/Class;");
    reachability.addRootField(requireField(string, "value", "[B"), bytes);
    for (HubField field : HUB_REFERENCES) {
      String type = Type.getType(field.descriptor()).getInternalName();
      reachability.addRootField(hubFields.get(field), universe.require(type));
    }
    reachability.addRootElements(classes, classClass);
    reachability.addRootElements(strings, string);
    ClassInfo imageInfo = universe.require("jeyra/runtime/ImageInfo");
    reachability.addRootField(requireField(imageInfo, "methodClasses", "[Ljava/lang/Class;"),
        classes);
    reachability.addRootField(requireField(imageInfo, "methodNames", "[Ljava/lang/String;"),
        strings);
    reachability.addRootField(requireField(imageInfo, "methodFiles", "[Ljava/lang/String;"),
        strings);
    reachability.addRootField(requireField(imageInfo, "siteMethods", "[I"), ints);
    reachability.addRootField(requireField(imageInfo, "siteLines", "[I"), ints);
    reachability.addRootField(requireField(imageInfo, "classesByTypeId", "[Ljava/lang/Class;"),
        classes);
    reachability.addRootField(requireField(imageInfo, "internedStrings", "[Ljava/lang/String;"),
        strings);
  }

  private static FieldInfo requireField(ClassInfo owner, String name, String descriptor) {
    FieldInfo field = owner.field(name, descriptor);
    if (field == null) {
      throw new CompileError(owner.binaryName() + " has no field " + name + " " + descriptor
          + ", which the compiler fills in the image");
    }
    return field;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
