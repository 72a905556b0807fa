package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.reach.CompilerNatives;
import jeyra.compiler.reach.RuntimeSupport;
import jeyra.intrinsics.LinkageErrorKind;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Type;

/**
 * Generates the whole program into one LLVM module: the entry stub, every reachable method,
 * the class init functions, the hubs and the runtime's tables.
 */
public final class ProgramEmitter {
  /** The C symbol of origin-java's program entry, which {@code _start} calls. */
  public static final String ENTRY_SYMBOL = "jeyra_start";

  /** The C symbol every thread but the first starts in (origin-java's thread entry). */
  public static final String THREAD_ENTRY_SYMBOL = "jeyra_thread_start";

  /** The C symbol of the signal restorer (see {@code Target.signalReturnStub}). */
  public static final String SIGNAL_RETURN_SYMBOL = "jeyra_signal_return";

  private final Codegen cg;
  private final long maxHeapBytes;
  private final int gcStressInterval;

  /**
   * @param maxHeapBytes the executable's default maximum heap (the build's
   *     {@code --max-heap}), or 0 for the runtime's default
   */
  public ProgramEmitter(Codegen cg, long maxHeapBytes, int gcStressInterval) {
    this.cg = cg;
    this.maxHeapBytes = maxHeapBytes;
    this.gcStressInterval = gcStressInterval;
  }

  /**
   * Emits everything.
   *
   * @throws CompileError listing every method that cannot be compiled
   */
  public void emit() {
    Ir ir = cg.ir;
    // The code base follows the entry stub: a return address below it (the one _start
    // leaves) is no call site, so stack walks end there.
    String moduleAsm = ir.target.entryStub(ENTRY_SYMBOL) + "\n"
        + ir.target.signalReturnStub(SIGNAL_RETURN_SYMBOL) + "\n.text\n.globl "
        + CallSites.CODE_BASE + "\n.hidden " + CallSites.CODE_BASE + "\n" + CallSites.CODE_BASE
        + ":\n";
    LLVMSetModuleInlineAsm2(ir.module, moduleAsm, moduleAsm.length());
    for (MethodInfo method : cg.reachability.reachableMethodsInNameOrder()) {
      try {
        if (method.hasCode()) {
          new MethodCompiler(cg, method).compile();
        } else if (CompilerNatives.isImplemented(method)) {
          NativeBodies.emit(cg, method);
        } else if (method.isNative() && Codegen.importName(method) == null) {
          emitUnsatisfiedLink(method);
        }
      } catch (CompileError e) {
        cg.diagnostics.error(e.getMessage());
      }
    }
    cg.diagnostics.throwIfErrors();
    cg.dispatchStubs.emitAll();
    for (jeyra.compiler.model.ClassInfo type : cg.layouts.hubTypes()) {
      if (cg.needsInitialization(type)) {
        cg.initFunction(type); // hubs point at it, for Linkage.initialize
      }
    }
    new ClassInitializers(cg).emitAll();
    ImageInfoEmitter imageInfo = new ImageInfoEmitter(cg);
    imageInfo.emitTables(maxHeapBytes, gcStressInterval);
    cg.heap.defineSnapshotObjects(); // before the hubs: they may need more of them
    new HubEmitter(cg).emitAll();
    imageInfo.emitInternedStrings();
    cg.emitCollectorReads();
  }

  /**
   * A native method no substitution implements throws {@code UnsatisfiedLinkError}, as on a
   * JVM where its library is missing; the frame shows as a native method.
   */
  private void emitUnsatisfiedLink(MethodInfo method) {
    Ir ir = cg.ir;
    LLVMValueRef function = cg.function(method);
    ir.positionAtEnd(ir.appendBlock(function, "entry"));
    MethodInfo thrower = cg.support(RuntimeSupport.LINKAGE_ERROR);
    String description = "'" + method.type().getReturnType().getClassName() + " "
        + method.owner().binaryName() + "." + method.name() + "(" + parameters(method) + ")'";
    ir.call(cg.functionType(thrower), cg.function(thrower),
        ir.i32(LinkageErrorKind.UNSATISFIED_LINK), cg.heap.string(description));
    cg.callSites.emitLabel(cg.callSites.newSite(method, -2));
    Type result = method.type().getReturnType();
    if (result.getSort() == Type.VOID) {
      LLVMBuildRetVoid(ir.builder);
    } else {
      LLVMBuildRet(ir.builder, ir.zero(cg.types.value(result)));
    }
  }

  private static String parameters(MethodInfo method) {
    StringBuilder text = new StringBuilder();
    for (Type argument : method.type().getArgumentTypes()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(argument.getClassName());
    }
    return text.toString();
  }

  /**
   * Checks the module with LLVM's verifier.
   *
   * @throws IllegalStateException with LLVM's report if the module is invalid (a compiler bug)
   */
  public void verify() {
    BytePointer message = new BytePointer();
    if (LLVMVerifyModule(cg.ir.module, LLVMReturnStatusAction, message) != 0) {
      String report = message.getString();
      LLVMDisposeMessage(message);
      throw new IllegalStateException("jeyra generated invalid LLVM IR (a compiler bug): "
          + (report.length() > 4000 ? report.substring(0, 4000) + "..." : report));
    }
    LLVMDisposeMessage(message);
  }
}
