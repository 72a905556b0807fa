package jeyra.compiler.lower;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Bytecode for the conversions method handles apply when they adapt a value from one type to
 * another ({@code MethodHandle.asType}, LambdaMetafactory's argument adaptation): primitive
 * widening, boxing, unboxing and reference casts.
 */
final class Conversions {
  private Conversions() {}

  /**
   * Emits code that turns the value on the stack, of type {@code from}, into {@code to}.
   *
   * @param code where the instructions go
   * @param from the value's static type
   * @param to the wanted type
   */
  static void convert(InsnList code, Type from, Type to) {
    if (from.equals(to)) {
      return;
    }
    boolean fromPrimitive = isPrimitive(from);
    boolean toPrimitive = isPrimitive(to);
    if (fromPrimitive && toPrimitive) {
      widen(code, from, to);
    } else if (fromPrimitive) {
      box(code, from);
      cast(code, wrapper(from), to);
    } else if (toPrimitive) {
      Type box = isWrapper(from) ? from : wrapper(to);
      cast(code, from, box);
      unbox(code, box);
      widen(code, primitiveOf(box), to);
    } else {
      cast(code, from, to);
    }
  }

  static boolean isPrimitive(Type type) {
    return type.getSort() != Type.OBJECT && type.getSort() != Type.ARRAY;
  }

  private static void cast(InsnList code, Type from, Type to) {
    if (!from.equals(to) && !to.getDescriptor().equals("Ljava/lang/Object;")) {
      code.add(new TypeInsnNode(Opcodes.CHECKCAST, to.getInternalName()));
    }
  }

  /** Pushes the primitive on the stack boxed with {@code Wrapper.valueOf}. */
  static void box(InsnList code, Type primitive) {
    Type wrapper = wrapper(primitive);
    code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, wrapper.getInternalName(), "valueOf",
        "(" + primitive.getDescriptor() + ")" + wrapper.getDescriptor(), false));
  }

  private static void unbox(InsnList code, Type wrapper) {
    Type primitive = primitiveOf(wrapper);
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, wrapper.getInternalName(),
        primitive.getClassName() + "Value", "()" + primitive.getDescriptor(), false));
  }

  /** JLS 5.1.2 widening primitive conversions (nothing for identical types). */
  private static void widen(InsnList code, Type from, Type to) {
    int fromSort = from.getSort();
    int toSort = to.getSort();
    if (fromSort == toSort) {
      return;
    }
    boolean fromInt = fromSort == Type.INT || fromSort == Type.SHORT || fromSort == Type.BYTE
        || fromSort == Type.CHAR || fromSort == Type.BOOLEAN;
    if (fromInt) {
      switch (toSort) {
        case Type.LONG:
          code.add(new InsnNode(Opcodes.I2L));
          return;
        case Type.FLOAT:
          code.add(new InsnNode(Opcodes.I2F));
          return;
        case Type.DOUBLE:
          code.add(new InsnNode(Opcodes.I2D));
          return;
        default:
          return; // int-like to int-like: the same on the stack
      }
    }
    if (fromSort == Type.LONG) {
      code.add(new InsnNode(toSort == Type.FLOAT ? Opcodes.L2F : Opcodes.L2D));
    } else if (fromSort == Type.FLOAT && toSort == Type.DOUBLE) {
      code.add(new InsnNode(Opcodes.F2D));
    }
  }

  static boolean isWrapper(Type type) {
    return primitiveOf(type) != null;
  }

  /** The wrapper class of a primitive type. */
  static Type wrapper(Type primitive) {
    switch (primitive.getSort()) {
      case Type.BOOLEAN:
        return Type.getObjectType("java/lang/Boolean");
      case Type.BYTE:
        return Type.getObjectType("java/lang/Byte");
      case Type.CHAR:
        return Type.getObjectType("java/lang/Character");
      case Type.SHORT:
        return Type.getObjectType("java/lang/Short");
      case Type.INT:
        return Type.getObjectType("java/lang/Integer");
      case Type.LONG:
        return Type.getObjectType("java/lang/Long");
      case Type.FLOAT:
        return Type.getObjectType("java/lang/Float");
      case Type.DOUBLE:
        return Type.getObjectType("java/lang/Double");
      default:
        throw new IllegalArgumentException("not a primitive type: " + primitive);
    }
  }

  /** The primitive type of a wrapper class, or null. */
  static Type primitiveOf(Type wrapper) {
    if (wrapper.getSort() != Type.OBJECT) {
      return null;
    }
    switch (wrapper.getInternalName()) {
      case "java/lang/Boolean":
        return Type.BOOLEAN_TYPE;
      case "java/lang/Byte":
        return Type.BYTE_TYPE;
      case "java/lang/Character":
        return Type.CHAR_TYPE;
      case "java/lang/Short":
        return Type.SHORT_TYPE;
      case "java/lang/Integer":
        return Type.INT_TYPE;
      case "java/lang/Long":
        return Type.LONG_TYPE;
      case "java/lang/Float":
        return Type.FLOAT_TYPE;
      case "java/lang/Double":
        return Type.DOUBLE_TYPE;
      default:
        return null;
    }
  }
}
