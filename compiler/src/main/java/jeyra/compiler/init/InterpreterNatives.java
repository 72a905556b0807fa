package jeyra.compiler.init;

import java.util.HashMap;
import java.util.Map;
import jeyra.compiler.layout.ObjectLayout;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The methods the interpreter runs itself rather than from their code: natives whose result
 * the build can give exactly as the target's run would (identity hashes, which the image then
 * keeps; bit casts; {@code arraycopy}), and the {@code TargetInfo} intrinsics, answered for the
 * target. Every other native method and intrinsic ends the attempt.
 */
final class InterpreterNatives {
  /** A modelled method: receiver (if any) and arguments in, result (or null) out. */
  interface Native {
    Object call(Object[] args);
  }

  private final BuildTimeInit init;
  private final Universe universe;
  private final Map<String, Native> natives = new HashMap<>();

  InterpreterNatives(BuildTimeInit init, Universe universe) {
    this.init = init;
    this.universe = universe;
    add("java/lang/Object.hashCode()I", args -> init.identityHash(args[0]));
    add("java/lang/System.identityHashCode(Ljava/lang/Object;)I",
        args -> args[0] == null ? 0 : init.identityHash(args[0]));
    add("java/lang/Object.getClass()Ljava/lang/Class;",
        args -> new ClassRef(init.interpreter().typeOf(args[0])));
    add("java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V",
        this::arraycopy);
    add("java/lang/Object.clone()Ljava/lang/Object;", this::cloneArray);
    add("java/lang/Float.floatToRawIntBits(F)I", args -> bitCast("floatToRawIntBits", args[0]));
    add("java/lang/Float.intBitsToFloat(I)F", args -> bitCast("intBitsToFloat", args[0]));
    add("java/lang/Double.doubleToRawLongBits(D)J",
        args -> bitCast("doubleToRawLongBits", args[0]));
    add("java/lang/Double.longBitsToDouble(J)D", args -> bitCast("longBitsToDouble", args[0]));
    // Assertions are disabled at run time (the runtime's desiredAssertionStatus0).
    add("java/lang/Class.desiredAssertionStatus()Z", args -> 0);
    add("java/lang/Class.getPrimitiveClass(Ljava/lang/String;)Ljava/lang/Class;",
        args -> new ClassRef(primitive(init.literalText(args[0]))));
    add("jdk/internal/misc/Unsafe.objectFieldOffset(Ljava/lang/Class;Ljava/lang/String;)J",
        args -> fieldOffset(args[1], init.literalText(args[2])));
    // The runtime's substitution reads the element size from the hub; this is the same size.
    add("jdk/internal/misc/Unsafe.arrayIndexScale0(Ljava/lang/Class;)I",
        args -> elementBytes(args[1]));
  }

  private void add(String key, Native body) {
    natives.put(key, body);
  }

  /** The modelled body of a method, or null if it runs from its code. */
  Native lookup(MethodInfo method) {
    Native known = natives.get(method.owner().name() + "." + method.name()
        + method.descriptor());
    if (known == null && method.owner().name().equals("java/lang/StrictMath")
        && method.isNative()) {
      return strictMath(method);
    }
    return known;
  }

  /**
   * A native of {@code StrictMath}: the host's, since StrictMath's results are specified bit
   * for bit (fdlibm), and jeyra's substitutions give the same on every target.
   */
  private Native strictMath(MethodInfo method) {
    try {
      if (method.descriptor().equals("(D)D")) {
        java.lang.reflect.Method host = StrictMath.class.getMethod(method.name(), double.class);
        return args -> invokeHost(host, args);
      }
      if (method.descriptor().equals("(DD)D")) {
        java.lang.reflect.Method host = StrictMath.class.getMethod(method.name(), double.class,
            double.class);
        return args -> invokeHost(host, args);
      }
    } catch (NoSuchMethodException e) {
      return null;
    }
    return null;
  }

  private static Object invokeHost(java.lang.reflect.Method host, Object[] args) {
    try {
      return host.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("StrictMath." + host.getName() + " failed", e);
    }
  }

  /** A call to an intrinsic class: {@code TargetInfo} queries, and the bit casts. */
  Object intrinsic(MethodInsnNode call, Object[] args) {
    if (call.owner.equals(Intrinsics.TARGET_INFO)) {
      String argument = args.length == 1 ? init.literalText(args[0]) : null;
      Object value = init.constants().targetQuery(call.name, argument);
      if (value == null) {
        throw new InitAbort("asks TargetInfo." + call.name + " what this target cannot say");
      }
      return value instanceof String text ? init.literal(text) : value;
    }
    if (call.owner.equals(Intrinsics.BITS)) {
      Object result = bitCast(call.name, args[0]);
      if (result != null) {
        return result;
      }
    }
    throw new InitAbort("uses the intrinsic " + call.owner.substring(Intrinsics.PACKAGE.length())
        + "." + call.name);
  }

  /** A bit cast between a float or double and its bits, by its name in Float, Double, Bits. */
  private static Object bitCast(String name, Object value) {
    switch (name) {
      case "floatToRawIntBits": return Float.floatToRawIntBits((Float) value);
      case "intBitsToFloat": return Float.intBitsToFloat((Integer) value);
      case "doubleToRawLongBits": return Double.doubleToRawLongBits((Double) value);
      case "longBitsToDouble": return Double.longBitsToDouble((Long) value);
      default: return null;
    }
  }

  /**
   * The offset of a class's own instance field, as the compiler answers it for constant
   * arguments (code generation's {@code ConstantFolding}): symbolic until the layout exists.
   */
  private FieldOffset fieldOffset(Object type, String name) {
    if (type instanceof ClassRef ref) {
      for (jeyra.compiler.model.FieldInfo field : ref.type().fields()) {
        if (field.name().equals(name) && !field.isStatic()) {
          return new FieldOffset(field);
        }
      }
    }
    throw new InitAbort("asks the offset of a field the build cannot name");
  }

  /** The bytes an element of an array class takes on the target. */
  private int elementBytes(Object arrayClass) {
    if (!(arrayClass instanceof ClassRef ref) || !ref.type().isArray()) {
      throw new InitAbort("asks the element size of what is not an array class");
    }
    int wordBytes = (Integer) init.constants().targetQuery("wordBytes", null);
    return new ObjectLayout(wordBytes).storageBytes(
        Type.getType(ref.type().componentType().descriptor()));
  }

  private ClassInfo primitive(String name) {
    for (Type type : new Type[] {Type.VOID_TYPE, Type.BOOLEAN_TYPE, Type.CHAR_TYPE,
        Type.BYTE_TYPE, Type.SHORT_TYPE, Type.INT_TYPE, Type.FLOAT_TYPE, Type.LONG_TYPE,
        Type.DOUBLE_TYPE}) {
      if (type.getClassName().equals(name)) {
        return universe.primitive(type);
      }
    }
    throw new InitAbort("asks for the primitive class " + name);
  }

  /** {@code clone} of an array: a new array, of the cloning class, with the same elements. */
  private Object cloneArray(Object[] args) {
    if (!(args[0] instanceof HeapObject original) || !original.isArray()) {
      throw new InitAbort("clones an object that is not an array");
    }
    init.checkElementRead(original);
    HeapObject copy = HeapObject.array(original.type, init.allocationOwner(), original.length());
    System.arraycopy(original.elements, 0, copy.elements, 0, original.length());
    return copy;
  }

  private Object arraycopy(Object[] args) {
    if (args[0] == null || args[2] == null) {
      throw new InitAbort("would throw NullPointerException");
    }
    if (!(args[0] instanceof HeapObject from) || !from.isArray()
        || !(args[2] instanceof HeapObject to) || !to.isArray()) {
      throw new InitAbort("would throw ArrayStoreException");
    }
    int fromIndex = (Integer) args[1];
    int toIndex = (Integer) args[3];
    int length = (Integer) args[4];
    if (fromIndex < 0 || toIndex < 0 || length < 0 || fromIndex + length > from.length()
        || toIndex + length > to.length()) {
      throw new InitAbort("would throw ArrayIndexOutOfBoundsException");
    }
    init.checkElementRead(from);
    init.checkElementWrite(to);
    ClassInfo fromComponent = from.type.componentType();
    ClassInfo toComponent = to.type.componentType();
    boolean references = fromComponent.primitiveType() == null;
    if (references != (toComponent.primitiveType() == null)
        || (!references && fromComponent != toComponent)) {
      throw new InitAbort("would throw ArrayStoreException");
    }
    if (references && !universe.isAssignable(fromComponent, toComponent)) {
      Object[] source = (Object[]) from.elements;
      for (int i = 0; i < length; i++) {
        Object element = source[fromIndex + i];
        if (element != null && !universe.isAssignable(init.interpreter().typeOf(element),
            toComponent)) {
          throw new InitAbort("would throw ArrayStoreException");
        }
      }
    }
    System.arraycopy(from.elements, fromIndex, to.elements, toIndex, length);
    return null;
  }
}
