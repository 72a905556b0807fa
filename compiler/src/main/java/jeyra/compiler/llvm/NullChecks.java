package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import jeyra.compiler.reach.RuntimeSupport;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The null check before a dereference: a compare and a branch to
 * {@code ImplicitExceptions.nullPointer} with the JDK's helpful message for the instruction.
 */
final class NullChecks {
  private final MethodCompiler mc;

  NullChecks(MethodCompiler mc) {
    this.mc = mc;
  }

  /** Checks a value the current instruction dereferences; nothing if it cannot be null. */
  void check(Value value) {
    if (value.nonNull() || value.kind() != JvmKind.REFERENCE) {
      return;
    }
    if (LLVMIsConstant(value.ref()) != 0 && LLVMIsNull(value.ref()) == 0) {
      return; // an image object
    }
    if (mc.bare) {
      throw mc.unsupported("@Bare code cannot dereference a reference that may be null");
    }
    Ir ir = mc.ir;
    String message = mc.cg.nullPointerMessages.forInstruction(mc.method,
        mc.currentInstruction());
    LLVMValueRef messageRef = message == null ? ir.nullPointer() : mc.cg.heap.string(message);
    mc.checkOrThrow(LLVMBuildIsNotNull(ir.builder, value.ref(), ""),
        RuntimeSupport.NULL_POINTER, messageRef);
  }
}
