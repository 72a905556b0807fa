package jeyra.compiler.lower;

import static jeyra.compiler.model.Insns.nextReal;
import static jeyra.compiler.model.Insns.previousReal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.model.ClassTransformer;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Lowers VarHandles that a class creates from constants in its static initialiser
 * ({@code findVarHandle}, {@code findStaticVarHandle}, {@code arrayElementVarHandle}) and
 * keeps in a {@code static final} field: each access through such a field becomes a call of
 * a static helper that does the same access with the matching {@code jdk.internal.misc.Unsafe}
 * operation (the JDK's VarHandle implementations do exactly that), and the field itself is
 * left null, so no method-handle machinery is needed at run time.
 *
 * <p>Checks kept: a null receiver or array throws NullPointerException; an array index out
 * of bounds throws ArrayIndexOutOfBoundsException with the JDK's message. Not kept: the cast
 * of the receiver and value to the field's types (javac's static types already match).
 * VarHandles created any other way are left alone and rejected at build time where used.
 */
public final class VarHandleLowering implements ClassTransformer {
  private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
  private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
  private static final String METHOD_HANDLES = "java/lang/invoke/MethodHandles";
  private static final String UNSAFE = "jdk/internal/misc/Unsafe";

  /** What a lowered VarHandle accesses. */
  private record Target(Kind kind, Type owner, String name, Type type, boolean bigEndian) {
    Target(Kind kind, Type owner, String name, Type type) {
      this(kind, owner, name, type, false);
    }
  }

  private enum Kind {
    INSTANCE_FIELD,
    STATIC_FIELD,
    ARRAY_ELEMENT,
    /** {@code byteArrayViewVarHandle}: a wider primitive read from a byte[] at a byte index. */
    BYTE_ARRAY_VIEW
  }

  private final java.util.function.Function<String, ClassNode> classes;
  private final Map<String, Map<String, Target>> otherClasses = new HashMap<>();

  /**
   * @param classes the untransformed class file of a class by internal name, or null: for
   *     VarHandles a class uses from another class's static field
   */
  public VarHandleLowering(java.util.function.Function<String, ClassNode> classes) {
    this.classes = classes;
  }

  /** VarHandle operation names and the Unsafe operation each becomes, longest first. */
  private static final String[][] OPERATIONS = {
    {"getAndBitwiseOr", "getAndBitwiseOr"},
    {"getAndBitwiseAnd", "getAndBitwiseAnd"},
    {"getAndBitwiseXor", "getAndBitwiseXor"},
    {"compareAndExchange", "compareAndExchange"},
    {"weakCompareAndSet", "weakCompareAndSet"},
    {"compareAndSet", "compareAndSet"},
    {"getAndSet", "getAndSet"},
    {"getAndAdd", "getAndAdd"},
    {"get", "get"},
    {"set", "put"},
  };

  @Override
  public void transform(ClassNode node, Origin origin) {
    Map<String, Target> handles = findHandles(node);
    List<MethodNode> helpers = new ArrayList<>();
    Map<String, MethodNode> helperByKey = new HashMap<>();
    for (MethodNode method : new ArrayList<>(node.methods)) {
      if (method.instructions == null || !callsVarHandle(method)) {
        continue;
      }
      Frame<SourceValue>[] frames;
      try {
        frames = new Analyzer<>(new SourceInterpreter()).analyze(node.name, method);
      } catch (AnalyzerException e) {
        continue; // invalid code: later stages report it
      }
      AbstractInsnNode[] insns = method.instructions.toArray();
      for (int i = 0; i < insns.length; i++) {
        if (!(insns[i] instanceof MethodInsnNode) || frames[i] == null) {
          continue;
        }
        MethodInsnNode call = (MethodInsnNode) insns[i];
        if (!call.owner.equals(VAR_HANDLE) || call.getOpcode() != Opcodes.INVOKEVIRTUAL) {
          continue;
        }
        Frame<SourceValue> frame = frames[i];
        int arguments = Type.getArgumentTypes(call.desc).length;
        SourceValue receiver = frame.getStack(frame.getStackSize() - 1 - arguments);
        Target target = handleOf(node, receiver, handles);
        if (target != null && target.kind == Kind.BYTE_ARRAY_VIEW && !call.name.equals("get")
            && !call.name.equals("set")) {
          target = null; // other modes need aligned indices: left for the build to reject
        }
        String operation = operationOf(call.name);
        if (target == null || operation == null) {
          continue;
        }
        String key = target + "|" + call.name + call.desc;
        MethodNode helper = helperByKey.get(key);
        if (helper == null) {
          helper = helper(node, "jeyra$varHandle$" + helperByKey.size(), target, call.name,
              operation, call.desc);
          helperByKey.put(key, helper);
          helpers.add(helper);
        }
        method.instructions.set(call, new MethodInsnNode(Opcodes.INVOKESTATIC, node.name,
            helper.name, helper.desc, (node.access & Opcodes.ACC_INTERFACE) != 0));
      }
    }
    node.methods.addAll(helpers);
  }

  private static boolean callsVarHandle(MethodNode method) {
    for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null;
        insn = insn.getNext()) {
      if (insn instanceof MethodInsnNode && ((MethodInsnNode) insn).owner.equals(VAR_HANDLE)) {
        return true;
      }
    }
    return false;
  }

  private Target handleOf(ClassNode node, SourceValue receiver,
      Map<String, Target> handles) {
    if (receiver.insns.size() != 1) {
      return null;
    }
    AbstractInsnNode source = receiver.insns.iterator().next();
    if (source.getOpcode() != Opcodes.GETSTATIC) {
      return null;
    }
    FieldInsnNode field = (FieldInsnNode) source;
    if (field.owner.equals(node.name)) {
      return handles.get(field.name);
    }
    return otherClasses.computeIfAbsent(field.owner, owner -> {
      ClassNode other = classes.apply(owner);
      return other == null ? Map.of() : findHandles(other);
    }).get(field.name);
  }

  /**
   * Finds {@code putstatic X} of a VarHandle made from constants in {@code <clinit>}, and
   * replaces the making with {@code null}. Lookups made only for those handles become null
   * too, so {@code MethodHandles.lookup()} is not called at all.
   */
  private static Map<String, Target> findHandles(ClassNode node) {
    Map<String, Target> handles = new LinkedHashMap<>();
    MethodNode clinit = null;
    for (MethodNode method : node.methods) {
      if (method.name.equals("<clinit>")) {
        clinit = method;
      }
    }
    if (clinit == null) {
      return handles;
    }
    boolean otherLookupUses = false;
    for (AbstractInsnNode insn = clinit.instructions.getFirst(); insn != null;
        insn = insn.getNext()) {
      if (!(insn instanceof MethodInsnNode)) {
        continue;
      }
      MethodInsnNode call = (MethodInsnNode) insn;
      Target target = null;
      int popped = 0;
      if (call.owner.equals(LOOKUP) && (call.name.equals("findVarHandle")
          || call.name.equals("findStaticVarHandle"))) {
        AbstractInsnNode typeInsn = previousReal(call);
        AbstractInsnNode nameInsn = previousReal(typeInsn);
        AbstractInsnNode ownerInsn = previousReal(nameInsn);
        Type type = classConstant(typeInsn);
        Type owner = classConstant(ownerInsn);
        String name = stringConstant(nameInsn);
        if (type != null && owner != null && name != null) {
          target = new Target(call.name.equals("findVarHandle") ? Kind.INSTANCE_FIELD
              : Kind.STATIC_FIELD, owner, name, type);
          popped = 4;
        }
      } else if (call.owner.equals(METHOD_HANDLES) && call.name.equals("arrayElementVarHandle")) {
        Type arrayType = classConstant(previousReal(call));
        if (arrayType != null && arrayType.getSort() == Type.ARRAY) {
          target = new Target(Kind.ARRAY_ELEMENT, arrayType, null,
              Type.getType(arrayType.getDescriptor().substring(1)));
          popped = 1;
        }
      } else if (call.owner.equals(METHOD_HANDLES)
          && call.name.equals("byteArrayViewVarHandle")) {
        AbstractInsnNode order = previousReal(call);
        Type viewType = classConstant(previousReal(order));
        int element = viewType == null ? -1 : viewType.getElementType().getSort();
        boolean integral = element == Type.SHORT || element == Type.CHAR
            || element == Type.INT || element == Type.LONG;
        if (viewType != null && viewType.getSort() == Type.ARRAY && integral
            && order instanceof FieldInsnNode && order.getOpcode() == Opcodes.GETSTATIC
            && ((FieldInsnNode) order).owner.equals("java/nio/ByteOrder")) {
          target = new Target(Kind.BYTE_ARRAY_VIEW, Type.getType("[B"), null,
              Type.getType(viewType.getDescriptor().substring(1)),
              ((FieldInsnNode) order).name.equals("BIG_ENDIAN"));
          popped = 2;
        }
      } else if (call.owner.equals(LOOKUP)) {
        otherLookupUses = true;
      }
      AbstractInsnNode next = nextReal(call);
      if (target != null && next instanceof MethodInsnNode
          && ((MethodInsnNode) next).owner.equals(VAR_HANDLE)
          && ((MethodInsnNode) next).name.startsWith("withInvoke")) {
        // withInvokeExactBehavior() only changes how mismatched call types are treated.
        AbstractInsnNode behaviour = next;
        next = nextReal(next);
        clinit.instructions.remove(behaviour);
      }
      if (target == null || !(next instanceof FieldInsnNode)
          || next.getOpcode() != Opcodes.PUTSTATIC
          || !((FieldInsnNode) next).owner.equals(node.name)) {
        continue;
      }
      handles.put(((FieldInsnNode) next).name, target);
      InsnList replacement = new InsnList();
      for (int i = 0; i < popped; i++) {
        replacement.add(new InsnNode(Opcodes.POP));
      }
      replacement.add(new InsnNode(Opcodes.ACONST_NULL));
      AbstractInsnNode last = replacement.getLast();
      clinit.instructions.insert(call, replacement);
      clinit.instructions.remove(call);
      insn = last;
    }
    if (!handles.isEmpty() && !otherLookupUses) {
      removeLookups(clinit);
    }
    return handles;
  }

  /**
   * Replaces the making of {@code Lookup}s that only served the VarHandles removed above by
   * null: {@code MethodHandles.lookup()}, {@code privateLookupIn}, and a
   * {@code doPrivileged} whose result is cast to a Lookup.
   */
  private static void removeLookups(MethodNode clinit) {
    for (AbstractInsnNode insn = clinit.instructions.getFirst(); insn != null;
        insn = insn.getNext()) {
      if (!(insn instanceof MethodInsnNode)) {
        continue;
      }
      MethodInsnNode call = (MethodInsnNode) insn;
      int arguments;
      if (call.owner.equals(METHOD_HANDLES) && call.name.equals("lookup")) {
        arguments = 0;
      } else if (call.owner.equals(METHOD_HANDLES) && call.name.equals("privateLookupIn")) {
        arguments = 2;
      } else if (call.owner.equals("java/security/AccessController")
          && call.name.equals("doPrivileged")
          && call.desc.equals("(Ljava/security/PrivilegedAction;)Ljava/lang/Object;")
          && nextReal(call) instanceof org.objectweb.asm.tree.TypeInsnNode
          && ((org.objectweb.asm.tree.TypeInsnNode) nextReal(call)).desc.equals(LOOKUP)) {
        arguments = 1;
      } else {
        continue;
      }
      InsnList replacement = new InsnList();
      for (int i = 0; i < arguments; i++) {
        replacement.add(new InsnNode(Opcodes.POP));
      }
      replacement.add(new InsnNode(Opcodes.ACONST_NULL));
      AbstractInsnNode last = replacement.getLast();
      clinit.instructions.insert(call, replacement);
      clinit.instructions.remove(call);
      insn = last;
    }
  }

  private static String stringConstant(AbstractInsnNode insn) {
    return insn instanceof LdcInsnNode && ((LdcInsnNode) insn).cst instanceof String
        ? (String) ((LdcInsnNode) insn).cst : null;
  }

  /** {@code ldc SomeClass} or {@code getstatic Integer.TYPE} ({@code int.class}). */
  private static Type classConstant(AbstractInsnNode insn) {
    if (insn instanceof LdcInsnNode && ((LdcInsnNode) insn).cst instanceof Type) {
      return (Type) ((LdcInsnNode) insn).cst;
    }
    if (insn instanceof FieldInsnNode && insn.getOpcode() == Opcodes.GETSTATIC
        && ((FieldInsnNode) insn).name.equals("TYPE")) {
      Type primitive = Conversions.primitiveOf(Type.getObjectType(((FieldInsnNode) insn).owner));
      return primitive;
    }
    return null;
  }

  /** The Unsafe operation prefix for a VarHandle method, or null if not an access mode. */
  private static String operationOf(String mode) {
    for (String[] operation : OPERATIONS) {
      if (mode.startsWith(operation[0])) {
        String suffix = mode.substring(operation[0].length());
        if (suffix.isEmpty() || suffix.equals("Volatile") || suffix.equals("Acquire")
            || suffix.equals("Release") || suffix.equals("Opaque") || suffix.equals("Plain")) {
          return operation[1];
        }
      }
    }
    return null;
  }

  /** Unsafe's name for a field type: Int, Long, Reference... */
  private static String unsafeTypeName(Type type) {
    switch (type.getSort()) {
      case Type.BOOLEAN: return "Boolean";
      case Type.BYTE: return "Byte";
      case Type.SHORT: return "Short";
      case Type.CHAR: return "Char";
      case Type.INT: return "Int";
      case Type.LONG: return "Long";
      case Type.FLOAT: return "Float";
      case Type.DOUBLE: return "Double";
      default: return "Reference";
    }
  }

  private static Type unsafeValueType(Type type) {
    return Conversions.isPrimitive(type) ? type : Type.getType(Object.class);
  }

  /**
   * A static method {@code (VarHandle, coordinates..., values...)} doing one access mode on
   * one target with Unsafe.
   */
  private static MethodNode helper(ClassNode node, String name, Target target, String mode,
      String operation, String siteDescriptor) {
    Type site = Type.getMethodType(siteDescriptor);
    Type[] siteArguments = site.getArgumentTypes();
    Type[] parameters = new Type[siteArguments.length + 1];
    parameters[0] = Type.getObjectType(VAR_HANDLE);
    System.arraycopy(siteArguments, 0, parameters, 1, siteArguments.length);
    MethodNode helper = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC
        | Opcodes.ACC_SYNTHETIC, name, Type.getMethodDescriptor(site.getReturnType(), parameters),
        null, null);
    InsnList code = helper.instructions;
    code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, UNSAFE, "getUnsafe",
        "()L" + UNSAFE + ";", false));
    int slot = 1;
    int argument = 0;
    switch (target.kind) {
      case INSTANCE_FIELD:
        code.add(new VarInsnNode(Opcodes.ALOAD, slot++));
        argument++;
        requireNonNull(code);
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, UNSAFE, "getUnsafe",
            "()L" + UNSAFE + ";", false));
        code.add(new LdcInsnNode(target.owner));
        code.add(new LdcInsnNode(target.name));
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, UNSAFE, "objectFieldOffset",
            "(Ljava/lang/Class;Ljava/lang/String;)J", false));
        break;
      case STATIC_FIELD:
        code.add(new LdcInsnNode(target.owner));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "jeyra/intrinsics/Linkage",
            "initialize", "(Ljava/lang/Class;)V", false));
        code.add(new InsnNode(Opcodes.ACONST_NULL));
        code.add(new LdcInsnNode(target.owner));
        code.add(new LdcInsnNode(target.name));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "jeyra/intrinsics/Linkage",
            "staticFieldAddress", "(Ljava/lang/Class;Ljava/lang/String;)Ljeyra/intrinsics/Word;",
            false));
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "jeyra/intrinsics/Word", "toLong",
            "()J", false));
        break;
      case BYTE_ARRAY_VIEW: {
        int arraySlot = slot++;
        int indexSlot = slot++;
        argument += 2;
        code.add(new VarInsnNode(Opcodes.ALOAD, arraySlot));
        requireNonNull(code);
        code.add(new VarInsnNode(Opcodes.ILOAD, indexSlot));
        code.add(new VarInsnNode(Opcodes.ALOAD, arraySlot));
        code.add(new org.objectweb.asm.tree.TypeInsnNode(Opcodes.CHECKCAST, "[B"));
        code.add(new InsnNode(Opcodes.ARRAYLENGTH));
        code.add(new org.objectweb.asm.tree.IntInsnNode(Opcodes.BIPUSH,
            target.type.getSize() == 2 ? 7 : sizeOf(target.type) - 1));
        code.add(new InsnNode(Opcodes.ISUB));
        code.add(new FieldInsnNode(Opcodes.GETSTATIC, "jdk/internal/util/Preconditions",
            "AIOOBE_FORMATTER", "Ljava/util/function/BiFunction;"));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "jdk/internal/util/Preconditions",
            "checkIndex", "(IILjava/util/function/BiFunction;)I", false));
        code.add(new InsnNode(Opcodes.I2L));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, UNSAFE, "getUnsafe",
            "()L" + UNSAFE + ";", false));
        code.add(new LdcInsnNode(Type.getType("[B")));
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, UNSAFE, "arrayBaseOffset",
            "(Ljava/lang/Class;)I", false));
        code.add(new InsnNode(Opcodes.I2L));
        code.add(new InsnNode(Opcodes.LADD));
        break;
      }
      default: {
        int arraySlot = slot++;
        int indexSlot = slot++;
        argument += 2;
        code.add(new VarInsnNode(Opcodes.ALOAD, arraySlot));
        requireNonNull(code);
        code.add(new VarInsnNode(Opcodes.ILOAD, indexSlot));
        code.add(new VarInsnNode(Opcodes.ALOAD, arraySlot));
        code.add(new org.objectweb.asm.tree.TypeInsnNode(Opcodes.CHECKCAST,
            target.owner.getInternalName()));
        code.add(new InsnNode(Opcodes.ARRAYLENGTH));
        code.add(new FieldInsnNode(Opcodes.GETSTATIC, "jdk/internal/util/Preconditions",
            "AIOOBE_FORMATTER", "Ljava/util/function/BiFunction;"));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "jdk/internal/util/Preconditions",
            "checkIndex", "(IILjava/util/function/BiFunction;)I", false));
        code.add(new InsnNode(Opcodes.I2L));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, UNSAFE, "getUnsafe",
            "()L" + UNSAFE + ";", false));
        code.add(new LdcInsnNode(target.owner));
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, UNSAFE, "arrayIndexScale",
            "(Ljava/lang/Class;)I", false));
        code.add(new InsnNode(Opcodes.I2L));
        code.add(new InsnNode(Opcodes.LMUL));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, UNSAFE, "getUnsafe",
            "()L" + UNSAFE + ";", false));
        code.add(new LdcInsnNode(target.owner));
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, UNSAFE, "arrayBaseOffset",
            "(Ljava/lang/Class;)I", false));
        code.add(new InsnNode(Opcodes.I2L));
        code.add(new InsnNode(Opcodes.LADD));
      }
    }
    Type valueType = unsafeValueType(target.type);
    int values = 0;
    for (; argument < siteArguments.length; argument++) {
      code.add(new VarInsnNode(siteArguments[argument].getOpcode(Opcodes.ILOAD), slot));
      slot += siteArguments[argument].getSize();
      Conversions.convert(code, siteArguments[argument], target.type);
      values++;
    }
    String suffix = mode.substring(mode.startsWith("set") ? 3
        : operationPrefixLength(mode));
    String unsafeName = operation + unsafeTypeName(target.type) + suffix;
    if (target.kind == Kind.BYTE_ARRAY_VIEW) {
      unsafeName += "Unaligned"; // with a trailing boolean: big-endian
    }
    Type unsafeResult;
    if (operation.equals("put")) {
      unsafeResult = Type.VOID_TYPE;
    } else if (operation.equals("compareAndSet") || operation.equals("weakCompareAndSet")) {
      unsafeResult = Type.BOOLEAN_TYPE;
    } else {
      unsafeResult = valueType;
    }
    boolean endian = target.kind == Kind.BYTE_ARRAY_VIEW;
    if (endian) {
      code.add(new InsnNode(target.bigEndian ? Opcodes.ICONST_1 : Opcodes.ICONST_0));
    }
    Type[] unsafeParameters = new Type[2 + values + (endian ? 1 : 0)];
    unsafeParameters[0] = Type.getType(Object.class);
    unsafeParameters[1] = Type.LONG_TYPE;
    for (int i = 0; i < values; i++) {
      unsafeParameters[2 + i] = valueType;
    }
    if (endian) {
      unsafeParameters[2 + values] = Type.BOOLEAN_TYPE;
    }
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, UNSAFE, unsafeName,
        Type.getMethodDescriptor(unsafeResult, unsafeParameters), false));
    Type result = site.getReturnType();
    if (result.getSort() == Type.VOID) {
      if (unsafeResult.getSort() != Type.VOID) {
        code.add(new InsnNode(unsafeResult.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
      }
      code.add(new InsnNode(Opcodes.RETURN));
    } else {
      Type produced = unsafeResult.equals(valueType) ? target.type : unsafeResult;
      if (!Conversions.isPrimitive(produced) && !result.equals(produced)
          && !Conversions.isPrimitive(result)) {
        code.add(new org.objectweb.asm.tree.TypeInsnNode(Opcodes.CHECKCAST,
            result.getInternalName()));
      } else {
        Conversions.convert(code, produced, result);
      }
      code.add(new InsnNode(result.getOpcode(Opcodes.IRETURN)));
    }
    helper.maxLocals = slot;
    helper.maxStack = 16;
    return helper;
  }

  private static int sizeOf(Type type) {
    switch (type.getSort()) {
      case Type.SHORT:
      case Type.CHAR:
        return 2;
      case Type.INT:
      case Type.FLOAT:
        return 4;
      default:
        return 8;
    }
  }

  private static int operationPrefixLength(String mode) {
    for (String[] operation : OPERATIONS) {
      if (mode.startsWith(operation[0])) {
        return operation[0].length();
      }
    }
    throw new IllegalArgumentException(mode);
  }

  private static void requireNonNull(InsnList code) {
    code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects", "requireNonNull",
        "(Ljava/lang/Object;)Ljava/lang/Object;", false));
  }
}
