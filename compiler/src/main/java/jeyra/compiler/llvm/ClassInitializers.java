package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.reach.RuntimeSupport;
import jeyra.intrinsics.ThreadBlockLayout;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Emits each class's init function: the initialisation procedure of JVMS 5.5 with the
 * bookkeeping (states, recursion, errors) left to runtime-java's
 * {@code ClassInitialization}.
 *
 * <pre>
 * if (!begin(C)) return;                   // done, or being initialised by this thread
 * init(superclass); init(superinterfaces with default methods)
 *                                          // a failure marks C erroneous and rethrows
 * C.&lt;clinit&gt;();                             // a failure: ExceptionInInitializerError
 * succeeded(C);
 * </pre>
 *
 * <p>The functions' frames are hidden from stack traces, as the JVM's own frames are.
 */
final class ClassInitializers {
  private final Codegen cg;
  private final Ir ir;

  ClassInitializers(Codegen cg) {
    this.cg = cg;
    this.ir = cg.ir;
  }

  /** Emits the bodies of every init function asked for so far, and of those they need. */
  void emitAll() {
    List<ClassInfo> done = new ArrayList<>();
    while (done.size() < cg.initFunctions().size()) {
      for (ClassInfo type : new ArrayList<>(cg.initFunctions().keySet())) {
        if (!done.contains(type)) {
          emit(type);
          done.add(type);
        }
      }
    }
  }

  private void emit(ClassInfo type) {
    LLVMValueRef function = cg.initFunction(type);
    ir.positionAtEnd(ir.appendBlock(function, "entry"));
    LLVMValueRef pendingSlot = ir.offset(cg.threadPointer(),
        (long) ThreadBlockLayout.PENDING_EXCEPTION * ir.wordBytes());
    LLVMValueRef hub = cg.heap.hub(type);
    LLVMValueRef begin = callSupport(RuntimeSupport.INIT_BEGIN, hub);
    returnIfPending(function, pendingSlot, null, false);
    LLVMBasicBlockRef run = ir.appendBlock(function, "run");
    LLVMBasicBlockRef nothing = ir.appendBlock(function, "nothing");
    LLVMBuildCondBr(ir.builder, LLVMBuildICmp(ir.builder, LLVMIntNE, begin, ir.i32(0), ""),
        run, nothing);
    ir.positionAtEnd(nothing);
    LLVMBuildRetVoid(ir.builder);
    ir.positionAtEnd(run);
    for (ClassInfo supertype : cg.reachability.resolver().initializedFirst(type)) {
      if (cg.needsInitialization(supertype)) {
        call(cg.initFunction(supertype));
        returnIfPending(function, pendingSlot, hub, false);
      }
    }
    MethodInfo initializer = type.classInitializer();
    if (initializer != null && cg.reachability.isReachable(initializer)) {
      call(cg.function(initializer));
      returnIfPending(function, pendingSlot, hub, true);
    }
    callSupport(RuntimeSupport.INIT_SUCCEEDED, hub);
    LLVMBuildRetVoid(ir.builder);
  }

  private LLVMValueRef callSupport(RuntimeSupport.Method support, LLVMValueRef... args) {
    MethodInfo method = cg.support(support);
    LLVMValueRef result = ir.call(cg.functionType(method), cg.function(method), args);
    cg.callSites.emitLabel(cg.callSites.newSite(null, -1));
    return result;
  }

  private void call(LLVMValueRef function) {
    ir.call(ir.functionType(ir.voidType), function);
    cg.callSites.emitLabel(cg.callSites.newSite(null, -1));
  }

  /**
   * If an exception is pending: without a hub, return; with one, hand the exception to
   * {@code ClassInitialization.failed} (which marks the class erroneous and throws again,
   * wrapped if {@code wrap}) and return.
   */
  private void returnIfPending(LLVMValueRef function, LLVMValueRef pendingSlot,
      LLVMValueRef hub, boolean wrap) {
    LLVMValueRef pending = ir.load(ir.ptr, pendingSlot);
    LLVMBasicBlockRef failed = ir.appendBlock(function, "failed");
    LLVMBasicBlockRef next = ir.appendBlock(function, "next");
    LLVMBuildCondBr(ir.builder, LLVMBuildIsNull(ir.builder, pending, ""), next, failed);
    ir.positionAtEnd(failed);
    if (hub != null) {
      ir.store(ir.nullPointer(), pendingSlot);
      callSupport(RuntimeSupport.INIT_FAILED, hub, pending, ir.i32(wrap ? 1 : 0));
    }
    LLVMBuildRetVoid(ir.builder);
    ir.positionAtEnd(next);
  }
}
