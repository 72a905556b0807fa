package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import jeyra.arch.InlineAsm;
import jeyra.compiler.layout.HubField;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.reach.BuildTimeConstants;
import jeyra.compiler.reach.RuntimeSupport;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Replaces calls to the {@code jeyra.intrinsics} classes by the IR they stand for. See each
 * intrinsic's javadoc for its meaning; this class is the only place that gives it one.
 */
final class IntrinsicLowering {
  private final MethodCompiler mc;
  private final Ir ir;
  private final Codegen cg;

  IntrinsicLowering(MethodCompiler mc) {
    this.mc = mc;
    this.ir = mc.ir;
    this.cg = mc.cg;
  }

  void lower(MethodInsnNode insn) {
    switch (insn.owner) {
      case Intrinsics.WORD:
        word(insn);
        break;
      case Intrinsics.SYSCALL:
        syscall(insn);
        break;
      case Intrinsics.CPU:
        cpu(insn);
        break;
      case Intrinsics.TARGET_INFO:
        targetInfo(insn);
        break;
      case Intrinsics.LINKAGE:
        linkage(insn);
        break;
      case Intrinsics.BITS:
        bits(insn);
        break;
      default:
        throw unknown(insn);
    }
  }

  /**
   * A chain of comparisons of a class against the owners of the candidate methods: the
   * matching candidate's code gives the result, null if none matches.
   */
  private LLVMValueRef dispatchOnClass(LLVMValueRef type, List<MethodInfo> candidates,
      Function<MethodInfo, LLVMValueRef> code) {
    LLVMBasicBlockRef done = ir.appendBlock(mc.function, "dispatched");
    List<LLVMValueRef> results = new ArrayList<>();
    List<LLVMBasicBlockRef> from = new ArrayList<>();
    for (MethodInfo candidate : candidates) {
      LLVMValueRef matches = LLVMBuildICmp(ir.builder, LLVMIntEQ, type,
          cg.heap.hub(candidate.owner()), "");
      LLVMBasicBlockRef hit = ir.appendBlock(mc.function, "match");
      LLVMBasicBlockRef next = ir.appendBlock(mc.function, "nomatch");
      LLVMBuildCondBr(ir.builder, matches, hit, next);
      ir.positionAtEnd(hit);
      results.add(code.apply(candidate));
      from.add(LLVMGetInsertBlock(ir.builder));
      LLVMBuildBr(ir.builder, done);
      ir.positionAtEnd(next);
    }
    results.add(LLVMConstNull(ir.ptr));
    from.add(LLVMGetInsertBlock(ir.builder));
    LLVMBuildBr(ir.builder, done);
    ir.positionAtEnd(done);
    LLVMValueRef phi = LLVMBuildPhi(ir.builder, ir.ptr, "");
    LLVMAddIncoming(phi, new PointerPointer<>(results.toArray(new LLVMValueRef[0])),
        new PointerPointer<>(from.toArray(new LLVMBasicBlockRef[0])),
        results.size());
    return phi;
  }

  private RuntimeException unknown(MethodInsnNode insn) {
    return mc.unsupported("unknown intrinsic " + insn.owner.replace('/', '.') + "." + insn.name
        + insn.desc);
  }

  private String constantString(Value value, MethodInsnNode insn) {
    if (!(value.constant() instanceof String)) {
      throw mc.unsupported("the argument of " + insn.owner.replace('/', '.') + "." + insn.name
          + " must be a constant string");
    }
    return (String) value.constant();
  }

  // ---- Word ----

  private LLVMValueRef toWord(LLVMValueRef longValue) {
    return ir.wordBytes() == 8 ? longValue : LLVMBuildTrunc(ir.builder, longValue, ir.word, "");
  }

  private LLVMValueRef address(LLVMValueRef base, LLVMValueRef offset) {
    LLVMValueRef sum = LLVMBuildAdd(ir.builder, base, toWord(offset), "");
    return LLVMBuildIntToPtr(ir.builder, sum, ir.ptr, "");
  }

  private void pushWord(LLVMValueRef value) {
    mc.push(value, JvmKind.WORD);
  }

  private void pushBoolean(LLVMValueRef i1) {
    mc.push(LLVMBuildZExt(ir.builder, i1, ir.i32, ""), JvmKind.INT);
  }

  private void word(MethodInsnNode insn) {
    String name = insn.name;
    switch (name) {
      case "zero":
        pushWord(ir.word(0));
        return;
      case "fromLong":
        pushWord(toWord(mc.pop().ref()));
        return;
      case "fromInt":
        pushWord(LLVMBuildSExtOrBitCast(ir.builder, mc.pop().ref(), ir.word, ""));
        return;
      case "fromUnsignedInt":
        pushWord(LLVMBuildZExtOrBitCast(ir.builder, mc.pop().ref(), ir.word, ""));
        return;
      case "addressOf":
        pushWord(LLVMBuildPtrToInt(ir.builder, mc.pop().ref(), ir.word, ""));
        return;
      case "toObject":
        mc.push(LLVMBuildIntToPtr(ir.builder, mc.pop().ref(), ir.ptr, ""), JvmKind.REFERENCE);
        return;
      case "toLong":
        mc.push(LLVMBuildZExtOrBitCast(ir.builder, mc.pop().ref(), ir.i64, ""), JvmKind.LONG);
        return;
      case "toSignedLong":
        mc.push(LLVMBuildSExtOrBitCast(ir.builder, mc.pop().ref(), ir.i64, ""), JvmKind.LONG);
        return;
      case "toInt":
        mc.push(LLVMBuildTruncOrBitCast(ir.builder, mc.pop().ref(), ir.i32, ""), JvmKind.INT);
        return;
      default:
        break;
    }
    if (name.startsWith("read") || name.startsWith("write") || name.startsWith("compareAnd")
        || name.startsWith("getAnd")) {
      memory(insn);
      return;
    }
    Type[] arguments = Type.getArgumentTypes(insn.desc);
    if (arguments.length == 0) {
      LLVMValueRef value = mc.pop().ref();
      switch (name) {
        case "isZero":
          pushBoolean(LLVMBuildICmp(ir.builder, LLVMIntEQ, value, ir.word(0), ""));
          return;
        case "isNonZero":
          pushBoolean(LLVMBuildICmp(ir.builder, LLVMIntNE, value, ir.word(0), ""));
          return;
        default:
          throw unknown(insn);
      }
    }
    Value argument = mc.pop();
    LLVMValueRef self = mc.pop().ref();
    LLVMValueRef other = argument.ref();
    if (argument.kind() == JvmKind.LONG) {
      other = toWord(other);
    } else if (argument.kind() == JvmKind.INT) {
      other = LLVMBuildZExtOrBitCast(ir.builder, other, ir.word, "");
    }
    switch (name) {
      case "add":
        pushWord(LLVMBuildAdd(ir.builder, self, other, ""));
        return;
      case "subtract":
        pushWord(LLVMBuildSub(ir.builder, self, other, ""));
        return;
      case "multiply":
        pushWord(LLVMBuildMul(ir.builder, self, other, ""));
        return;
      case "unsignedDivide":
        pushWord(LLVMBuildUDiv(ir.builder, self, other, ""));
        return;
      case "unsignedRemainder":
        pushWord(LLVMBuildURem(ir.builder, self, other, ""));
        return;
      case "and":
        pushWord(LLVMBuildAnd(ir.builder, self, other, ""));
        return;
      case "or":
        pushWord(LLVMBuildOr(ir.builder, self, other, ""));
        return;
      case "xor":
        pushWord(LLVMBuildXor(ir.builder, self, other, ""));
        return;
      case "shiftLeft":
        pushWord(LLVMBuildShl(ir.builder, self, other, ""));
        return;
      case "unsignedShiftRight":
        pushWord(LLVMBuildLShr(ir.builder, self, other, ""));
        return;
      case "equal":
        pushBoolean(LLVMBuildICmp(ir.builder, LLVMIntEQ, self, other, ""));
        return;
      case "notEqual":
        pushBoolean(LLVMBuildICmp(ir.builder, LLVMIntNE, self, other, ""));
        return;
      case "below":
        pushBoolean(LLVMBuildICmp(ir.builder, LLVMIntULT, self, other, ""));
        return;
      case "belowOrEqual":
        pushBoolean(LLVMBuildICmp(ir.builder, LLVMIntULE, self, other, ""));
        return;
      case "above":
        pushBoolean(LLVMBuildICmp(ir.builder, LLVMIntUGT, self, other, ""));
        return;
      case "aboveOrEqual":
        pushBoolean(LLVMBuildICmp(ir.builder, LLVMIntUGE, self, other, ""));
        return;
      default:
        throw unknown(insn);
    }
  }

  /** The memory type a Word accessor works on, from the last part of its name. */
  private Type accessType(String name) {
    String base = name.replace("Volatile", "");
    if (base.endsWith("Byte")) {
      return Type.BYTE_TYPE;
    } else if (base.endsWith("Short")) {
      return Type.SHORT_TYPE;
    } else if (base.endsWith("Char")) {
      return Type.CHAR_TYPE;
    } else if (base.endsWith("Int")) {
      return Type.INT_TYPE;
    } else if (base.endsWith("Long")) {
      return Type.LONG_TYPE;
    } else if (base.endsWith("Float")) {
      return Type.FLOAT_TYPE;
    } else if (base.endsWith("Double")) {
      return Type.DOUBLE_TYPE;
    } else if (base.endsWith("Word")) {
      return Type.getObjectType(Intrinsics.WORD);
    } else if (base.endsWith("Object")) {
      return Type.getType(Object.class);
    }
    return null;
  }

  private void memory(MethodInsnNode insn) {
    String name = insn.name;
    Type type = accessType(name);
    if (type == null) {
      throw unknown(insn);
    }
    LLVMTypeRef storage = cg.types.storage(type);
    int bytes = cg.objects.storageBytes(type);
    boolean isVolatile = name.endsWith("Volatile");
    Value[] arguments = mc.popArguments(insn.desc, true);
    LLVMValueRef address = address(arguments[0].ref(), arguments[1].ref());
    JvmKind kind = JvmKind.of(type);
    if (name.startsWith("read")) {
      LLVMValueRef loaded = ir.load(storage, address);
      LLVMSetAlignment(loaded, bytes);
      if (isVolatile) {
        LLVMSetOrdering(loaded, LLVMAtomicOrderingSequentiallyConsistent);
      }
      mc.push(Fields.widen(ir, loaded, type), kind);
    } else if (name.startsWith("write")) {
      LLVMValueRef stored = ir.store(Fields.toStorage(ir, arguments[2].ref(), type), address);
      LLVMSetAlignment(stored, bytes);
      if (isVolatile) {
        LLVMSetOrdering(stored, LLVMAtomicOrderingSequentiallyConsistent);
      }
    } else if (name.startsWith("compareAndSwap") || name.startsWith("compareAndExchange")) {
      LLVMValueRef exchange = LLVMBuildAtomicCmpXchg(ir.builder, address, arguments[2].ref(),
          arguments[3].ref(), LLVMAtomicOrderingSequentiallyConsistent,
          LLVMAtomicOrderingSequentiallyConsistent, 0);
      LLVMSetAlignment(exchange, bytes);
      if (name.startsWith("compareAndSwap")) {
        pushBoolean(LLVMBuildExtractValue(ir.builder, exchange, 1, ""));
      } else {
        mc.push(LLVMBuildExtractValue(ir.builder, exchange, 0, ""), kind);
      }
    } else if (name.startsWith("getAndAdd") || name.startsWith("getAndSet")) {
      int operation = name.startsWith("getAndAdd") ? LLVMAtomicRMWBinOpAdd
          : LLVMAtomicRMWBinOpXchg;
      LLVMValueRef old = LLVMBuildAtomicRMW(ir.builder, operation, address, arguments[2].ref(),
          LLVMAtomicOrderingSequentiallyConsistent, 0);
      LLVMSetAlignment(old, bytes);
      mc.push(old, kind);
    } else {
      throw unknown(insn);
    }
    if (!name.startsWith("read") && kind == JvmKind.REFERENCE) {
      mc.recordReferenceStore(null, address, null); // the runtime's stores, Unsafe's, VarHandles'
    }
  }

  // ---- Syscall ----

  private void syscall(MethodInsnNode insn) {
    int argumentCount = Type.getArgumentTypes(insn.desc).length - 1;
    LLVMValueRef[] arguments = new LLVMValueRef[argumentCount];
    for (int i = argumentCount - 1; i >= 0; i--) {
      arguments[i] = mc.pop().ref();
    }
    String name = constantString(mc.pop(), insn);
    OptionalInt number = ir.target.syscallNumber(name);
    if (number.isEmpty()) {
      throw mc.unsupported("target " + ir.target.name() + " has no system call '" + name + "'");
    }
    InlineAsm asm = ir.target.syscall(argumentCount);
    LLVMValueRef[] operands = new LLVMValueRef[argumentCount + 1];
    operands[0] = ir.target.syscallNumberIsImmediate(argumentCount) ? ir.i32(number.getAsInt())
        : ir.word(number.getAsInt());
    System.arraycopy(arguments, 0, operands, 1, argumentCount);
    pushWord(ir.inlineAsm(asm, ir.word, operands));
  }

  // ---- Cpu ----

  private void cpu(MethodInsnNode insn) {
    switch (insn.name) {
      case "threadPointer":
        pushWord(ir.inlineAsm(ir.target.readThreadPointer(), ir.word));
        return;
      case "setThreadPointer": {
        ir.inlineAsm(ir.target.setThreadPointer(), ir.voidType, mc.pop().ref());
        return;
      }
      case "startThread": {
        LLVMValueRef[] arguments = new LLVMValueRef[5];
        for (int i = arguments.length - 1; i >= 0; i--) {
          arguments[i] = mc.pop().ref();
        }
        pushWord(ir.inlineAsm(ir.target.startThread(
            ProgramEmitter.THREAD_ENTRY_SYMBOL), ir.word, arguments));
        return;
      }
      case "frameAddress": {
        LLVMValueRef frame = ir.callIntrinsic("llvm.frameaddress", ir.ptr,
            new LLVMTypeRef[] {ir.ptr}, ir.i32(0));
        pushWord(LLVMBuildPtrToInt(ir.builder, frame, ir.word, ""));
        return;
      }
      case "stackPointer": {
        LLVMValueRef pointer = ir.callIntrinsic("llvm.stacksave", ir.ptr,
            new LLVMTypeRef[] {ir.ptr});
        pushWord(LLVMBuildPtrToInt(ir.builder, pointer, ir.word, ""));
        return;
      }
      case "prefetch": {
        LLVMValueRef address = LLVMBuildIntToPtr(ir.builder, mc.pop().ref(), ir.ptr, "");
        // rw 0 (read), locality 3 (keep in every cache level), cache type 1 (data)
        ir.callIntrinsic("llvm.prefetch", ir.voidType, new LLVMTypeRef[] {ir.ptr}, address,
            ir.i32(0), ir.i32(3), ir.i32(1));
        return;
      }
      case "spillRegisters":
        ir.inlineAsm(ir.target.spillCalleeSavedRegisters(), ir.voidType);
        return;
      case "fullFence":
        LLVMBuildFence(ir.builder, LLVMAtomicOrderingSequentiallyConsistent, 0, "");
        return;
      case "acquireFence":
        LLVMBuildFence(ir.builder, LLVMAtomicOrderingAcquire, 0, "");
        return;
      case "releaseFence":
        LLVMBuildFence(ir.builder, LLVMAtomicOrderingRelease, 0, "");
        return;
      case "spinWaitHint":
        return; // allowed to do nothing; a pause instruction is a later refinement
      case "trap":
        ir.callIntrinsic("llvm.trap", ir.voidType, new LLVMTypeRef[0]);
        LLVMBuildUnreachable(ir.builder);
        ir.positionAtEnd(ir.appendBlock(mc.function, "aftertrap"));
        return;
      default:
        throw unknown(insn);
    }
  }

  // ---- TargetInfo ----

  /** A query folded to the value {@link BuildTimeConstants} gives the analysis too. */
  private void targetInfo(MethodInsnNode insn) {
    String argument = Type.getArgumentTypes(insn.desc).length == 1
        ? constantString(mc.pop(), insn) : null;
    Object value = cg.reachability.constants().targetQuery(insn.name, argument);
    if (value instanceof Integer) {
      pushConstantInt((Integer) value);
    } else if (value instanceof String) {
      mc.push(Value.constant(cg.heap.string((String) value), JvmKind.REFERENCE, value));
    } else if (insn.name.equals("constant")) {
      throw mc.unsupported("target " + ir.target.name() + " defines no constant " + argument);
    } else {
      throw unknown(insn);
    }
  }

  private void pushConstantInt(int value) {
    mc.push(Value.constant(ir.i32(value), JvmKind.INT, value));
  }

  // ---- Bits ----

  private void bits(MethodInsnNode insn) {
    LLVMValueRef value = mc.pop().ref();
    switch (insn.name) {
      case "floatToRawIntBits":
        mc.push(LLVMBuildBitCast(ir.builder, value, ir.i32, ""), JvmKind.INT);
        return;
      case "intBitsToFloat":
        mc.push(LLVMBuildBitCast(ir.builder, value, ir.f32, ""), JvmKind.FLOAT);
        return;
      case "doubleToRawLongBits":
        mc.push(LLVMBuildBitCast(ir.builder, value, ir.i64, ""), JvmKind.LONG);
        return;
      case "longBitsToDouble":
        mc.push(LLVMBuildBitCast(ir.builder, value, ir.f64, ""), JvmKind.DOUBLE);
        return;
      default:
        throw unknown(insn);
    }
  }

  // ---- Linkage ----

  private void linkage(MethodInsnNode insn) {
    switch (insn.name) {
      case "symbolAddress": {
        String symbol = constantString(mc.pop(), insn);
        // A Java method exported under the name is a function: declaring a global of the
        // same name would make LLVM rename one of the two.
        MethodInfo exported = cg.exportedMethod(symbol);
        LLVMValueRef global = exported != null ? cg.function(exported)
            : LLVMGetNamedGlobal(ir.module, symbol);
        if (global == null) {
          global = LLVMAddGlobal(ir.module, ir.i8, symbol);
        }
        pushWord(LLVMBuildPtrToInt(ir.builder, global, ir.word, ""));
        return;
      }
      case "invokeMain": {
        Value args = mc.pop();
        LLVMValueRef program = mc.pop().ref();
        List<MethodInfo> mains = cg.reachability.mainMethods();
        if (mains.isEmpty()) {
          throw mc.unsupported("no main class was given");
        }
        // A switch over the programs; the runtime only passes an index it validated.
        LLVMBasicBlockRef done = ir.appendBlock(mc.function, "maindone");
        LLVMBasicBlockRef invalid = ir.appendBlock(mc.function, "nomain");
        LLVMValueRef choice = LLVMBuildSwitch(ir.builder, program, invalid, mains.size());
        for (int i = 0; i < mains.size(); i++) {
          MethodInfo main = mains.get(i);
          LLVMBasicBlockRef call = ir.appendBlock(mc.function, "main");
          LLVMAddCase(choice, ir.i32(i), call);
          ir.positionAtEnd(call);
          Invocations.initCheck(mc, main.owner());
          mc.callJava(cg.functionType(main), cg.function(main), args.ref());
          LLVMBuildBr(ir.builder, done);
        }
        ir.positionAtEnd(invalid);
        LLVMBuildUnreachable(ir.builder);
        ir.positionAtEnd(done);
        return;
      }
      case "enumValues": {
        // if (type == E1.class) E1.values() else if ... else null
        LLVMValueRef type = mc.pop().ref();
        List<MethodInfo> candidates = cg.reachability.enumValuesMethods();
        mc.push(Value.of(dispatchOnClass(type, candidates, values -> {
          Invocations.initCheck(mc, values.owner());
          return mc.callJava(cg.functionType(values), cg.function(values));
        }), JvmKind.REFERENCE));
        return;
      }
      case "newInstance": {
        // if (type == C1.class) new C1() else if ... else null
        LLVMValueRef type = mc.pop().ref();
        List<MethodInfo> constructors = cg.reachability.instantiableConstructors();
        mc.push(Value.of(dispatchOnClass(type, constructors, constructor -> {
          Invocations.initCheck(mc, constructor.owner());
          LLVMValueRef object = mc.newObject(constructor.owner());
          mc.callJava(cg.functionType(constructor), cg.function(constructor), object);
          return object;
        }), JvmKind.REFERENCE));
        return;
      }
      case "registerFinalizer": {
        LLVMValueRef object = mc.pop().ref();
        if (cg.reachability.isReachable(cg.support(RuntimeSupport.REGISTER_FINALIZER))) {
          mc.callSupport(RuntimeSupport.REGISTER_FINALIZER, object);
        }
        return;
      }
      case "programCount": {
        int count = cg.reachability.mainMethods().size();
        mc.push(Value.constant(ir.i32(count), JvmKind.INT, count));
        return;
      }
      case "classLiteral": {
        String descriptor = constantString(mc.pop(), insn);
        ClassInfo type = cg.universe.lookup(Type.getType(descriptor));
        mc.push(Value.constant(cg.heap.hub(type), JvmKind.REFERENCE, Type.getType(descriptor)));
        return;
      }
      case "initialize": {
        LLVMValueRef hub = mc.pop().ref();
        LLVMValueRef state = ir.load(ir.i32, hub, cg.hubField(HubField.INIT_STATE).offset());
        // Acquire: another thread's initialiser wrote the statics before it published DONE.
        LLVMSetOrdering(state, LLVMAtomicOrderingAcquire);
        LLVMSetAlignment(state, 4);
        LLVMValueRef done = LLVMBuildICmp(ir.builder, LLVMIntEQ, state,
            ir.i32(Codegen.INITIALIZED), "");
        LLVMValueRef function = LLVMBuildIntToPtr(ir.builder, ir.load(ir.word, hub,
            cg.hubField(HubField.INIT_FUNCTION).offset()), ir.ptr, "");
        LLVMValueRef missing = LLVMBuildIsNull(ir.builder, function, "");
        LLVMBasicBlockRef call = ir.appendBlock(mc.function, "initcall");
        LLVMBasicBlockRef next = ir.appendBlock(mc.function, "initdone");
        LLVMBuildCondBr(ir.builder, LLVMBuildOr(ir.builder, done, missing, ""), next, call);
        ir.positionAtEnd(call);
        mc.callJava(ir.functionType(ir.voidType), function);
        LLVMBuildBr(ir.builder, next);
        ir.positionAtEnd(next);
        return;
      }
      case "staticFieldAddress": {
        String name = constantString(mc.pop(), insn);
        Value owner = mc.pop();
        if (!(owner.constant() instanceof Type)) {
          throw mc.unsupported("Linkage.staticFieldAddress needs a constant class");
        }
        ClassInfo type = cg.universe.lookup((Type) owner.constant());
        jeyra.compiler.model.FieldInfo field = null;
        for (jeyra.compiler.model.FieldInfo candidate : type.fields()) {
          if (candidate.isStatic() && candidate.name().equals(name)) {
            field = candidate;
          }
        }
        if (field == null) {
          throw mc.unsupported(type.binaryName() + " has no static field " + name);
        }
        pushWord(LLVMBuildPtrToInt(ir.builder, cg.staticField(field), ir.word, ""));
        return;
      }
      case "mainClassName": {
        LLVMValueRef program = mc.pop().ref();
        List<MethodInfo> mains = cg.reachability.mainMethods();
        LLVMValueRef name = cg.heap.string(mains.get(0).owner().binaryName());
        for (int i = 1; i < mains.size(); i++) {
          LLVMValueRef isThis = LLVMBuildICmp(ir.builder, LLVMIntEQ, program, ir.i32(i), "");
          name = LLVMBuildSelect(ir.builder, isThis,
              cg.heap.string(mains.get(i).owner().binaryName()), name, "");
        }
        mc.push(Value.of(name, JvmKind.REFERENCE));
        return;
      }
      default:
        throw unknown(insn);
    }
  }
}
