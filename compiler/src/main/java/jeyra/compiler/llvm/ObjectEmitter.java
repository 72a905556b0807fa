package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jeyra.arch.Target;
import jeyra.compiler.diag.CompileError;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Optimises the module as one unit (whole-program optimisation falls out, the libc and
 * runtime included) and writes the target's object file, all through LLVM in-process.
 */
public final class ObjectEmitter {
  /** Optimisation levels as the CLI names them. */
  public enum OptLevel {
    O0("default<O0>", LLVMCodeGenLevelNone),
    O1("default<O1>", LLVMCodeGenLevelLess),
    O2("default<O2>", LLVMCodeGenLevelDefault),
    O3("default<O3>", LLVMCodeGenLevelAggressive),
    /**
     * The smallest code: LLVM's size pipeline, and every function marked {@code optsize} and
     * {@code minsize}, which is what LLVM's code generator reads (clang's -Oz does the same).
     */
    Os("default<Oz>", LLVMCodeGenLevelDefault);

    final String pipeline;
    final int codeGenLevel;

    OptLevel(String pipeline, int codeGenLevel) {
      this.pipeline = pipeline;
      this.codeGenLevel = codeGenLevel;
    }
  }

  private static boolean initialized;
  /** The LLVM options given to {@link #initializeTargets}: they hold for the whole process. */
  private static String llvmOptions;

  private ObjectEmitter() {}

  /**
   * Registers LLVM's code generators for every architecture jeyra targets, once per process.
   *
   * @param options options for LLVM itself (for investigating the compiler, such as
   *     {@code -time-passes}), or null
   * @throws CompileError if an earlier build in this process gave LLVM other options: LLVM
   *     keeps them in process-wide state
   */
  public static synchronized void initializeTargets(String options) {
    if (initialized) {
      if (!java.util.Objects.equals(options, llvmOptions)) {
        throw new CompileError("LLVM's options are set once per process: this build asks for '"
            + options + "', an earlier one set '" + llvmOptions + "'");
      }
      return;
    }
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeX86AsmParser();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
    LLVMInitializeAArch64AsmParser();
    LLVMInitializeRISCVTargetInfo();
    LLVMInitializeRISCVTarget();
    LLVMInitializeRISCVTargetMC();
    LLVMInitializeRISCVAsmPrinter();
    LLVMInitializeRISCVAsmParser();
    if (options != null) {
      String[] words = ("jeyra " + options).split(" ");
      LLVMParseCommandLineOptions(words.length, new org.bytedeco.javacpp.PointerPointer<>(words),
          (BytePointer) null);
    }
    llvmOptions = options;
    initialized = true;
  }

  /**
   * Creates the target machine for a target.
   *
   * @param llvmOptions options for LLVM itself, or null (see {@link #initializeTargets})
   */
  public static LLVMTargetMachineRef targetMachine(Target target, OptLevel level,
      String llvmOptions) {
    initializeTargets(llvmOptions);
    BytePointer error = new BytePointer();
    LLVMTargetRef llvmTarget = new LLVMTargetRef();
    if (LLVMGetTargetFromTriple(new BytePointer(target.llvmTriple()), llvmTarget, error) != 0) {
      throw new CompileError("LLVM cannot target " + target.llvmTriple() + ": "
          + error.getString());
    }
    return LLVMCreateTargetMachine(llvmTarget, target.llvmTriple(), target.llvmCpu(),
        target.llvmFeatures(), level.codeGenLevel, LLVMRelocStatic, LLVMCodeModelDefault);
  }

  /** Sets the module's data layout from the target machine; do this before generating IR. */
  public static void setDataLayout(Ir ir, LLVMTargetMachineRef machine) {
    var layout = LLVMCreateTargetDataLayout(machine);
    BytePointer text = LLVMCopyStringRepOfTargetData(layout);
    LLVMSetDataLayout(ir.module, text.getString());
    LLVMDisposeMessage(text);
    LLVMDisposeTargetData(layout);
  }

  /** Runs LLVM's optimisation pipeline for a level over the whole module. */
  public static void optimize(Ir ir, LLVMTargetMachineRef machine, OptLevel level) {
    if (level == OptLevel.Os) {
      for (LLVMValueRef function = LLVMGetFirstFunction(ir.module); function != null;
          function = LLVMGetNextFunction(function)) {
        if (LLVMIsDeclaration(function) == 0) {
          ir.addFunctionAttribute(function, "optsize");
          ir.addFunctionAttribute(function, "minsize");
        }
      }
    }
    runPasses(ir.module, level.pipeline, machine);
    LLVMValueRef collectorReads = LLVMGetNamedGlobal(ir.module, Codegen.COMPILER_USED);
    if (collectorReads != null) {
      LLVMDeleteGlobal(collectorReads); // its job is done (see Codegen.emitCollectorReads)
    }
  }

  private static void runPasses(LLVMModuleRef module, String pipeline,
      LLVMTargetMachineRef machine) {
    LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
    try {
      LLVMErrorRef error = LLVMRunPasses(module, pipeline, machine, options);
      if (error != null) {
        BytePointer message = LLVMGetErrorMessage(error);
        String text = message.getString();
        LLVMDisposeErrorMessage(message);
        throw new IllegalStateException("LLVM passes '" + pipeline + "' failed: " + text);
      }
    } finally {
      LLVMDisposePassBuilderOptions(options);
    }
  }

  /**
   * Writes the optimised module as object files, one per partition, emitted in parallel on up
   * to {@code threads} threads (see {@link ModuleSplitter}). The partitioning depends only on
   * the module, never on the machine, so that every machine builds the same executable.
   *
   * <p>The partitions are cut one after another, each from a copy of the module read back
   * from its bitcode, and written as bitcode of their own; only then do the threads start,
   * each reading one partition's bitcode. So the compiler holds one whole copy of the module
   * at a time, where threads that each cut their partition from a whole copy would hold one
   * per thread.
   *
   * @return the object files, in the order the linker must be given them
   */
  public static List<Path> emitObjects(Ir ir, Target target, OptLevel level, String llvmOptions,
      int partitions, int threads, Path directory) {
    List<LLVMMemoryBufferRef> parts = split(ir, target, level, llvmOptions, partitions);
    List<Path> objects = new ArrayList<>();
    List<Callable<Void>> jobs = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      LLVMMemoryBufferRef bitcode = parts.get(i);
      Path object = directory.resolve("part" + i + ".o");
      objects.add(object);
      jobs.add(() -> {
        emitPartition(bitcode, target, level, llvmOptions, object);
        return null;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      for (Future<Void> job : pool.invokeAll(jobs)) {
        job.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompileError("interrupted while emitting code");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      for (LLVMMemoryBufferRef bitcode : parts) {
        LLVMDisposeMemoryBuffer(bitcode);
      }
    }
    return objects;
  }

  /**
   * Cuts the module into partitions, each as bitcode: the module is written as bitcode and
   * freed, and each partition is cut from a copy read back from that bitcode, one at a time.
   */
  private static List<LLVMMemoryBufferRef> split(Ir ir, Target target, OptLevel level,
      String llvmOptions, int partitions) {
    ModuleSplitter splitter = new ModuleSplitter(ir.module, partitions);
    LLVMMemoryBufferRef whole = LLVMWriteBitcodeToMemoryBuffer(ir.module);
    ir.disposeModule();
    List<LLVMMemoryBufferRef> parts = new ArrayList<>();
    LLVMTargetMachineRef machine = targetMachine(target, level, llvmOptions);
    try {
      for (int i = 0; i < partitions; i++) {
        LLVMContextRef context = LLVMContextCreate();
        try {
          LLVMModuleRef module = readBitcode(context, whole);
          try {
            splitter.restrictTo(module, i);
            runPasses(module, "elim-avail-extern", machine);
            parts.add(LLVMWriteBitcodeToMemoryBuffer(module));
          } finally {
            LLVMDisposeModule(module);
          }
        } finally {
          LLVMContextDispose(context);
        }
      }
      return parts;
    } catch (RuntimeException e) {
      for (LLVMMemoryBufferRef bitcode : parts) {
        LLVMDisposeMemoryBuffer(bitcode);
      }
      throw e;
    } finally {
      LLVMDisposeMemoryBuffer(whole);
      LLVMDisposeTargetMachine(machine);
    }
  }

  /** A module read from bitcode this compiler wrote, into {@code context}. */
  private static LLVMModuleRef readBitcode(LLVMContextRef context,
      LLVMMemoryBufferRef bitcode) {
    LLVMModuleRef module = new LLVMModuleRef();
    if (LLVMParseBitcodeInContext2(context, bitcode, module) != 0) {
      throw new IllegalStateException("LLVM could not read back its own bitcode");
    }
    return module;
  }

  /** Emits one partition: its bitcode is read into a fresh context. */
  private static void emitPartition(LLVMMemoryBufferRef bitcode, Target target, OptLevel level,
      String llvmOptions, Path object) {
    LLVMContextRef context = LLVMContextCreate();
    try {
      LLVMModuleRef module = readBitcode(context, bitcode);
      LLVMTargetMachineRef machine = targetMachine(target, level, llvmOptions);
      try {
        BytePointer error = new BytePointer();
        if (LLVMTargetMachineEmitToFile(machine, module, new BytePointer(object.toString()),
            LLVMObjectFile, error) != 0) {
          throw new CompileError("LLVM could not write " + object + ": " + error.getString());
        }
      } finally {
        LLVMDisposeModule(module);
        LLVMDisposeTargetMachine(machine);
      }
    } finally {
      LLVMContextDispose(context);
    }
  }

  /** Writes the module as textual IR ({@code --emit-llvm}). */
  public static void emitIr(Ir ir, Path output) {
    BytePointer error = new BytePointer();
    if (LLVMPrintModuleToFile(ir.module, output.toString(), error) != 0) {
      throw new CompileError("cannot write " + output + ": " + error.getString());
    }
  }
}
