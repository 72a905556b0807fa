package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import jeyra.compiler.layout.HubField;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.reach.RuntimeSupport;
import jeyra.intrinsics.LinkageErrorKind;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Type tests: {@code instanceof}, {@code checkcast}, the {@code aastore} store check, and
 * catch-clause matching.
 *
 * <p>A class target is a range check on the type id (subclasses are numbered contiguously);
 * an interface target tests its bit in the hub's interface set; an array target compares hubs
 * and otherwise asks the runtime, which knows array covariance.
 */
final class TypeTests {
  private TypeTests() {}

  /**
   * Whether a non-null object is an instance of {@code target}, as an i1.
   *
   * <p>Makes no call when {@code target} is a class, so it is safe where an exception is
   * pending (catch matching).
   */
  static LLVMValueRef isInstance(MethodCompiler mc, LLVMValueRef object, ClassInfo target) {
    Ir ir = mc.ir;
    Codegen cg = mc.cg;
    if (target.name().equals("java/lang/Object")) {
      return ir.i1(true);
    }
    LLVMValueRef hub = ir.load(ir.ptr, object, cg.objects.hubOffset());
    LLVMValueRef targetHub = cg.heap.hub(target);
    if (target.isArray()) {
      LLVMValueRef same = LLVMBuildICmp(ir.builder, LLVMIntEQ, hub, targetHub, "");
      if (target.componentType().isPrimitive()) {
        return same;
      }
      return orSlowPath(mc, same, () -> {
        LLVMValueRef assignable = mc.callSupport(RuntimeSupport.IS_ASSIGNABLE, hub, targetHub);
        return LLVMBuildICmp(ir.builder, LLVMIntNE, assignable, ir.i32(0), "");
      });
    }
    if (target.isInterface()) {
      return implementsInterface(mc, hub, target);
    }
    if (target.typeId() == target.lastSubtypeId()) {
      return LLVMBuildICmp(ir.builder, LLVMIntEQ, hub, targetHub, "");
    }
    LLVMValueRef typeId = ir.load(ir.i32, hub, cg.hubField(HubField.TYPE_ID).offset());
    LLVMValueRef relative = LLVMBuildSub(ir.builder, typeId, ir.i32(target.typeId()), "");
    return LLVMBuildICmp(ir.builder, LLVMIntULE, relative,
        ir.i32(target.lastSubtypeId() - target.typeId()), "");
  }

  private static LLVMValueRef implementsInterface(MethodCompiler mc, LLVMValueRef hub,
      ClassInfo target) {
    Ir ir = mc.ir;
    Codegen cg = mc.cg;
    int index = target.interfaceIndex();
    LLVMValueRef bits = ir.load(ir.ptr, hub,
        cg.hubField(HubField.INTERFACE_BITS).offset());
    LLVMValueRef length = ir.load(ir.i32, bits, cg.objects.arrayLengthOffset());
    LLVMValueRef inRange = LLVMBuildICmp(ir.builder, LLVMIntUGT, length, ir.i32(index >> 3), "");
    LLVMBasicBlockRef start = ir.currentBlock();
    LLVMBasicBlockRef test = ir.appendBlock(mc.function, "itest");
    LLVMBasicBlockRef done = ir.appendBlock(mc.function, "itested");
    LLVMBuildCondBr(ir.builder, inRange, test, done);
    ir.positionAtEnd(test);
    LLVMValueRef bitsByte = ir.load(ir.i8, bits, cg.objects.arrayBaseOffset() + (index >> 3));
    LLVMValueRef masked = LLVMBuildAnd(ir.builder, bitsByte, ir.i8(1 << (index & 7)), "");
    LLVMValueRef set = LLVMBuildICmp(ir.builder, LLVMIntNE, masked, ir.i8(0), "");
    LLVMBasicBlockRef tested = ir.currentBlock();
    LLVMBuildBr(ir.builder, done);
    ir.positionAtEnd(done);
    LLVMValueRef phi = LLVMBuildPhi(ir.builder, ir.i1, "");
    LLVMAddIncoming(phi, new PointerPointer<>(ir.i1(false), set),
        new PointerPointer<>(start, tested), 2);
    return phi;
  }

  private interface Condition {
    LLVMValueRef emit();
  }

  /** {@code fast || slow()}, evaluating {@code slow} only when {@code fast} is false. */
  private static LLVMValueRef orSlowPath(MethodCompiler mc, LLVMValueRef fast, Condition slow) {
    Ir ir = mc.ir;
    LLVMBasicBlockRef start = ir.currentBlock();
    LLVMBasicBlockRef slowBlock = ir.appendBlock(mc.function, "slowtest");
    LLVMBasicBlockRef done = ir.appendBlock(mc.function, "tested");
    LLVMBuildCondBr(ir.builder, fast, done, slowBlock);
    ir.positionAtEnd(slowBlock);
    LLVMValueRef slowResult = slow.emit();
    LLVMBasicBlockRef slowEnd = ir.currentBlock();
    LLVMBuildBr(ir.builder, done);
    ir.positionAtEnd(done);
    LLVMValueRef phi = LLVMBuildPhi(ir.builder, ir.i1, "");
    LLVMAddIncoming(phi, new PointerPointer<>(ir.i1(true), slowResult),
        new PointerPointer<>(start, slowEnd), 2);
    return phi;
  }

  /** {@code checkcast}: null passes; otherwise a failed test throws ClassCastException. */
  static boolean checkCast(MethodCompiler mc, TypeInsnNode insn) {
    Ir ir = mc.ir;
    ClassInfo target = mc.cg.universe.lookup(insn.desc);
    Value value = mc.peek(0);
    if (value.kind() == JvmKind.WORD) {
      throw mc.unsupported("a Word cannot be cast");
    }
    if (target == null) {
      mc.pop();
      mc.linkageError(LinkageErrorKind.NO_CLASS_DEF_FOUND, insn.desc.replace('/', '.'));
      mc.push(Value.of(ir.nullPointer(), JvmKind.REFERENCE));
      return false;
    }
    if (target.name().equals("java/lang/Object")) {
      return false;
    }
    if (mc.bare) {
      throw mc.unsupported("@Bare code cannot check casts");
    }
    LLVMBasicBlockRef done = ir.appendBlock(mc.function, "casted");
    if (!value.nonNull()) {
      LLVMBasicBlockRef check = ir.appendBlock(mc.function, "cast");
      LLVMBuildCondBr(ir.builder, LLVMBuildIsNull(ir.builder, value.ref(), ""), done, check);
      ir.positionAtEnd(check);
    }
    LLVMValueRef ok = isInstance(mc, value.ref(), target);
    mc.checkOrThrow(ok, RuntimeSupport.CLASS_CAST, value.ref(), mc.cg.heap.hub(target));
    LLVMBuildBr(ir.builder, done);
    ir.positionAtEnd(done);
    return false;
  }

  /** {@code instanceof}: 0 for null, else the test as an int. */
  static boolean instanceOf(MethodCompiler mc, TypeInsnNode insn) {
    Ir ir = mc.ir;
    ClassInfo target = mc.cg.universe.lookup(insn.desc);
    Value value = mc.pop();
    if (target == null) {
      mc.linkageError(LinkageErrorKind.NO_CLASS_DEF_FOUND, insn.desc.replace('/', '.'));
      mc.push(ir.i32(0), JvmKind.INT);
      return false;
    }
    if (mc.bare) {
      throw mc.unsupported("@Bare code cannot test types");
    }
    LLVMBasicBlockRef start = ir.currentBlock();
    LLVMBasicBlockRef test = ir.appendBlock(mc.function, "instanceof");
    LLVMBasicBlockRef done = ir.appendBlock(mc.function, "instanceofdone");
    LLVMBuildCondBr(ir.builder, LLVMBuildIsNull(ir.builder, value.ref(), ""), done, test);
    ir.positionAtEnd(test);
    LLVMValueRef result = isInstance(mc, value.ref(), target);
    LLVMBasicBlockRef tested = ir.currentBlock();
    LLVMBuildBr(ir.builder, done);
    ir.positionAtEnd(done);
    LLVMValueRef phi = LLVMBuildPhi(ir.builder, ir.i1, "");
    LLVMAddIncoming(phi, new PointerPointer<>(ir.i1(false), result),
        new PointerPointer<>(start, tested), 2);
    mc.push(LLVMBuildZExt(ir.builder, phi, ir.i32, ""), JvmKind.INT);
    return false;
  }

  /**
   * {@code aastore}'s check (JVMS 6.5): a non-null value must be assignable to the array's
   * run-time component type, else ArrayStoreException.
   */
  static void arrayStoreCheck(MethodCompiler mc, LLVMValueRef array, Value value) {
    Ir ir = mc.ir;
    Codegen cg = mc.cg;
    if (LLVMIsNull(value.ref()) != 0) {
      return;
    }
    if (mc.bare) {
      throw mc.unsupported("@Bare code cannot store into reference arrays");
    }
    LLVMBasicBlockRef done = ir.appendBlock(mc.function, "stored");
    if (!value.nonNull()) {
      LLVMBasicBlockRef check = ir.appendBlock(mc.function, "storecheck");
      LLVMBuildCondBr(ir.builder, LLVMBuildIsNull(ir.builder, value.ref(), ""), done, check);
      ir.positionAtEnd(check);
    }
    LLVMValueRef arrayHub = ir.load(ir.ptr, array, cg.objects.hubOffset());
    LLVMValueRef component = ir.load(ir.ptr, arrayHub,
        cg.hubField(HubField.COMPONENT_TYPE).offset());
    LLVMValueRef valueHub = ir.load(ir.ptr, value.ref(), cg.objects.hubOffset());
    LLVMValueRef same = LLVMBuildICmp(ir.builder, LLVMIntEQ, valueHub, component, "");
    LLVMValueRef ok = orSlowPath(mc, same, () -> {
      LLVMValueRef assignable = mc.callSupport(RuntimeSupport.IS_ASSIGNABLE, valueHub,
          component);
      return LLVMBuildICmp(ir.builder, LLVMIntNE, assignable, ir.i32(0), "");
    });
    mc.checkOrThrow(ok, RuntimeSupport.ARRAY_STORE, value.ref());
    LLVMBuildBr(ir.builder, done);
    ir.positionAtEnd(done);
  }
}
