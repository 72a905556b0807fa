package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import jeyra.compiler.model.MethodInfo;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** The bodies of {@link jeyra.compiler.reach.CompilerNatives}. */
final class NativeBodies {
  private NativeBodies() {}

  static void emit(Codegen cg, MethodInfo method) {
    Ir ir = cg.ir;
    LLVMValueRef function = cg.function(method);
    ir.positionAtEnd(ir.appendBlock(function, "entry"));
    String name = method.name() + method.descriptor();
    switch (name) {
      case "sqrt(D)D": {
        LLVMValueRef root = ir.callIntrinsic("llvm.sqrt", ir.f64,
            new LLVMTypeRef[] {ir.f64}, LLVMGetParam(function, 0));
        LLVMBuildRet(ir.builder, root);
        return;
      }
      default:
        throw new IllegalStateException("no body for the compiler native " + method);
    }
  }
}
