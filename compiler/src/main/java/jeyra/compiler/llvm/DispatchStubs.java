package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.layout.Dispatch;
import jeyra.compiler.layout.HubField;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.reach.RuntimeSupport;
import jeyra.intrinsics.LinkageErrorKind;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Interface dispatch (and default methods reached through {@code invokevirtual}): one function
 * per called method and static receiver type, which switches on the receiver's type id and
 * calls the method the receiver selects. Every call of that method through that type calls the
 * one function. A switch at each call site instead cost a jump table over the implementors'
 * type ids at every call (2.4 MB of hello world's 15 MB).
 *
 * <p>The functions' frames are hidden from stack traces. A failed dispatch (no implementation:
 * {@code IncompatibleClassChangeError}; an abstract one: {@code AbstractMethodError}) returns
 * with the error pending, so that the caller's frame, at the line of the call, is the top of
 * its stack trace, as in the JVM.
 */
final class DispatchStubs {
  private record Key(ClassInfo owner, MethodInfo resolved) {}

  private final Codegen cg;
  private final Ir ir;
  private final Map<Key, LLVMValueRef> functions = new LinkedHashMap<>();
  private final Map<Key, Dispatch.Targets> unemitted = new LinkedHashMap<>();

  DispatchStubs(Codegen cg) {
    this.cg = cg;
    this.ir = cg.ir;
  }

  /**
   * The dispatch function of a call, declared on first use.
   *
   * @param owner the call's static receiver type
   * @param resolved the method the call resolves to
   * @param targets the method each instantiated receiver type selects
   */
  LLVMValueRef function(ClassInfo owner, MethodInfo resolved, Dispatch.Targets targets) {
    Key key = new Key(owner, resolved);
    LLVMValueRef known = functions.get(key);
    if (known != null) {
      return known;
    }
    LLVMValueRef function = cg.internalFunction("jeyra.dispatch:" + owner.name() + "."
        + resolved.name() + resolved.descriptor(), cg.types.function(resolved.type(), false));
    ir.addParameterAttribute(function, 0, "nonnull"); // the caller checked the receiver
    functions.put(key, function);
    unemitted.put(key, targets);
    return function;
  }

  /** Emits the body of every dispatch function declared so far. */
  void emitAll() {
    for (Map.Entry<Key, Dispatch.Targets> entry : unemitted.entrySet()) {
      emit(entry.getKey(), entry.getValue());
    }
    unemitted.clear();
  }

  private void emit(Key key, Dispatch.Targets targets) {
    LLVMValueRef function = functions.get(key);
    LLVMTypeRef returnType = LLVMGetReturnType(LLVMGlobalGetValueType(function));
    ir.positionAtEnd(ir.appendBlock(function, "entry"));
    LLVMValueRef[] parameters = new LLVMValueRef[LLVMCountParams(function)];
    for (int i = 0; i < parameters.length; i++) {
      parameters[i] = LLVMGetParam(function, i);
    }
    Map<MethodInfo, List<ClassInfo>> byMethod = new LinkedHashMap<>();
    List<ClassInfo> failing = new ArrayList<>();
    for (Map.Entry<ClassInfo, MethodInfo> entry : targets.byReceiver().entrySet()) {
      MethodInfo selected = entry.getValue();
      if (selected == null || selected.isAbstract()) {
        failing.add(entry.getKey());
      } else {
        byMethod.computeIfAbsent(selected, k -> new ArrayList<>()).add(entry.getKey());
      }
    }
    LLVMValueRef hub = ir.load(ir.ptr, parameters[0], cg.objects.hubOffset());
    LLVMValueRef typeId = ir.load(ir.i32, hub, cg.hubField(HubField.TYPE_ID).offset());
    LLVMBasicBlockRef incompatible = ir.appendBlock(function, "icce");
    LLVMValueRef switchInsn = LLVMBuildSwitch(ir.builder, typeId, incompatible,
        targets.byReceiver().size());
    if (!failing.isEmpty()) {
      LLVMBasicBlockRef abstractMethod = ir.appendBlock(function, "ame");
      for (ClassInfo receiver : failing) {
        LLVMAddCase(switchInsn, ir.i32(receiver.typeId()), abstractMethod);
      }
      ir.positionAtEnd(abstractMethod);
      fail(returnType, RuntimeSupport.LINKAGE_ERROR, ir.i32(LinkageErrorKind.ABSTRACT_METHOD),
          cg.heap.string(key.resolved().toString()));
    }
    for (Map.Entry<MethodInfo, List<ClassInfo>> entry : byMethod.entrySet()) {
      LLVMBasicBlockRef block = ir.appendBlock(function, "impl");
      for (ClassInfo receiver : entry.getValue()) {
        LLVMAddCase(switchInsn, ir.i32(receiver.typeId()), block);
      }
      ir.positionAtEnd(block);
      MethodInfo target = entry.getKey();
      if (!cg.reachability.isReachable(target)) {
        // As for a direct call the analysis proved dead: fail loudly, never jump nowhere.
        fail(returnType, RuntimeSupport.UNSUPPORTED, cg.heap.string("the build proved this call to "
            + target + " unreachable, through " + key.owner().binaryName() + "."
            + key.resolved().name()));
        continue;
      }
      LLVMValueRef result = ir.call(cg.functionType(target), cg.function(target), parameters);
      cg.callSites.emitLabel(cg.callSites.newSite(null, -1));
      returnValue(returnType, result);
    }
    ir.positionAtEnd(incompatible);
    fail(returnType, RuntimeSupport.LINKAGE_ERROR,
        ir.i32(LinkageErrorKind.INCOMPATIBLE_CLASS_CHANGE),
        cg.heap.string("Receiver class does not implement the interface "
            + key.resolved().owner().binaryName() + " defining the method to be called"));
  }

  /** Calls a support method that leaves an exception pending, and returns to the caller. */
  private void fail(LLVMTypeRef returnType, RuntimeSupport.Method support,
      LLVMValueRef... arguments) {
    MethodInfo thrower = cg.support(support);
    ir.call(cg.functionType(thrower), cg.function(thrower), arguments);
    cg.callSites.emitLabel(cg.callSites.newSite(null, -1));
    returnValue(returnType, LLVMGetTypeKind(returnType) == LLVMVoidTypeKind ? null
        : ir.zero(returnType));
  }

  private void returnValue(LLVMTypeRef returnType, LLVMValueRef value) {
    if (LLVMGetTypeKind(returnType) == LLVMVoidTypeKind) {
      LLVMBuildRetVoid(ir.builder);
    } else {
      LLVMBuildRet(ir.builder, value);
    }
  }
}
