package jeyra.compiler.llvm;

import jeyra.compiler.layout.ObjectLayout;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.objectweb.asm.Type;

/** Maps JVM types to LLVM types: as values (locals, parameters) and as storage (fields). */
public final class LlvmTypes {
  private final Ir ir;

  public LlvmTypes(Ir ir) {
    this.ir = ir;
  }

  /** The LLVM type of a value of a kind. */
  public LLVMTypeRef of(JvmKind kind) {
    switch (kind) {
      case INT:
        return ir.i32;
      case LONG:
        return ir.i64;
      case FLOAT:
        return ir.f32;
      case DOUBLE:
        return ir.f64;
      case WORD:
        return ir.word;
      default:
        return ir.ptr;
    }
  }

  /** The LLVM type of a value of a JVM type ({@code void} included, for results). */
  public LLVMTypeRef value(Type type) {
    return type.getSort() == Type.VOID ? ir.voidType : of(JvmKind.of(type));
  }

  /** The LLVM type a field or array element of this JVM type is stored as. */
  public LLVMTypeRef storage(Type type) {
    switch (type.getSort()) {
      case Type.BOOLEAN:
      case Type.BYTE:
        return ir.i8;
      case Type.CHAR:
      case Type.SHORT:
        return ir.i16;
      case Type.INT:
        return ir.i32;
      case Type.LONG:
        return ir.i64;
      case Type.FLOAT:
        return ir.f32;
      case Type.DOUBLE:
        return ir.f64;
      default:
        return ObjectLayout.isWord(type) ? ir.word : ir.ptr;
    }
  }

  /** The function type of a method: {@code this} first for instance methods. */
  public LLVMTypeRef function(Type methodType, boolean isStatic) {
    Type[] arguments = methodType.getArgumentTypes();
    LLVMTypeRef[] parameters = new LLVMTypeRef[arguments.length + (isStatic ? 0 : 1)];
    int i = 0;
    if (!isStatic) {
      parameters[i++] = ir.ptr;
    }
    for (Type argument : arguments) {
      parameters[i++] = value(argument);
    }
    return ir.functionType(value(methodType.getReturnType()), parameters);
  }
}
