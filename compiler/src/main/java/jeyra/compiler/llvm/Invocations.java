package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import jeyra.compiler.layout.Dispatch;
import jeyra.compiler.layout.HubField;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.reach.Resolver;
import jeyra.intrinsics.LinkageErrorKind;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The four invoke instructions: resolution as reachability did it, class initialisation for
 * {@code invokestatic}, null checks on receivers, and dispatch as {@link Dispatch} decided it:
 * a direct call, a vtable load, or a call of the method's {@link DispatchStubs dispatch
 * function}, which switches on the receiver's type id.
 */
final class Invocations {
  private final MethodCompiler mc;
  private final Ir ir;
  private final Codegen cg;
  private final IntrinsicLowering intrinsics;

  Invocations(MethodCompiler mc) {
    this.mc = mc;
    this.ir = mc.ir;
    this.cg = mc.cg;
    this.intrinsics = new IntrinsicLowering(mc);
  }

  /** Translates an invoke; never ends a block. */
  boolean invoke(MethodInsnNode insn) {
    if (Intrinsics.isIntrinsicClass(insn.owner)) {
      intrinsics.lower(insn);
      return false;
    }
    if (ConstantFolding.tryFold(mc, insn) || ReachabilityFence.tryLower(mc, insn)) {
      return false;
    }
    int opcode = insn.getOpcode();
    boolean isStatic = opcode == Opcodes.INVOKESTATIC;
    Type methodType = Type.getMethodType(insn.desc);
    ClassInfo owner = cg.universe.lookup(insn.owner);
    MethodInfo resolved = owner == null ? null : cg.dispatch.resolve(insn);
    Value[] arguments = mc.popArguments(insn.desc, !isStatic);
    String problem = resolutionProblem(insn, owner, resolved);
    if (owner != null && resolved == null && (insn.owner.equals("java/lang/invoke/MethodHandle")
        || insn.owner.equals("java/lang/invoke/VarHandle"))) {
      mc.unsupportedAtRunTime("calls to " + insn.owner.replace('/', '.') + "." + insn.name
          + " (MethodHandle/VarHandle invocation) are not supported yet");
      pushResult(methodType, null);
      return false;
    }
    if (problem != null) {
      int kind = owner == null ? LinkageErrorKind.NO_CLASS_DEF_FOUND
          : resolved == null ? LinkageErrorKind.NO_SUCH_METHOD
          : LinkageErrorKind.INCOMPATIBLE_CLASS_CHANGE;
      mc.linkageError(kind, problem);
      pushResult(methodType, null);
      return false;
    }
    if (mc.bare && !Codegen.isBare(resolved) && Codegen.importName(resolved) == null) {
      throw mc.unsupported("@Bare code can only call @Bare methods and intrinsics, not "
          + resolved);
    }
    if (Resolver.isSignaturePolymorphic(resolved)) {
      mc.unsupportedAtRunTime("calls to " + resolved
          + " (MethodHandle/VarHandle invocation) are not supported yet");
      pushResult(methodType, null);
      return false;
    }
    LLVMValueRef result;
    switch (opcode) {
      case Opcodes.INVOKESTATIC: {
        String symbol = Codegen.importName(resolved);
        if (symbol != null) {
          result = callImported(resolved, symbol, arguments);
        } else {
          initCheck(mc, resolved.owner());
          result = callDirect(resolved, arguments);
        }
        break;
      }
      case Opcodes.INVOKESPECIAL: {
        MethodInfo target = cg.resolver.specialTarget(mc.method.owner(), owner, resolved);
        new NullChecks(mc).check(arguments[0]);
        if (target == null || target.isAbstract()) {
          mc.linkageError(LinkageErrorKind.ABSTRACT_METHOD, resolved.toString());
          result = null;
        } else if (isEmptyConstructor(target)) {
          result = null; // Object.<init>: a call would make every constructor non-leaf
        } else {
          result = callDirect(target, arguments);
        }
        break;
      }
      default:
        new NullChecks(mc).check(arguments[0]);
        result = callVirtual(owner, resolved, arguments);
    }
    pushResult(methodType, result);
    return false;
  }

  /**
   * Whether a constructor does nothing (its code is a lone {@code return}), so that a call
   * to it has no effect: it cannot throw (it has no stack check without calls) or block. In
   * practice {@code Object.<init>}, which every class's constructor chain calls; leaving it
   * out lets the optimiser inline a leaf constructor into the code that allocates.
   */
  private static boolean isEmptyConstructor(MethodInfo method) {
    if (!method.name().equals("<init>") || method.isSynchronized() || method.isNative()) {
      return false;
    }
    for (AbstractInsnNode insn : method.node().instructions) {
      if (insn.getOpcode() >= 0 && insn.getOpcode() != Opcodes.RETURN) {
        return false;
      }
    }
    return true;
  }

  private String resolutionProblem(MethodInsnNode insn, ClassInfo owner, MethodInfo resolved) {
    if (owner == null) {
      return insn.owner.replace('/', '.');
    }
    if (resolved == null) {
      return "'" + Type.getReturnType(insn.desc).getClassName() + " "
          + owner.binaryName() + "." + insn.name + argumentList(insn.desc) + "'";
    }
    boolean isStatic = insn.getOpcode() == Opcodes.INVOKESTATIC;
    if (resolved.isStatic() != isStatic) {
      return "Expecting " + (isStatic ? "a static" : "non-static") + " method " + resolved;
    }
    if (insn.getOpcode() == Opcodes.INVOKEINTERFACE && !owner.isInterface()) {
      return "Found class " + owner.binaryName() + ", but interface was expected";
    }
    if (insn.getOpcode() == Opcodes.INVOKEVIRTUAL && owner.isInterface()) {
      return "Found interface " + owner.binaryName() + ", but class was expected";
    }
    return null;
  }

  private static String argumentList(String descriptor) {
    StringBuilder text = new StringBuilder("(");
    Type[] arguments = Type.getArgumentTypes(descriptor);
    for (int i = 0; i < arguments.length; i++) {
      text.append(i == 0 ? "" : ", ").append(arguments[i].getClassName());
    }
    return text.append(')').toString();
  }

  private void pushResult(Type methodType, LLVMValueRef result) {
    Type returnType = methodType.getReturnType();
    if (returnType.getSort() == Type.VOID) {
      return;
    }
    JvmKind kind = JvmKind.of(returnType);
    mc.push(result == null ? ir.zero(cg.types.of(kind)) : result, kind);
  }

  private static LLVMValueRef[] refs(Value[] arguments) {
    LLVMValueRef[] refs = new LLVMValueRef[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      refs[i] = arguments[i].ref();
    }
    return refs;
  }

  /** A call to a known method. */
  LLVMValueRef callDirect(MethodInfo target, Value[] arguments) {
    if (!cg.reachability.isReachable(target)) {
      // The analysis proved no execution gets here (say, the receiver is always null and the
      // null check throws first). Should it be wrong, fail loudly rather than jump nowhere.
      if (cg.debug.trace()) {
        System.err.println("jeyra: unreachable call " + target + " in " + mc.method);
      }
      mc.unreachableCall(target);
      return null;
    }
    return mc.callJava(cg.functionType(target), cg.function(target), refs(arguments));
  }

  private LLVMValueRef callImported(MethodInfo declaration, String symbol, Value[] arguments) {
    LLVMValueRef callee = cg.importedFunction(declaration, symbol);
    LLVMValueRef result = ir.call(cg.functionType(declaration), callee, refs(arguments));
    // The label keeps the stack walk's lookup inside this function; C code sets no exception.
    cg.callSites.emitLabel(cg.callSites.newSite(null, mc.currentLine()));
    return result;
  }

  private LLVMValueRef callVirtual(ClassInfo owner, MethodInfo resolved, Value[] arguments) {
    if (resolved.isPrivate()) {
      return callDirect(resolved, arguments);
    }
    Dispatch.Targets targets = cg.dispatch.targets(owner, resolved);
    MethodInfo single = targets.single();
    if (single != null) {
      return callDirect(single, arguments);
    }
    if (targets.byReceiver().isEmpty()) {
      // No instantiated class can receive the call: only an object made behind the analysis'
      // back (such as by Unsafe.allocateInstance) could get here.
      mc.linkageError(LinkageErrorKind.ABSTRACT_METHOD,
          resolved + " (no class that can receive the call is instantiated)");
      return null;
    }
    if (mc.bare) {
      throw mc.unsupported("@Bare code cannot make virtual calls");
    }
    LLVMTypeRef type = cg.types.function(resolved.type(), false);
    int slot = cg.dispatch.slotOf(resolved);
    if (!resolved.owner().isInterface() && slot >= 0) {
      LLVMValueRef hub = ir.load(ir.ptr, arguments[0].ref(), cg.objects.hubOffset());
      long offset = cg.heap.vtableOffset(cg.classClass) + (long) slot * ir.wordBytes();
      LLVMValueRef entry = ir.load(ir.ptr, hub, offset);
      return mc.callJava(type, entry, refs(arguments));
    }
    // Interface dispatch: a switch on the receiver's type id, shared by every such call.
    return mc.callJava(type, cg.dispatchStubs.function(owner, resolved, targets),
        refs(arguments));
  }

  /**
   * The check before an active use of a class (JVMS 5.5): if the class is not initialised yet,
   * call its init function. Nothing for classes that need no initialisation, and nothing for
   * the current class and its superclasses, which are initialised (or being initialised by
   * this thread) whenever this code runs.
   */
  static void initCheck(MethodCompiler mc, ClassInfo type) {
    Codegen cg = mc.cg;
    if (!cg.needsInitialization(type)) {
      return;
    }
    ClassInfo current = mc.method.owner();
    if (type == current
        || (!type.isInterface() && cg.universe.supertypes(current).contains(type))) {
      return;
    }
    if (mc.bare) {
      throw mc.unsupported("@Bare code cannot trigger initialisation of " + type.binaryName());
    }
    Ir ir = mc.ir;
    LLVMValueRef state = ir.load(ir.i32, cg.heap.hub(type),
        cg.hubField(HubField.INIT_STATE).offset());
    // Acquire: another thread's initialiser wrote the statics before it published DONE.
    LLVMSetOrdering(state, LLVMAtomicOrderingAcquire);
    LLVMSetAlignment(state, 4);
    LLVMValueRef done = LLVMBuildICmp(ir.builder, LLVMIntEQ, state, ir.i32(Codegen.INITIALIZED),
        "");
    LLVMBasicBlockRef initialize = ir.appendBlock(mc.function, "init");
    LLVMBasicBlockRef next = ir.appendBlock(mc.function, "inited");
    LLVMValueRef expected = ir.callIntrinsic("llvm.expect", ir.i1, new LLVMTypeRef[] {ir.i1},
        done, ir.i1(true));
    LLVMBuildCondBr(ir.builder, expected, next, initialize);
    ir.positionAtEnd(initialize);
    mc.callJava(ir.functionType(ir.voidType), cg.initFunction(type));
    LLVMBuildBr(ir.builder, next);
    ir.positionAtEnd(next);
  }
}
