package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.Map;
import jeyra.arch.InlineAsm;
import jeyra.arch.Target;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * One LLVM module under construction, with its builder and the types jeyra uses, and short
 * forms of the C API calls that code generation makes over and over.
 *
 * <p>Pointers are opaque ({@code ptr}); the word type is the target's pointer-sized integer.
 */
public final class Ir implements AutoCloseable {
  public final Target target;
  public final LLVMContextRef context;
  public final LLVMModuleRef module;
  public final LLVMBuilderRef builder;
  public final LLVMTypeRef voidType;
  public final LLVMTypeRef i1;
  public final LLVMTypeRef i8;
  public final LLVMTypeRef i16;
  public final LLVMTypeRef i32;
  public final LLVMTypeRef i64;
  public final LLVMTypeRef f32;
  public final LLVMTypeRef f64;
  public final LLVMTypeRef ptr;
  public final LLVMTypeRef word;
  private final Map<String, LLVMValueRef> intrinsics = new HashMap<>();
  private final Map<String, LLVMTypeRef> intrinsicTypes = new HashMap<>();
  private boolean moduleDisposed;

  /**
   * Creates an empty module for a target.
   *
   * @param target the target; not null
   * @param name the module's name
   */
  public Ir(Target target, String name) {
    this.target = target;
    this.context = LLVMContextCreate();
    this.module = LLVMModuleCreateWithNameInContext(name, context);
    LLVMSetTarget(module, target.llvmTriple());
    this.builder = LLVMCreateBuilderInContext(context);
    this.voidType = LLVMVoidTypeInContext(context);
    this.i1 = LLVMInt1TypeInContext(context);
    this.i8 = LLVMInt8TypeInContext(context);
    this.i16 = LLVMInt16TypeInContext(context);
    this.i32 = LLVMInt32TypeInContext(context);
    this.i64 = LLVMInt64TypeInContext(context);
    this.f32 = LLVMFloatTypeInContext(context);
    this.f64 = LLVMDoubleTypeInContext(context);
    this.ptr = LLVMPointerTypeInContext(context, 0);
    this.word = target.wordBytes() == 8 ? i64 : i32;
  }

  public int wordBytes() {
    return target.wordBytes();
  }

  // ---- constants ----

  public LLVMValueRef i1(boolean value) {
    return LLVMConstInt(i1, value ? 1 : 0, 0);
  }

  public LLVMValueRef i8(int value) {
    return LLVMConstInt(i8, value & 0xff, 0);
  }

  public LLVMValueRef i16(int value) {
    return LLVMConstInt(i16, value & 0xffff, 0);
  }

  public LLVMValueRef i32(int value) {
    return LLVMConstInt(i32, value & 0xffffffffL, 0);
  }

  public LLVMValueRef i64(long value) {
    return LLVMConstInt(i64, value, 0);
  }

  public LLVMValueRef f32(float value) {
    // LLVMConstReal takes a double; every float is exactly representable, NaN payloads aside.
    if (Float.isNaN(value)) {
      return LLVMConstBitCast(i32(Float.floatToRawIntBits(value)), f32);
    }
    return LLVMConstReal(f32, value);
  }

  public LLVMValueRef f64(double value) {
    if (Double.isNaN(value)) {
      return LLVMConstBitCast(i64(Double.doubleToRawLongBits(value)), f64);
    }
    return LLVMConstReal(f64, value);
  }

  public LLVMValueRef word(long value) {
    return LLVMConstInt(word, value, 0);
  }

  public LLVMValueRef nullPointer() {
    return LLVMConstPointerNull(ptr);
  }

  /** The zero value of a type (0, 0.0, null). */
  public LLVMValueRef zero(LLVMTypeRef type) {
    return LLVMConstNull(type);
  }

  // ---- types ----

  public LLVMTypeRef functionType(LLVMTypeRef result, LLVMTypeRef... parameters) {
    return LLVMFunctionType(result, new PointerPointer<>(parameters), parameters.length, 0);
  }

  public LLVMTypeRef arrayType(LLVMTypeRef element, int count) {
    return LLVMArrayType2(element, count);
  }

  public LLVMTypeRef packedStruct(LLVMTypeRef... members) {
    return LLVMStructTypeInContext(context, new PointerPointer<>(members), members.length, 1);
  }

  // ---- blocks ----

  public LLVMBasicBlockRef appendBlock(LLVMValueRef function, String name) {
    return LLVMAppendBasicBlockInContext(context, function, name);
  }

  public void positionAtEnd(LLVMBasicBlockRef block) {
    LLVMPositionBuilderAtEnd(builder, block);
  }

  public LLVMBasicBlockRef currentBlock() {
    return LLVMGetInsertBlock(builder);
  }

  // ---- memory ----

  /** Address {@code base + offset} in bytes. */
  public LLVMValueRef offset(LLVMValueRef base, long offset) {
    if (offset == 0) {
      return base;
    }
    return LLVMBuildGEP2(builder, i8, base, new PointerPointer<>(new LLVMValueRef[] {word(offset)}), 1, "");
  }

  /** Address {@code base + offset} in bytes, with a run-time word offset. */
  public LLVMValueRef offset(LLVMValueRef base, LLVMValueRef offset) {
    return LLVMBuildGEP2(builder, i8, base, new PointerPointer<>(new LLVMValueRef[] {offset}), 1, "");
  }

  public LLVMValueRef load(LLVMTypeRef type, LLVMValueRef address) {
    return LLVMBuildLoad2(builder, type, address, "");
  }

  /** A load from {@code base + offset}. */
  public LLVMValueRef load(LLVMTypeRef type, LLVMValueRef base, long offset) {
    return load(type, offset(base, offset));
  }

  public LLVMValueRef store(LLVMValueRef value, LLVMValueRef address) {
    return LLVMBuildStore(builder, value, address);
  }

  // ---- calls ----

  public LLVMValueRef call(LLVMTypeRef functionType, LLVMValueRef function, LLVMValueRef... args) {
    return LLVMBuildCall2(builder, functionType, function, new PointerPointer<>(args),
        args.length, "");
  }

  /**
   * Calls an LLVM intrinsic.
   *
   * @param name the intrinsic's name without overload suffix ({@code llvm.fptosi.sat})
   * @param result the call's result type
   * @param overloads the types that select the overload, in LLVM's order
   * @param args the arguments
   */
  public LLVMValueRef callIntrinsic(String name, LLVMTypeRef result, LLVMTypeRef[] overloads,
      LLVMValueRef... args) {
    String key = name + "/" + overloads.length + "/" + LLVMPrintTypeToString(result).getString();
    for (LLVMTypeRef overload : overloads) {
      key += "/" + LLVMPrintTypeToString(overload).getString();
    }
    LLVMValueRef function = intrinsics.get(key);
    LLVMTypeRef type = intrinsicTypes.get(key);
    if (function == null) {
      int id = LLVMLookupIntrinsicID(name, name.length());
      if (id == 0) {
        throw new IllegalStateException("no LLVM intrinsic " + name);
      }
      function = LLVMGetIntrinsicDeclaration(module, id, new PointerPointer<>(overloads),
          overloads.length);
      type = LLVMGlobalGetValueType(function);
      intrinsics.put(key, function);
      intrinsicTypes.put(key, type);
    }
    return call(type, function, args);
  }

  /**
   * Emits inline assembly.
   *
   * @param asm the template and constraints
   * @param result the result type ({@code voidType} for none)
   * @param args the input operands
   */
  public LLVMValueRef inlineAsm(InlineAsm asm, LLVMTypeRef result, LLVMValueRef... args) {
    LLVMTypeRef[] parameterTypes = new LLVMTypeRef[args.length];
    for (int i = 0; i < args.length; i++) {
      parameterTypes[i] = LLVMTypeOf(args[i]);
    }
    LLVMTypeRef type = functionType(result, parameterTypes);
    LLVMValueRef code = LLVMGetInlineAsm(type, asm.template(), asm.template().length(),
        asm.constraints(), asm.constraints().length(), asm.hasSideEffects() ? 1 : 0, 0,
        LLVMInlineAsmDialectATT, 0);
    LLVMValueRef call = call(type, code, args);
    if (!asm.hasSideEffects()) {
      addCallAttribute(call, LLVMAttributeFunctionIndex, "memory", 0);
      addCallAttribute(call, LLVMAttributeFunctionIndex, "nounwind", 0);
      addCallAttribute(call, LLVMAttributeFunctionIndex, "willreturn", 0);
    }
    return call;
  }

  // ---- attributes ----

  public LLVMAttributeRef enumAttribute(String name, long value) {
    int kind = LLVMGetEnumAttributeKindForName(name, name.length());
    if (kind == 0) {
      throw new IllegalStateException("no LLVM attribute " + name);
    }
    return LLVMCreateEnumAttribute(context, kind, value);
  }

  public void addFunctionAttribute(LLVMValueRef function, String name) {
    LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex, enumAttribute(name, 0));
  }

  public void addFunctionAttribute(LLVMValueRef function, String key, String value) {
    LLVMAddAttributeAtIndex(function, LLVMAttributeFunctionIndex,
        LLVMCreateStringAttribute(context, key, key.length(), value, value.length()));
  }

  /** Adds an enum attribute to a function parameter (index 0 is the first parameter). */
  public void addParameterAttribute(LLVMValueRef function, int parameter, String name) {
    LLVMAddAttributeAtIndex(function, parameter + 1, enumAttribute(name, 0));
  }

  public void addCallAttribute(LLVMValueRef call, int index, String name, long value) {
    LLVMAddCallSiteAttribute(call, index, enumAttribute(name, value));
  }

  /**
   * Frees the module before {@link #close} (code emission does, once the module is written as
   * bitcode, to halve the compiler's peak memory). Nothing may use the module after this.
   */
  public void disposeModule() {
    if (!moduleDisposed) {
      moduleDisposed = true;
      LLVMDisposeModule(module);
    }
  }

  @Override
  public void close() {
    LLVMDisposeBuilder(builder);
    disposeModule();
    LLVMContextDispose(context);
  }
}
