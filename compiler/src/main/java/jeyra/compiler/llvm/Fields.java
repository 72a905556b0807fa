package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.intrinsics.LinkageErrorKind;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;

/**
 * {@code getstatic}, {@code putstatic}, {@code getfield} and {@code putfield}: resolution
 * (JVMS 5.4.3.2), class initialisation for static fields, null checks, narrowing of sub-int
 * values on stores, and sequentially consistent atomics for {@code volatile} fields.
 */
final class Fields {
  private final MethodCompiler mc;
  private final Ir ir;
  private final Codegen cg;

  Fields(MethodCompiler mc) {
    this.mc = mc;
    this.ir = mc.ir;
    this.cg = mc.cg;
  }

  /** Translates a field instruction; never ends a block. */
  boolean access(FieldInsnNode insn) {
    int opcode = insn.getOpcode();
    boolean isStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
    boolean isGet = opcode == Opcodes.GETSTATIC || opcode == Opcodes.GETFIELD;
    Type type = Type.getType(insn.desc);
    ClassInfo owner = cg.universe.lookup(insn.owner);
    FieldInfo field = owner == null ? null : cg.resolver.resolveField(owner, insn.name, insn.desc);
    if (field == null || field.isStatic() != isStatic) {
      if (!isGet) {
        mc.pop();
      }
      if (!isStatic) {
        mc.pop();
      }
      if (owner == null) {
        mc.linkageError(LinkageErrorKind.NO_CLASS_DEF_FOUND, insn.owner.replace('/', '.'));
      } else if (field == null) {
        mc.linkageError(LinkageErrorKind.NO_SUCH_FIELD, insn.name);
      } else {
        mc.linkageError(LinkageErrorKind.INCOMPATIBLE_CLASS_CHANGE, "Expected "
            + (isStatic ? "static" : "non-static") + " field " + field);
      }
      if (isGet) {
        JvmKind kind = JvmKind.of(type);
        mc.push(ir.zero(cg.types.of(kind)), kind);
      }
      return false;
    }
    LLVMValueRef address;
    Value holder = null;
    Value value = isGet ? null : mc.pop();
    if (isStatic) {
      if (mc.bare && cg.needsInitialization(field.owner())) {
        throw mc.unsupported("@Bare code cannot use static field " + field
            + " of a class that needs initialisation");
      }
      Invocations.initCheck(mc, field.owner());
      address = cg.staticField(field);
    } else {
      holder = mc.pop();
      new NullChecks(mc).check(holder);
      address = ir.offset(holder.ref(), field.offset());
    }
    int bytes = cg.objects.storageBytes(type);
    if (isGet) {
      LLVMValueRef loaded = ir.load(cg.types.storage(type), address);
      if (field.isVolatile()) {
        LLVMSetOrdering(loaded, LLVMAtomicOrderingSequentiallyConsistent);
        LLVMSetAlignment(loaded, bytes);
      }
      JvmKind kind = JvmKind.of(type);
      mc.push(widen(ir, loaded, type), kind);
    } else {
      LLVMValueRef stored = ir.store(toStorage(ir, value.ref(), type), address);
      if (field.isVolatile()) {
        LLVMSetOrdering(stored, LLVMAtomicOrderingSequentiallyConsistent);
        LLVMSetAlignment(stored, bytes);
      }
      if (!isStatic && JvmKind.of(type) == JvmKind.REFERENCE) {
        // None for statics: they are roots of every collection.
        mc.recordReferenceStore(holder.ref(), address, value.ref());
      }
    }
    return false;
  }

  /** Extends a stored sub-int value to int: sign for byte and short, zero for char and boolean. */
  static LLVMValueRef widen(Ir ir, LLVMValueRef stored, Type type) {
    switch (type.getSort()) {
      case Type.BOOLEAN:
      case Type.CHAR:
        return LLVMBuildZExt(ir.builder, stored, ir.i32, "");
      case Type.BYTE:
      case Type.SHORT:
        return LLVMBuildSExt(ir.builder, stored, ir.i32, "");
      default:
        return stored;
    }
  }

  /**
   * Converts a value to its storage type: truncation for sub-int types, and for booleans the
   * {@code & 1} that {@code putfield} and {@code putstatic} specify.
   */
  static LLVMValueRef toStorage(Ir ir, LLVMValueRef value, Type type) {
    switch (type.getSort()) {
      case Type.BOOLEAN:
        return LLVMBuildTrunc(ir.builder, LLVMBuildAnd(ir.builder, value, ir.i32(1), ""), ir.i8,
            "");
      case Type.BYTE:
        return LLVMBuildTrunc(ir.builder, value, ir.i8, "");
      case Type.CHAR:
      case Type.SHORT:
        return LLVMBuildTrunc(ir.builder, value, ir.i16, "");
      default:
        return value;
    }
  }
}
