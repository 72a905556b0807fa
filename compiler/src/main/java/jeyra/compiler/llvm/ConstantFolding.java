package jeyra.compiler.llvm;

import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Calls answered at build time because their arguments are constants: the {@code Unsafe}
 * queries the JDK makes in static initialisers to find field offsets and array layouts.
 * In the JVM these ask the VM for its layout; here the compiler is the one who knows it.
 */
final class ConstantFolding {
  private static final String UNSAFE = "jdk/internal/misc/Unsafe";

  private ConstantFolding() {}

  /**
   * Folds the call if it is one of the known queries with constant arguments.
   *
   * @return whether the call was replaced by a constant
   */
  static boolean tryFold(MethodCompiler mc, MethodInsnNode insn) {
    if (!insn.owner.equals(UNSAFE)) {
      return false;
    }
    switch (insn.name + insn.desc) {
      case "objectFieldOffset(Ljava/lang/Class;Ljava/lang/String;)J":
        return fieldOffset(mc);
      case "arrayBaseOffset(Ljava/lang/Class;)I":
        return arrayQuery(mc, true);
      case "arrayIndexScale(Ljava/lang/Class;)I":
        return arrayQuery(mc, false);
      default:
        return false;
    }
  }

  private static boolean fieldOffset(MethodCompiler mc) {
    Object name = mc.peek(0).constant();
    Object type = mc.peek(1).constant();
    if (!(name instanceof String) || !(type instanceof Type)) {
      return false;
    }
    ClassInfo owner = mc.cg.universe.lookup((Type) type);
    if (owner == null) {
      return false;
    }
    FieldInfo field = null;
    for (FieldInfo candidate : owner.fields()) {
      if (candidate.name().equals(name) && !candidate.isStatic()) {
        field = candidate;
      }
    }
    if (field == null || field.offset() < 0) {
      return false; // the runtime reports it, as the JVM throws InternalError
    }
    mc.pop();
    mc.pop();
    mc.pop(); // the Unsafe instance
    mc.push(Value.constant(mc.ir.i64(field.offset()), JvmKind.LONG, (long) field.offset()));
    return true;
  }

  private static boolean arrayQuery(MethodCompiler mc, boolean base) {
    Object type = mc.peek(0).constant();
    if (!(type instanceof Type) || ((Type) type).getSort() != Type.ARRAY) {
      return false;
    }
    Type element = ((Type) type).getElementType();
    if (((Type) type).getDimensions() > 1) {
      element = Type.getType(((Type) type).getDescriptor().substring(1));
    }
    int value = base ? mc.cg.objects.arrayBaseOffset() : mc.cg.objects.storageBytes(element);
    mc.pop();
    mc.pop();
    mc.push(Value.constant(mc.ir.i32(value), JvmKind.INT, value));
    return true;
  }
}
