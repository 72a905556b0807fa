package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.Insns;
import jeyra.compiler.reach.RuntimeSupport;
import jeyra.intrinsics.LinkageErrorKind;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Translates one instruction at a time into IR, following JVMS chapter 6 instruction by
 * instruction. Field access, invocation, type tests and intrinsics have classes of their own.
 */
final class InstructionTranslator {
  private final MethodCompiler mc;
  private final Ir ir;
  private final Codegen cg;
  private final Fields fields;
  private final Invocations invocations;

  InstructionTranslator(MethodCompiler mc) {
    this.mc = mc;
    this.ir = mc.ir;
    this.cg = mc.cg;
    this.fields = new Fields(mc);
    this.invocations = new Invocations(mc);
  }

  /**
   * Translates an instruction.
   *
   * @return whether it ended the block (a branch, return or throw)
   */
  boolean translate(AbstractInsnNode insn) {
    int opcode = insn.getOpcode();
    switch (opcode) {
      case Opcodes.NOP:
        return false;
      case Opcodes.ACONST_NULL:
        mc.push(Value.of(ir.nullPointer(), JvmKind.REFERENCE));
        return false;
      case Opcodes.ICONST_M1:
      case Opcodes.ICONST_0:
      case Opcodes.ICONST_1:
      case Opcodes.ICONST_2:
      case Opcodes.ICONST_3:
      case Opcodes.ICONST_4:
      case Opcodes.ICONST_5:
        pushInt(opcode - Opcodes.ICONST_0);
        return false;
      case Opcodes.LCONST_0:
      case Opcodes.LCONST_1:
        mc.push(Value.constant(ir.i64(opcode - Opcodes.LCONST_0), JvmKind.LONG,
            (long) (opcode - Opcodes.LCONST_0)));
        return false;
      case Opcodes.FCONST_0:
      case Opcodes.FCONST_1:
      case Opcodes.FCONST_2:
        mc.push(ir.f32(opcode - Opcodes.FCONST_0), JvmKind.FLOAT);
        return false;
      case Opcodes.DCONST_0:
      case Opcodes.DCONST_1:
        mc.push(ir.f64(opcode - Opcodes.DCONST_0), JvmKind.DOUBLE);
        return false;
      case Opcodes.BIPUSH:
      case Opcodes.SIPUSH:
        pushInt(((IntInsnNode) insn).operand);
        return false;
      case Opcodes.LDC:
        ldc(((LdcInsnNode) insn).cst);
        return false;
      case Opcodes.ILOAD:
      case Opcodes.LLOAD:
      case Opcodes.FLOAD:
      case Opcodes.DLOAD:
      case Opcodes.ALOAD:
        load((VarInsnNode) insn);
        return false;
      case Opcodes.ISTORE:
      case Opcodes.LSTORE:
      case Opcodes.FSTORE:
      case Opcodes.DSTORE:
      case Opcodes.ASTORE: {
        Value value = mc.pop();
        ir.store(value.ref(), mc.localSlot(((VarInsnNode) insn).var, value.kind()));
        return false;
      }
      case Opcodes.IALOAD:
        arrayLoad(Type.INT_TYPE);
        return false;
      case Opcodes.LALOAD:
        arrayLoad(Type.LONG_TYPE);
        return false;
      case Opcodes.FALOAD:
        arrayLoad(Type.FLOAT_TYPE);
        return false;
      case Opcodes.DALOAD:
        arrayLoad(Type.DOUBLE_TYPE);
        return false;
      case Opcodes.AALOAD:
        arrayLoad(Type.getType(Object.class));
        return false;
      case Opcodes.BALOAD:
        arrayLoad(Type.BYTE_TYPE);
        return false;
      case Opcodes.CALOAD:
        arrayLoad(Type.CHAR_TYPE);
        return false;
      case Opcodes.SALOAD:
        arrayLoad(Type.SHORT_TYPE);
        return false;
      case Opcodes.IASTORE:
        arrayStore(Type.INT_TYPE);
        return false;
      case Opcodes.LASTORE:
        arrayStore(Type.LONG_TYPE);
        return false;
      case Opcodes.FASTORE:
        arrayStore(Type.FLOAT_TYPE);
        return false;
      case Opcodes.DASTORE:
        arrayStore(Type.DOUBLE_TYPE);
        return false;
      case Opcodes.AASTORE:
        arrayStore(Type.getType(Object.class));
        return false;
      case Opcodes.BASTORE:
        arrayStore(Type.BYTE_TYPE);
        return false;
      case Opcodes.CASTORE:
        arrayStore(Type.CHAR_TYPE);
        return false;
      case Opcodes.SASTORE:
        arrayStore(Type.SHORT_TYPE);
        return false;
      case Opcodes.POP:
        mc.pop();
        return false;
      case Opcodes.POP2:
        if (!mc.pop().kind().isWide()) {
          mc.pop();
        }
        return false;
      case Opcodes.DUP:
        mc.push(mc.peek(0));
        return false;
      case Opcodes.DUP_X1: {
        Value v1 = mc.pop();
        Value v2 = mc.pop();
        mc.push(v1);
        mc.push(v2);
        mc.push(v1);
        return false;
      }
      case Opcodes.DUP_X2: {
        Value v1 = mc.pop();
        Value v2 = mc.pop();
        if (v2.kind().isWide()) {
          mc.push(v1);
          mc.push(v2);
        } else {
          Value v3 = mc.pop();
          mc.push(v1);
          mc.push(v3);
          mc.push(v2);
        }
        mc.push(v1);
        return false;
      }
      case Opcodes.DUP2: {
        Value v1 = mc.peek(0);
        if (v1.kind().isWide()) {
          mc.push(v1);
        } else {
          Value v2 = mc.peek(1);
          mc.push(v2);
          mc.push(v1);
        }
        return false;
      }
      case Opcodes.DUP2_X1: {
        Value v1 = mc.pop();
        if (v1.kind().isWide()) {
          Value v2 = mc.pop();
          mc.push(v1);
          mc.push(v2);
          mc.push(v1);
        } else {
          Value v2 = mc.pop();
          Value v3 = mc.pop();
          mc.push(v2);
          mc.push(v1);
          mc.push(v3);
          mc.push(v2);
          mc.push(v1);
        }
        return false;
      }
      case Opcodes.DUP2_X2:
        dup2x2();
        return false;
      case Opcodes.SWAP: {
        Value v1 = mc.pop();
        Value v2 = mc.pop();
        mc.push(v1);
        mc.push(v2);
        return false;
      }
      case Opcodes.IADD:
      case Opcodes.LADD:
        binary(LLVMBuildAdd(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.ISUB:
      case Opcodes.LSUB:
        binary(LLVMBuildSub(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.IMUL:
      case Opcodes.LMUL:
        binary(LLVMBuildMul(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.FADD:
      case Opcodes.DADD:
        binary(LLVMBuildFAdd(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.FSUB:
      case Opcodes.DSUB:
        binary(LLVMBuildFSub(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.FMUL:
      case Opcodes.DMUL:
        binary(LLVMBuildFMul(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.FDIV:
      case Opcodes.DDIV:
        binary(LLVMBuildFDiv(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.FREM:
      case Opcodes.DREM:
        // frem is C's fmod, which is Java's % on floating point (JLS 15.17.3).
        binary(LLVMBuildFRem(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.IDIV:
      case Opcodes.LDIV:
        divide(true);
        return false;
      case Opcodes.IREM:
      case Opcodes.LREM:
        divide(false);
        return false;
      case Opcodes.INEG:
      case Opcodes.LNEG: {
        Value value = mc.pop();
        mc.push(LLVMBuildNeg(ir.builder, value.ref(), ""), value.kind());
        return false;
      }
      case Opcodes.FNEG:
      case Opcodes.DNEG: {
        Value value = mc.pop();
        mc.push(LLVMBuildFNeg(ir.builder, value.ref(), ""), value.kind());
        return false;
      }
      case Opcodes.ISHL:
      case Opcodes.LSHL:
        shift(opcode);
        return false;
      case Opcodes.ISHR:
      case Opcodes.LSHR:
        shift(opcode);
        return false;
      case Opcodes.IUSHR:
      case Opcodes.LUSHR:
        shift(opcode);
        return false;
      case Opcodes.IAND:
      case Opcodes.LAND:
        binary(LLVMBuildAnd(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.IOR:
      case Opcodes.LOR:
        binary(LLVMBuildOr(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.IXOR:
      case Opcodes.LXOR:
        binary(LLVMBuildXor(ir.builder, operand(1), operand(0), ""));
        return false;
      case Opcodes.IINC: {
        IincInsnNode iinc = (IincInsnNode) insn;
        LLVMValueRef slot = mc.localSlot(iinc.var, JvmKind.INT);
        ir.store(LLVMBuildAdd(ir.builder, ir.load(ir.i32, slot), ir.i32(iinc.incr), ""), slot);
        return false;
      }
      case Opcodes.I2L:
        convert(LLVMBuildSExt(ir.builder, mc.pop().ref(), ir.i64, ""), JvmKind.LONG);
        return false;
      case Opcodes.I2F:
        convert(LLVMBuildSIToFP(ir.builder, mc.pop().ref(), ir.f32, ""), JvmKind.FLOAT);
        return false;
      case Opcodes.I2D:
        convert(LLVMBuildSIToFP(ir.builder, mc.pop().ref(), ir.f64, ""), JvmKind.DOUBLE);
        return false;
      case Opcodes.L2I:
        convert(LLVMBuildTrunc(ir.builder, mc.pop().ref(), ir.i32, ""), JvmKind.INT);
        return false;
      case Opcodes.L2F:
        convert(LLVMBuildSIToFP(ir.builder, mc.pop().ref(), ir.f32, ""), JvmKind.FLOAT);
        return false;
      case Opcodes.L2D:
        convert(LLVMBuildSIToFP(ir.builder, mc.pop().ref(), ir.f64, ""), JvmKind.DOUBLE);
        return false;
      case Opcodes.F2I:
        convert(saturatingToInteger(ir.i32, ir.f32), JvmKind.INT);
        return false;
      case Opcodes.F2L:
        convert(saturatingToInteger(ir.i64, ir.f32), JvmKind.LONG);
        return false;
      case Opcodes.F2D:
        convert(LLVMBuildFPExt(ir.builder, mc.pop().ref(), ir.f64, ""), JvmKind.DOUBLE);
        return false;
      case Opcodes.D2I:
        convert(saturatingToInteger(ir.i32, ir.f64), JvmKind.INT);
        return false;
      case Opcodes.D2L:
        convert(saturatingToInteger(ir.i64, ir.f64), JvmKind.LONG);
        return false;
      case Opcodes.D2F:
        convert(LLVMBuildFPTrunc(ir.builder, mc.pop().ref(), ir.f32, ""), JvmKind.FLOAT);
        return false;
      case Opcodes.I2B:
        narrow(ir.i8, true);
        return false;
      case Opcodes.I2C:
        narrow(ir.i16, false);
        return false;
      case Opcodes.I2S:
        narrow(ir.i16, true);
        return false;
      case Opcodes.LCMP:
        compareLongs();
        return false;
      case Opcodes.FCMPL:
      case Opcodes.DCMPL:
        compareFloats(false);
        return false;
      case Opcodes.FCMPG:
      case Opcodes.DCMPG:
        compareFloats(true);
        return false;
      case Opcodes.IFEQ:
      case Opcodes.IFNE:
      case Opcodes.IFLT:
      case Opcodes.IFGE:
      case Opcodes.IFGT:
      case Opcodes.IFLE: {
        LLVMValueRef value = mc.pop().ref();
        LLVMValueRef condition = LLVMBuildICmp(ir.builder, intPredicate(opcode - Opcodes.IFEQ),
            value, ir.i32(0), "");
        mc.branchIf(condition, ((JumpInsnNode) insn).label, mc.nextIndex());
        return true;
      }
      case Opcodes.IF_ICMPEQ:
      case Opcodes.IF_ICMPNE:
      case Opcodes.IF_ICMPLT:
      case Opcodes.IF_ICMPGE:
      case Opcodes.IF_ICMPGT:
      case Opcodes.IF_ICMPLE: {
        LLVMValueRef right = mc.pop().ref();
        LLVMValueRef left = mc.pop().ref();
        LLVMValueRef condition = LLVMBuildICmp(ir.builder,
            intPredicate(opcode - Opcodes.IF_ICMPEQ), left, right, "");
        mc.branchIf(condition, ((JumpInsnNode) insn).label, mc.nextIndex());
        return true;
      }
      case Opcodes.IF_ACMPEQ:
      case Opcodes.IF_ACMPNE: {
        LLVMValueRef right = mc.pop().ref();
        LLVMValueRef left = mc.pop().ref();
        LLVMValueRef condition = LLVMBuildICmp(ir.builder,
            opcode == Opcodes.IF_ACMPEQ ? LLVMIntEQ : LLVMIntNE, left, right, "");
        mc.branchIf(condition, ((JumpInsnNode) insn).label, mc.nextIndex());
        return true;
      }
      case Opcodes.IFNULL:
      case Opcodes.IFNONNULL: {
        Value value = mc.pop();
        LLVMValueRef condition;
        if (value.kind() == JvmKind.WORD) {
          condition = LLVMBuildICmp(ir.builder, opcode == Opcodes.IFNULL ? LLVMIntEQ : LLVMIntNE,
              value.ref(), ir.word(0), "");
        } else {
          condition = opcode == Opcodes.IFNULL ? LLVMBuildIsNull(ir.builder, value.ref(), "")
              : LLVMBuildIsNotNull(ir.builder, value.ref(), "");
        }
        mc.branchIf(condition, ((JumpInsnNode) insn).label, mc.nextIndex());
        return true;
      }
      case Opcodes.GOTO:
        mc.branchTo(((JumpInsnNode) insn).label);
        return true;
      case Opcodes.TABLESWITCH:
        tableSwitch((TableSwitchInsnNode) insn);
        return true;
      case Opcodes.LOOKUPSWITCH:
        lookupSwitch((LookupSwitchInsnNode) insn);
        return true;
      case Opcodes.IRETURN:
        mc.returnValue(narrowForReturn(mc.pop().ref()));
        return true;
      case Opcodes.LRETURN:
      case Opcodes.FRETURN:
      case Opcodes.DRETURN:
      case Opcodes.ARETURN:
        mc.returnValue(mc.pop().ref());
        return true;
      case Opcodes.RETURN:
        mc.returnValue(null);
        return true;
      case Opcodes.GETSTATIC:
      case Opcodes.PUTSTATIC:
      case Opcodes.GETFIELD:
      case Opcodes.PUTFIELD:
        return fields.access((FieldInsnNode) insn);
      case Opcodes.INVOKEVIRTUAL:
      case Opcodes.INVOKESPECIAL:
      case Opcodes.INVOKESTATIC:
      case Opcodes.INVOKEINTERFACE:
        return invocations.invoke((MethodInsnNode) insn);
      case Opcodes.INVOKEDYNAMIC: {
        org.objectweb.asm.tree.InvokeDynamicInsnNode indy =
            (org.objectweb.asm.tree.InvokeDynamicInsnNode) insn;
        mc.unsupportedAtRunTime("invokedynamic with bootstrap method "
            + indy.bsm.getOwner().replace('/', '.') + "." + indy.bsm.getName()
            + " is not supported yet");
        mc.popArguments(indy.desc, false);
        Type result = Type.getReturnType(indy.desc);
        if (result.getSort() != Type.VOID) {
          mc.push(ir.zero(cg.types.value(result)), JvmKind.of(result));
        }
        return false;
      }
      case Opcodes.NEW:
        newInstance((TypeInsnNode) insn);
        return false;
      case Opcodes.NEWARRAY:
        newArray(Insns.newarrayDescriptor(((IntInsnNode) insn).operand));
        return false;
      case Opcodes.ANEWARRAY: {
        ClassInfo component = cg.universe.lookup(((TypeInsnNode) insn).desc);
        if (component == null) {
          mc.pop();
          linkageError(LinkageErrorKind.NO_CLASS_DEF_FOUND,
              ((TypeInsnNode) insn).desc.replace('/', '.'));
          mc.push(Value.of(ir.nullPointer(), JvmKind.REFERENCE));
          return false;
        }
        newArray(cg.universe.arrayOf(component).name());
        return false;
      }
      case Opcodes.MULTIANEWARRAY:
        return multiNewArray((MultiANewArrayInsnNode) insn);
      case Opcodes.ARRAYLENGTH: {
        Value array = mc.pop();
        nullCheck(array);
        mc.push(ir.load(ir.i32, array.ref(), cg.objects.arrayLengthOffset()), JvmKind.INT);
        return false;
      }
      case Opcodes.ATHROW: {
        Value exception = mc.pop();
        if (mc.bare) {
          throw mc.unsupported("@Bare code cannot throw");
        }
        nullCheck(exception);
        mc.throwException(exception.ref());
        return true;
      }
      case Opcodes.CHECKCAST:
        return TypeTests.checkCast(mc, (TypeInsnNode) insn);
      case Opcodes.INSTANCEOF:
        return TypeTests.instanceOf(mc, (TypeInsnNode) insn);
      case Opcodes.MONITORENTER:
      case Opcodes.MONITOREXIT: {
        Value object = mc.pop();
        nullCheck(object);
        mc.callSupport(opcode == Opcodes.MONITORENTER ? RuntimeSupport.MONITOR_ENTER
            : RuntimeSupport.MONITOR_EXIT, object.ref());
        return false;
      }
      default:
        throw mc.unsupported("opcode " + opcode + " is not supported");
    }
  }

  // ---- constants and locals ----

  private void pushInt(int value) {
    mc.push(Value.constant(ir.i32(value), JvmKind.INT, value));
  }

  private void ldc(Object constant) {
    if (constant instanceof Integer) {
      pushInt((Integer) constant);
    } else if (constant instanceof Float) {
      mc.push(Value.constant(ir.f32((Float) constant), JvmKind.FLOAT, constant));
    } else if (constant instanceof Long) {
      mc.push(Value.constant(ir.i64((Long) constant), JvmKind.LONG, constant));
    } else if (constant instanceof Double) {
      mc.push(Value.constant(ir.f64((Double) constant), JvmKind.DOUBLE, constant));
    } else if (constant instanceof String) {
      mc.push(Value.constant(cg.heap.string((String) constant), JvmKind.REFERENCE, constant));
    } else if (constant instanceof Type && ((Type) constant).getSort() != Type.METHOD) {
      Type type = (Type) constant;
      ClassInfo literal = cg.universe.lookup(type);
      if (literal == null) {
        linkageError(LinkageErrorKind.NO_CLASS_DEF_FOUND, type.getClassName());
        mc.push(Value.of(ir.nullPointer(), JvmKind.REFERENCE));
        return;
      }
      mc.push(Value.constant(cg.heap.hub(literal), JvmKind.REFERENCE, type));
    } else {
      mc.unsupportedAtRunTime("ldc of " + constant.getClass().getSimpleName()
          + " constants is not supported yet");
      mc.push(Value.of(ir.nullPointer(), JvmKind.REFERENCE));
    }
  }

  private void load(VarInsnNode insn) {
    JvmKind kind;
    switch (insn.getOpcode()) {
      case Opcodes.ILOAD:
        kind = JvmKind.INT;
        break;
      case Opcodes.LLOAD:
        kind = JvmKind.LONG;
        break;
      case Opcodes.FLOAD:
        kind = JvmKind.FLOAT;
        break;
      case Opcodes.DLOAD:
        kind = JvmKind.DOUBLE;
        break;
      default:
        kind = mc.localKind(insn.var) == JvmKind.WORD ? JvmKind.WORD : JvmKind.REFERENCE;
    }
    LLVMValueRef value = ir.load(cg.types.of(kind), mc.localSlot(insn.var, kind));
    boolean isThis = insn.var == 0 && !mc.method.isStatic() && kind == JvmKind.REFERENCE
        && !storesToLocalZero();
    mc.push(new Value(value, kind, null, isThis));
  }

  private Boolean localZeroStored;

  /** Whether the method ever overwrites local 0 (then it may no longer be {@code this}). */
  private boolean storesToLocalZero() {
    if (localZeroStored == null) {
      localZeroStored = false;
      for (AbstractInsnNode insn = mc.node.instructions.getFirst(); insn != null;
          insn = insn.getNext()) {
        if (insn instanceof VarInsnNode && ((VarInsnNode) insn).var == 0
            && insn.getOpcode() >= Opcodes.ISTORE && insn.getOpcode() <= Opcodes.ASTORE) {
          localZeroStored = true;
        }
      }
    }
    return localZeroStored;
  }

  // ---- arithmetic ----

  private LLVMValueRef operand(int fromTop) {
    return mc.peek(fromTop).ref();
  }

  private void binary(LLVMValueRef result) {
    JvmKind kind = mc.peek(0).kind();
    mc.pop();
    mc.pop();
    mc.push(result, kind);
  }

  private void convert(LLVMValueRef result, JvmKind kind) {
    mc.push(result, kind);
  }

  private LLVMValueRef saturatingToInteger(LLVMTypeRef to, LLVMTypeRef from) {
    // JVMS d2i etc.: NaN becomes 0, out-of-range values saturate: exactly fptosi.sat.
    return ir.callIntrinsic("llvm.fptosi.sat", to, new LLVMTypeRef[] {to, from}, mc.pop().ref());
  }

  private void narrow(LLVMTypeRef type, boolean signed) {
    LLVMValueRef truncated = LLVMBuildTrunc(ir.builder, mc.pop().ref(), type, "");
    mc.push(signed ? LLVMBuildSExt(ir.builder, truncated, ir.i32, "")
        : LLVMBuildZExt(ir.builder, truncated, ir.i32, ""), JvmKind.INT);
  }

  private void shift(int opcode) {
    Value count = mc.pop();
    Value value = mc.pop();
    boolean isLong = value.kind() == JvmKind.LONG;
    // JVMS ishl etc.: only the low 5 (int) or 6 (long) bits of the count are used.
    LLVMValueRef masked = LLVMBuildAnd(ir.builder, count.ref(), ir.i32(isLong ? 63 : 31), "");
    if (isLong) {
      masked = LLVMBuildZExt(ir.builder, masked, ir.i64, "");
    }
    LLVMValueRef result;
    switch (opcode) {
      case Opcodes.ISHL:
      case Opcodes.LSHL:
        result = LLVMBuildShl(ir.builder, value.ref(), masked, "");
        break;
      case Opcodes.ISHR:
      case Opcodes.LSHR:
        result = LLVMBuildAShr(ir.builder, value.ref(), masked, "");
        break;
      default:
        result = LLVMBuildLShr(ir.builder, value.ref(), masked, "");
    }
    mc.push(result, value.kind());
  }

  /** {@code idiv}/{@code irem} and the long forms: zero divisors throw, MIN / -1 wraps. */
  private void divide(boolean quotient) {
    Value divisor = mc.pop();
    Value dividend = mc.pop();
    LLVMTypeRef type = divisor.kind() == JvmKind.LONG ? ir.i64 : ir.i32;
    LLVMValueRef zero = LLVMConstNull(type);
    LLVMValueRef minusOne = LLVMConstAllOnes(type);
    mc.checkOrThrow(LLVMBuildICmp(ir.builder, LLVMIntNE, divisor.ref(), zero, ""),
        RuntimeSupport.DIVIDE_BY_ZERO);
    // LLVM's sdiv is undefined for MIN / -1; Java defines it as MIN (and the remainder 0).
    LLVMValueRef isMinusOne = LLVMBuildICmp(ir.builder, LLVMIntEQ, divisor.ref(), minusOne, "");
    LLVMValueRef safeDivisor = LLVMBuildSelect(ir.builder, isMinusOne, LLVMConstInt(type, 1, 0),
        divisor.ref(), "");
    LLVMValueRef result;
    if (quotient) {
      LLVMValueRef divided = LLVMBuildSDiv(ir.builder, dividend.ref(), safeDivisor, "");
      result = LLVMBuildSelect(ir.builder, isMinusOne,
          LLVMBuildNeg(ir.builder, dividend.ref(), ""), divided, "");
    } else {
      LLVMValueRef remainder = LLVMBuildSRem(ir.builder, dividend.ref(), safeDivisor, "");
      result = LLVMBuildSelect(ir.builder, isMinusOne, zero, remainder, "");
    }
    mc.push(result, divisor.kind());
  }

  private void compareLongs() {
    LLVMValueRef right = mc.pop().ref();
    LLVMValueRef left = mc.pop().ref();
    LLVMValueRef less = LLVMBuildICmp(ir.builder, LLVMIntSLT, left, right, "");
    LLVMValueRef greater = LLVMBuildICmp(ir.builder, LLVMIntSGT, left, right, "");
    mc.push(LLVMBuildSelect(ir.builder, less, ir.i32(-1),
        LLVMBuildSelect(ir.builder, greater, ir.i32(1), ir.i32(0), ""), ""), JvmKind.INT);
  }

  /** fcmpl/fcmpg: equal 0, less -1, greater 1, and NaN -1 (l) or 1 (g). */
  private void compareFloats(boolean nanIsGreater) {
    LLVMValueRef right = mc.pop().ref();
    LLVMValueRef left = mc.pop().ref();
    LLVMValueRef equal = LLVMBuildFCmp(ir.builder, LLVMRealOEQ, left, right, "");
    LLVMValueRef result;
    if (nanIsGreater) {
      LLVMValueRef less = LLVMBuildFCmp(ir.builder, LLVMRealOLT, left, right, "");
      result = LLVMBuildSelect(ir.builder, less, ir.i32(-1),
          LLVMBuildSelect(ir.builder, equal, ir.i32(0), ir.i32(1), ""), "");
    } else {
      LLVMValueRef greater = LLVMBuildFCmp(ir.builder, LLVMRealOGT, left, right, "");
      result = LLVMBuildSelect(ir.builder, greater, ir.i32(1),
          LLVMBuildSelect(ir.builder, equal, ir.i32(0), ir.i32(-1), ""), "");
    }
    mc.push(result, JvmKind.INT);
  }

  /** eq, ne, lt, ge, gt, le: the order of the if opcodes. */
  private static int intPredicate(int offset) {
    switch (offset) {
      case 0:
        return LLVMIntEQ;
      case 1:
        return LLVMIntNE;
      case 2:
        return LLVMIntSLT;
      case 3:
        return LLVMIntSGE;
      case 4:
        return LLVMIntSGT;
      default:
        return LLVMIntSLE;
    }
  }

  private void dup2x2() {
    Value v1 = mc.pop();
    Value v2 = mc.pop();
    if (v1.kind().isWide()) {
      if (v2.kind().isWide()) { // form 4
        mc.push(v1);
        mc.push(v2);
        mc.push(v1);
      } else { // form 2
        Value v3 = mc.pop();
        mc.push(v1);
        mc.push(v3);
        mc.push(v2);
        mc.push(v1);
      }
    } else {
      Value v3 = mc.pop();
      if (v3.kind().isWide()) { // form 3
        mc.push(v2);
        mc.push(v1);
        mc.push(v3);
        mc.push(v2);
        mc.push(v1);
      } else { // form 1
        Value v4 = mc.pop();
        mc.push(v2);
        mc.push(v1);
        mc.push(v4);
        mc.push(v3);
        mc.push(v2);
        mc.push(v1);
      }
    }
  }

  // ---- control flow ----

  private void tableSwitch(TableSwitchInsnNode insn) {
    LLVMValueRef key = mc.pop().ref();
    int defaultIndex = mc.indexOf(insn.dflt);
    mc.spillStackFor(defaultIndex);
    LLVMValueRef instruction = LLVMBuildSwitch(ir.builder, key, mc.blockAt(insn.dflt),
        insn.labels.size());
    for (int i = 0; i < insn.labels.size(); i++) {
      LLVMAddCase(instruction, ir.i32(insn.min + i), mc.blockAt(insn.labels.get(i)));
    }
  }

  private void lookupSwitch(LookupSwitchInsnNode insn) {
    LLVMValueRef key = mc.pop().ref();
    mc.spillStackFor(mc.indexOf(insn.dflt));
    LLVMValueRef instruction = LLVMBuildSwitch(ir.builder, key, mc.blockAt(insn.dflt),
        insn.labels.size());
    for (int i = 0; i < insn.labels.size(); i++) {
      LLVMAddCase(instruction, ir.i32(insn.keys.get(i)), mc.blockAt(insn.labels.get(i)));
    }
  }

  /** JVMS ireturn: a boolean, byte, char or short result is narrowed to its type. */
  private LLVMValueRef narrowForReturn(LLVMValueRef value) {
    return narrowInt(value, mc.method.type().getReturnType());
  }

  /** Narrows an int to a sub-int type's range, as stores and returns do (JVMS 2.11.1). */
  LLVMValueRef narrowInt(LLVMValueRef value, Type type) {
    switch (type.getSort()) {
      case Type.BOOLEAN:
        return LLVMBuildAnd(ir.builder, value, ir.i32(1), "");
      case Type.BYTE:
        return LLVMBuildSExt(ir.builder, LLVMBuildTrunc(ir.builder, value, ir.i8, ""), ir.i32, "");
      case Type.CHAR:
        return LLVMBuildZExt(ir.builder, LLVMBuildTrunc(ir.builder, value, ir.i16, ""), ir.i32,
            "");
      case Type.SHORT:
        return LLVMBuildSExt(ir.builder, LLVMBuildTrunc(ir.builder, value, ir.i16, ""), ir.i32,
            "");
      default:
        return value;
    }
  }

  // ---- objects and arrays ----

  void nullCheck(Value value) {
    new NullChecks(mc).check(value);
  }

  /** Null and bounds checks, then the element's address. */
  private LLVMValueRef elementAddress(Value array, Value index, Type elementType) {
    nullCheck(array);
    LLVMValueRef length = ir.load(ir.i32, array.ref(), cg.objects.arrayLengthOffset());
    mc.checkOrThrow(LLVMBuildICmp(ir.builder, LLVMIntULT, index.ref(), length, ""),
        RuntimeSupport.ARRAY_INDEX, index.ref(), length);
    LLVMValueRef wordIndex = LLVMBuildZExt(ir.builder, index.ref(), ir.word, "");
    LLVMValueRef offset = LLVMBuildAdd(ir.builder,
        LLVMBuildShl(ir.builder, wordIndex, ir.word(cg.objects.storageShift(elementType)), ""),
        ir.word(cg.objects.arrayBaseOffset()), "");
    return ir.offset(array.ref(), offset);
  }

  private void arrayLoad(Type elementType) {
    Value index = mc.pop();
    Value array = mc.pop();
    LLVMValueRef address = elementAddress(array, index, elementType);
    LLVMValueRef stored = ir.load(cg.types.storage(elementType), address);
    mc.push(Fields.widen(ir, stored, elementType), JvmKind.of(elementType));
  }

  private void arrayStore(Type elementType) {
    Value value = mc.pop();
    Value index = mc.pop();
    Value array = mc.pop();
    LLVMValueRef address = elementAddress(array, index, elementType);
    if (elementType.getSort() == Type.OBJECT) {
      TypeTests.arrayStoreCheck(mc, array.ref(), value);
    }
    ir.store(Fields.toStorage(ir, value.ref(), elementType), address);
    if (elementType.getSort() == Type.OBJECT) {
      mc.recordReferenceStore(array.ref(), address, value.ref());
    }
  }

  private void newInstance(TypeInsnNode insn) {
    ClassInfo type = cg.universe.lookup(insn.desc);
    if (type == null || type.isInterface() || type.isAbstract()) {
      if (type == null) {
        linkageError(LinkageErrorKind.NO_CLASS_DEF_FOUND, insn.desc.replace('/', '.'));
      } else {
        linkageError(LinkageErrorKind.INSTANTIATION, type.binaryName());
      }
      mc.push(Value.of(ir.nullPointer(), JvmKind.REFERENCE));
      return;
    }
    Invocations.initCheck(mc, type);
    LLVMValueRef object = mc.newObject(type);
    mc.push(Value.nonNull(object));
  }

  private void newArray(String descriptor) {
    Value length = mc.pop();
    ClassInfo arrayType = cg.universe.lookup(descriptor);
    LLVMValueRef array = mc.callSupport(RuntimeSupport.NEW_ARRAY, cg.heap.hub(arrayType),
        length.ref());
    mc.push(Value.nonNull(array));
  }

  private boolean multiNewArray(MultiANewArrayInsnNode insn) {
    ClassInfo arrayType = cg.universe.lookup(insn.desc);
    Value[] dimensions = new Value[insn.dims];
    for (int i = insn.dims - 1; i >= 0; i--) {
      dimensions[i] = mc.pop();
    }
    if (arrayType == null) {
      linkageError(LinkageErrorKind.NO_CLASS_DEF_FOUND, Type.getType(insn.desc).getClassName());
      mc.push(Value.of(ir.nullPointer(), JvmKind.REFERENCE));
      return false;
    }
    LLVMValueRef counts = mc.callSupport(RuntimeSupport.NEW_ARRAY,
        cg.heap.hub(cg.universe.require("[I")), ir.i32(insn.dims));
    for (int i = 0; i < insn.dims; i++) {
      LLVMValueRef address = ir.offset(counts, cg.objects.arrayBaseOffset() + 4L * i);
      ir.store(dimensions[i].ref(), address);
    }
    LLVMValueRef array = mc.callSupport(RuntimeSupport.NEW_MULTI_ARRAY, cg.heap.hub(arrayType),
        counts);
    mc.push(Value.nonNull(array));
    return false;
  }

  /**
   * Throws the {@code LinkageError} the JVM throws for an unresolvable symbol. Translation
   * goes on in a block nothing branches to, which LLVM removes.
   */
  void linkageError(int kind, String message) {
    mc.linkageError(kind, message);
  }

  static LLVMValueRef gep(Ir ir, LLVMValueRef base, LLVMValueRef offset) {
    return LLVMBuildGEP2(ir.builder, ir.i8, base, new PointerPointer<>(new LLVMValueRef[] {offset}), 1, "");
  }
}
