package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.file.Path;
import jeyra.arch.Target;
import jeyra.compiler.diag.CompileError;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

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
    Os("default<Os>", LLVMCodeGenLevelDefault);

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
    LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
    try {
      LLVMErrorRef error = LLVMRunPasses(ir.module, level.pipeline, machine, options);
      if (error != null) {
        BytePointer message = LLVMGetErrorMessage(error);
        String text = message.getString();
        LLVMDisposeErrorMessage(message);
        throw new IllegalStateException("LLVM optimisation failed: " + text);
      }
    } finally {
      LLVMDisposePassBuilderOptions(options);
    }
  }

  /** Writes the module as an object file. */
  public static void emitObject(Ir ir, LLVMTargetMachineRef machine, Path output) {
    BytePointer error = new BytePointer();
    if (LLVMTargetMachineEmitToFile(machine, ir.module, new BytePointer(output.toString()),
        LLVMObjectFile, error) != 0) {
      throw new CompileError("LLVM could not write " + output + ": " + error.getString());
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
