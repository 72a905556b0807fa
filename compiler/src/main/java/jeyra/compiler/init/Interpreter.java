package jeyra.compiler.init;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.Map;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Insns;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import jeyra.compiler.reach.Resolver;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Runs bytecode of jeyra's class model at build time, for {@link BuildTimeInit}: every
 * instruction with the JVM's semantics on {@link HeapObject}s, except that whatever the rule of
 * {@link BuildTimeInit} forbids, or any exception, ends the attempt with an {@link InitAbort}.
 *
 * <p>Frames hold JVM slots: a {@code long} or {@code double} is its value followed by
 * {@link #TOP}, so that the stack instructions ({@code dup2_x1}, ...) work on slots as the JVM
 * defines them.
 */
final class Interpreter {
  /** The second slot of a long or double. */
  private static final Object TOP = new Object() {
    @Override
    public String toString() {
      return "top";
    }
  };
  private static final int MAX_DEPTH = 200;
  private static final int MAX_ARRAY_LENGTH = 1 << 20;

  private final BuildTimeInit init;
  private final Universe universe;
  private final Resolver resolver;
  private final InterpreterNatives natives;
  private final Map<MethodInfo, Code> code = new HashMap<>();
  private long budget;
  private int depth;

  Interpreter(BuildTimeInit init, Universe universe, Resolver resolver) {
    this.init = init;
    this.universe = universe;
    this.resolver = resolver;
    this.natives = new InterpreterNatives(init, universe);
  }

  /** Gives the next attempt this many instructions to run in. */
  void setBudget(long instructions) {
    budget = instructions;
  }

  /** A method's instructions, with each label's index. */
  private record Code(AbstractInsnNode[] insns, Map<LabelNode, Integer> labels) {}

  private Code code(MethodInfo method) {
    return code.computeIfAbsent(method, m -> {
      InsnList list = m.node().instructions;
      AbstractInsnNode[] insns = list.toArray();
      Map<LabelNode, Integer> labels = new HashMap<>();
      for (int i = 0; i < insns.length; i++) {
        if (insns[i] instanceof LabelNode label) {
          labels.put(label, i);
        }
      }
      return new Code(insns, labels);
    });
  }

  /**
   * Runs a method.
   *
   * @param args the receiver (for an instance method) and the arguments, one entry each
   * @return its result (null for void)
   */
  Object invoke(MethodInfo method, Object[] args) {
    InterpreterNatives.Native modelled = natives.lookup(method);
    if (modelled != null) {
      return modelled.call(args);
    }
    if (method.isAbstract()) {
      throw new InitAbort("calls abstract " + method);
    }
    if (!method.hasCode()) {
      throw new InitAbort("calls native " + method);
    }
    if (depth >= MAX_DEPTH) {
      throw new InitAbort("calls nest deeper than " + MAX_DEPTH);
    }
    depth++;
    try {
      return run(method, args);
    } finally {
      depth--;
    }
  }

  private Object run(MethodInfo method, Object[] args) {
    Code body = code(method);
    Object[] locals = new Object[Math.max(1, method.node().maxLocals)];
    int slot = 0;
    for (Object arg : args) {
      locals[slot++] = arg;
      if (arg instanceof Long || arg instanceof Double) {
        locals[slot++] = TOP;
      }
    }
    Frame f = new Frame(method.node().maxStack);
    try {
      return execute(method, body, locals, f);
    } catch (InitAbort e) {
      e.at(method.owner().binaryName() + "." + method.name());
      throw e;
    }
  }

  private Object execute(MethodInfo method, Code body, Object[] locals, Frame f) {
    int pc = 0;
    while (true) {
      if (--budget < 0) {
        throw new InitAbort("runs more instructions than the build allows");
      }
      AbstractInsnNode insn = body.insns[pc];
      int op = insn.getOpcode();
      int next = pc + 1;
      switch (op) {
        case -1:
        case NOP:
          break;
        case ACONST_NULL:
          f.push(null);
          break;
        case ICONST_M1: case ICONST_0: case ICONST_1: case ICONST_2: case ICONST_3:
        case ICONST_4: case ICONST_5:
          f.push(op - ICONST_0);
          break;
        case LCONST_0: case LCONST_1:
          f.push2((long) (op - LCONST_0));
          break;
        case FCONST_0: case FCONST_1: case FCONST_2:
          f.push((float) (op - FCONST_0));
          break;
        case DCONST_0: case DCONST_1:
          f.push2((double) (op - DCONST_0));
          break;
        case BIPUSH: case SIPUSH:
          f.push(((IntInsnNode) insn).operand);
          break;
        case LDC:
          ldc(f, ((LdcInsnNode) insn).cst);
          break;
        case ILOAD: case FLOAD: case ALOAD:
          f.push(locals[((VarInsnNode) insn).var]);
          break;
        case LLOAD: case DLOAD:
          f.push2(locals[((VarInsnNode) insn).var]);
          break;
        case ISTORE: case FSTORE: case ASTORE:
          locals[((VarInsnNode) insn).var] = f.pop();
          break;
        case LSTORE: case DSTORE: {
          int var = ((VarInsnNode) insn).var;
          locals[var] = f.pop2();
          locals[var + 1] = TOP;
          break;
        }
        case IALOAD: case LALOAD: case FALOAD: case DALOAD: case AALOAD: case BALOAD:
        case CALOAD: case SALOAD:
          arrayLoad(f, op);
          break;
        case IASTORE: case LASTORE: case FASTORE: case DASTORE: case AASTORE: case BASTORE:
        case CASTORE: case SASTORE:
          arrayStore(f, op);
          break;
        case POP:
          f.pop();
          break;
        case POP2:
          f.pop();
          f.pop();
          break;
        case DUP: {
          Object a = f.peek(0);
          f.push(a);
          break;
        }
        case DUP_X1: {
          Object a = f.pop();
          Object b = f.pop();
          f.push(a);
          f.push(b);
          f.push(a);
          break;
        }
        case DUP_X2: {
          Object a = f.pop();
          Object b = f.pop();
          Object c = f.pop();
          f.push(a);
          f.push(c);
          f.push(b);
          f.push(a);
          break;
        }
        case DUP2: {
          Object a = f.peek(0);
          Object b = f.peek(1);
          f.push(b);
          f.push(a);
          break;
        }
        case DUP2_X1: {
          Object a = f.pop();
          Object b = f.pop();
          Object c = f.pop();
          f.push(b);
          f.push(a);
          f.push(c);
          f.push(b);
          f.push(a);
          break;
        }
        case DUP2_X2: {
          Object a = f.pop();
          Object b = f.pop();
          Object c = f.pop();
          Object d = f.pop();
          f.push(b);
          f.push(a);
          f.push(d);
          f.push(c);
          f.push(b);
          f.push(a);
          break;
        }
        case SWAP: {
          Object a = f.pop();
          Object b = f.pop();
          f.push(a);
          f.push(b);
          break;
        }
        case IADD: case ISUB: case IMUL: case IDIV: case IREM: case ISHL: case ISHR: case IUSHR:
        case IAND: case IOR: case IXOR: {
          int b = f.popInt();
          int a = f.popInt();
          f.push(intOp(op, a, b));
          break;
        }
        case LADD: case LSUB: case LMUL: case LDIV: case LREM: case LAND: case LOR: case LXOR: {
          long b = f.popLong();
          long a = f.popLong();
          f.push2(longOp(op, a, b));
          break;
        }
        case LSHL: case LSHR: case LUSHR: {
          int b = f.popInt();
          long a = f.popLong();
          f.push2(op == LSHL ? a << b : op == LSHR ? a >> b : a >>> b);
          break;
        }
        case FADD: case FSUB: case FMUL: case FDIV: case FREM: {
          float b = f.popFloat();
          float a = f.popFloat();
          f.push(op == FADD ? a + b : op == FSUB ? a - b : op == FMUL ? a * b
              : op == FDIV ? a / b : a % b);
          break;
        }
        case DADD: case DSUB: case DMUL: case DDIV: case DREM: {
          double b = f.popDouble();
          double a = f.popDouble();
          f.push2(op == DADD ? a + b : op == DSUB ? a - b : op == DMUL ? a * b
              : op == DDIV ? a / b : a % b);
          break;
        }
        case INEG:
          f.push(-f.popInt());
          break;
        case LNEG:
          f.push2(-f.popLong());
          break;
        case FNEG:
          f.push(-f.popFloat());
          break;
        case DNEG:
          f.push2(-f.popDouble());
          break;
        case IINC: {
          IincInsnNode inc = (IincInsnNode) insn;
          locals[inc.var] = (Integer) locals[inc.var] + inc.incr;
          break;
        }
        case I2L:
          f.push2((long) f.popInt());
          break;
        case I2F:
          f.push((float) f.popInt());
          break;
        case I2D:
          f.push2((double) f.popInt());
          break;
        case L2I:
          f.push((int) f.popLong());
          break;
        case L2F:
          f.push((float) f.popLong());
          break;
        case L2D:
          f.push2((double) f.popLong());
          break;
        case F2I:
          f.push((int) f.popFloat());
          break;
        case F2L:
          f.push2((long) f.popFloat());
          break;
        case F2D:
          f.push2((double) f.popFloat());
          break;
        case D2I:
          f.push((int) f.popDouble());
          break;
        case D2L:
          f.push2((long) f.popDouble());
          break;
        case D2F:
          f.push((float) f.popDouble());
          break;
        case I2B:
          f.push((int) (byte) f.popInt());
          break;
        case I2C:
          f.push((int) (char) f.popInt());
          break;
        case I2S:
          f.push((int) (short) f.popInt());
          break;
        case LCMP: {
          long b = f.popLong();
          long a = f.popLong();
          f.push(Long.compare(a, b));
          break;
        }
        case FCMPL: case FCMPG: {
          float b = f.popFloat();
          float a = f.popFloat();
          f.push(Float.isNaN(a) || Float.isNaN(b) ? (op == FCMPG ? 1 : -1)
              : a < b ? -1 : a > b ? 1 : 0);
          break;
        }
        case DCMPL: case DCMPG: {
          double b = f.popDouble();
          double a = f.popDouble();
          f.push(Double.isNaN(a) || Double.isNaN(b) ? (op == DCMPG ? 1 : -1)
              : a < b ? -1 : a > b ? 1 : 0);
          break;
        }
        case IFEQ: case IFNE: case IFLT: case IFGE: case IFGT: case IFLE: {
          int a = f.popInt();
          if (Insns.compare(op - IFEQ, a, 0)) {
            next = target(body, insn);
          }
          break;
        }
        case IF_ICMPEQ: case IF_ICMPNE: case IF_ICMPLT: case IF_ICMPGE: case IF_ICMPGT:
        case IF_ICMPLE: {
          int b = f.popInt();
          int a = f.popInt();
          if (Insns.compare(op - IF_ICMPEQ, a, b)) {
            next = target(body, insn);
          }
          break;
        }
        case IF_ACMPEQ: case IF_ACMPNE: {
          Object b = f.pop();
          Object a = f.pop();
          if (sameReference(a, b) == (op == IF_ACMPEQ)) {
            next = target(body, insn);
          }
          break;
        }
        case IFNULL: case IFNONNULL:
          if ((f.pop() == null) == (op == IFNULL)) {
            next = target(body, insn);
          }
          break;
        case GOTO:
          next = target(body, insn);
          break;
        case TABLESWITCH: {
          TableSwitchInsnNode sw = (TableSwitchInsnNode) insn;
          int key = f.popInt();
          LabelNode to = key < sw.min || key > sw.max ? sw.dflt : sw.labels.get(key - sw.min);
          next = body.labels.get(to);
          break;
        }
        case LOOKUPSWITCH: {
          LookupSwitchInsnNode sw = (LookupSwitchInsnNode) insn;
          int index = sw.keys.indexOf(f.popInt());
          next = body.labels.get(index < 0 ? sw.dflt : sw.labels.get(index));
          break;
        }
        case IRETURN: case FRETURN: case ARETURN:
          return f.pop();
        case LRETURN: case DRETURN:
          return f.pop2();
        case RETURN:
          return null;
        case GETSTATIC: case PUTSTATIC: case GETFIELD: case PUTFIELD:
          field(f, (FieldInsnNode) insn);
          break;
        case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKESTATIC: case INVOKEINTERFACE:
          call(f, method, (MethodInsnNode) insn);
          break;
        case NEW: {
          ClassInfo type = type(((TypeInsnNode) insn).desc);
          if (type.isAbstract() || type.isInterface()) {
            throw new InitAbort("instantiates abstract " + type.binaryName());
          }
          if (type.hasFinalizer()) {
            // An image object is never registered: its finalizer would never run.
            throw new InitAbort("instantiates " + type.binaryName() + ", which has a finalizer");
          }
          init.require(type);
          f.push(HeapObject.instance(type, init.allocationOwner()));
          break;
        }
        case NEWARRAY:
          f.push(newArray(universe.require(Insns.newarrayDescriptor(
              ((IntInsnNode) insn).operand)), f.popInt()));
          break;
        case ANEWARRAY:
          f.push(newArray(universe.arrayOf(type(((TypeInsnNode) insn).desc)), f.popInt()));
          break;
        case MULTIANEWARRAY: {
          MultiANewArrayInsnNode multi = (MultiANewArrayInsnNode) insn;
          int[] lengths = new int[multi.dims];
          for (int i = multi.dims - 1; i >= 0; i--) {
            lengths[i] = f.popInt();
          }
          f.push(multiArray(type(multi.desc), lengths, 0));
          break;
        }
        case ARRAYLENGTH:
          f.push(array(f.pop()).length());
          break;
        case ATHROW:
          throw new InitAbort("throws " + describe(f.pop()));
        case CHECKCAST: {
          Object value = f.peek(0);
          if (value != null && !universe.isAssignable(typeOf(value),
              type(((TypeInsnNode) insn).desc))) {
            throw new InitAbort("would throw ClassCastException");
          }
          break;
        }
        case INSTANCEOF: {
          Object value = f.pop();
          f.push(value != null && universe.isAssignable(typeOf(value),
              type(((TypeInsnNode) insn).desc)) ? 1 : 0);
          break;
        }
        case MONITORENTER: case MONITOREXIT:
          if (f.pop() == null) {
            throw new InitAbort("would throw NullPointerException");
          }
          break; // one thread: locks change nothing
        default:
          throw new InitAbort("uses the instruction " + op + " the build does not interpret");
      }
      pc = next;
    }
  }

  // ---- constants and types ----

  private void ldc(Frame f, Object constant) {
    if (constant instanceof Long || constant instanceof Double) {
      f.push2(constant);
    } else if (constant instanceof Integer || constant instanceof Float) {
      f.push(constant);
    } else if (constant instanceof String text) {
      f.push(init.literal(text));
    } else if (constant instanceof Type type && type.getSort() != Type.METHOD) {
      f.push(new ClassRef(type(type.getSort() == Type.ARRAY ? type.getDescriptor()
          : type.getInternalName())));
    } else {
      throw new InitAbort("loads the constant " + (constant instanceof Handle ? "method handle"
          : constant.getClass().getSimpleName()) + ", which the build does not model");
    }
  }

  private ClassInfo type(String name) {
    ClassInfo type = universe.lookup(name);
    if (type == null) {
      throw new InitAbort("needs missing class " + name);
    }
    return type;
  }

  ClassInfo typeOf(Object value) {
    if (value instanceof HeapObject object) {
      return object.type;
    }
    if (value instanceof ClassRef) {
      return universe.require("java/lang/Class");
    }
    throw new IllegalStateException("not a reference: " + value);
  }

  private static boolean sameReference(Object a, Object b) {
    return a == b || (a instanceof ClassRef ra && b instanceof ClassRef rb
        && ra.type() == rb.type());
  }

  private static String describe(Object value) {
    return value instanceof HeapObject object ? object.type.binaryName() : String.valueOf(value);
  }

  // ---- arithmetic ----

  private static int intOp(int op, int a, int b) {
    switch (op) {
      case IADD: return a + b;
      case ISUB: return a - b;
      case IMUL: return a * b;
      case IDIV:
        if (b == 0) {
          throw new InitAbort("would throw ArithmeticException");
        }
        return a / b;
      case IREM:
        if (b == 0) {
          throw new InitAbort("would throw ArithmeticException");
        }
        return a % b;
      case ISHL: return a << b;
      case ISHR: return a >> b;
      case IUSHR: return a >>> b;
      case IAND: return a & b;
      case IOR: return a | b;
      default: return a ^ b;
    }
  }

  private static long longOp(int op, long a, long b) {
    switch (op) {
      case LADD: return a + b;
      case LSUB: return a - b;
      case LMUL: return a * b;
      case LDIV:
        if (b == 0) {
          throw new InitAbort("would throw ArithmeticException");
        }
        return a / b;
      case LREM:
        if (b == 0) {
          throw new InitAbort("would throw ArithmeticException");
        }
        return a % b;
      case LAND: return a & b;
      case LOR: return a | b;
      default: return a ^ b;
    }
  }


  private static int target(Code body, AbstractInsnNode insn) {
    return body.labels.get(((JumpInsnNode) insn).label);
  }

  // ---- arrays ----

  private HeapObject array(Object value) {
    if (value == null) {
      throw new InitAbort("would throw NullPointerException");
    }
    return (HeapObject) value;
  }

  private HeapObject newArray(ClassInfo arrayType, int length) {
    if (length < 0) {
      throw new InitAbort("would throw NegativeArraySizeException");
    }
    if (length > MAX_ARRAY_LENGTH) {
      throw new InitAbort("allocates an array of " + length + " elements");
    }
    return HeapObject.array(arrayType, init.allocationOwner(), length);
  }

  private HeapObject multiArray(ClassInfo arrayType, int[] lengths, int dimension) {
    HeapObject array = newArray(arrayType, lengths[dimension]);
    if (dimension + 1 < lengths.length) {
      Object[] elements = (Object[]) array.elements;
      for (int i = 0; i < elements.length; i++) {
        elements[i] = multiArray(arrayType.componentType(), lengths, dimension + 1);
      }
    }
    return array;
  }

  private void arrayLoad(Frame f, int op) {
    int index = f.popInt();
    HeapObject array = array(f.pop());
    checkIndex(array, index);
    init.checkElementRead(array);
    Object elements = array.elements;
    switch (op) {
      case IALOAD -> f.push(((int[]) elements)[index]);
      case LALOAD -> f.push2(((long[]) elements)[index]);
      case FALOAD -> f.push(((float[]) elements)[index]);
      case DALOAD -> f.push2(((double[]) elements)[index]);
      case AALOAD -> f.push(((Object[]) elements)[index]);
      case BALOAD -> f.push((int) ((byte[]) elements)[index]);
      case CALOAD -> f.push((int) ((char[]) elements)[index]);
      default -> f.push((int) ((short[]) elements)[index]);
    }
  }

  private void arrayStore(Frame f, int op) {
    Object value = op == LASTORE || op == DASTORE ? f.pop2() : f.pop();
    int index = f.popInt();
    HeapObject array = array(f.pop());
    checkIndex(array, index);
    init.checkElementWrite(array);
    Object elements = array.elements;
    switch (op) {
      case IASTORE -> ((int[]) elements)[index] = (Integer) value;
      case LASTORE -> ((long[]) elements)[index] = longValue(value);
      case FASTORE -> ((float[]) elements)[index] = (Float) value;
      case DASTORE -> ((double[]) elements)[index] = (Double) value;
      case AASTORE -> {
        if (value != null && !universe.isAssignable(typeOf(value),
            array.type.componentType())) {
          throw new InitAbort("would throw ArrayStoreException");
        }
        ((Object[]) elements)[index] = value;
      }
      case BASTORE -> ((byte[]) elements)[index] = (byte) (array.type.name().equals("[Z")
          ? (Integer) value & 1 : (Integer) value);
      case CASTORE -> ((char[]) elements)[index] = (char) (int) (Integer) value;
      default -> ((short[]) elements)[index] = (short) (int) (Integer) value;
    }
  }

  private static void checkIndex(HeapObject array, int index) {
    if (index < 0 || index >= array.length()) {
      throw new InitAbort("would throw ArrayIndexOutOfBoundsException");
    }
  }

  // ---- fields ----

  private void field(Frame f, FieldInsnNode insn) {
    ClassInfo named = type(insn.owner);
    FieldInfo field = resolver.resolveField(named, insn.name, insn.desc);
    boolean isStatic = insn.getOpcode() == GETSTATIC || insn.getOpcode() == PUTSTATIC;
    if (field == null || field.isStatic() != isStatic) {
      throw new InitAbort("would throw a linkage error for " + insn.owner + "." + insn.name);
    }
    boolean wide = field.type().getSize() == 2;
    switch (insn.getOpcode()) {
      case GETSTATIC -> {
        init.require(field.owner());
        Object value = init.readStatic(field);
        if (wide) {
          f.push2(value);
        } else {
          f.push(value);
        }
      }
      case PUTSTATIC -> {
        init.require(field.owner());
        init.writeStatic(field, wide ? f.pop2() : f.pop());
      }
      case GETFIELD -> {
        HeapObject object = instance(f.pop());
        f.pushValue(init.readField(object, field), wide);
      }
      default -> {
        Object value = wide ? f.pop2() : f.pop();
        init.writeField(instance(f.pop()), field, narrow(field.type(), value));
      }
    }
  }

  private HeapObject instance(Object value) {
    if (value == null) {
      throw new InitAbort("would throw NullPointerException");
    }
    if (value instanceof ClassRef ref) {
      throw new InitAbort("reads a field of the Class object of " + ref.type().binaryName());
    }
    return (HeapObject) value;
  }

  /** A value stored in a field of a small type, as the JVM truncates it. */
  private static Object narrow(Type type, Object value) {
    switch (type.getSort()) {
      case Type.BOOLEAN: return (Integer) value & 1;
      case Type.BYTE: return (int) (byte) (int) (Integer) value;
      case Type.CHAR: return (int) (char) (int) (Integer) value;
      case Type.SHORT: return (int) (short) (int) (Integer) value;
      default: return value;
    }
  }

  // ---- calls ----

  private void call(Frame f, MethodInfo caller, MethodInsnNode insn) {
    Type[] parameters = Type.getArgumentTypes(insn.desc);
    boolean hasReceiver = insn.getOpcode() != INVOKESTATIC;
    Object[] args = new Object[parameters.length + (hasReceiver ? 1 : 0)];
    for (int i = parameters.length - 1; i >= 0; i--) {
      args[i + (hasReceiver ? 1 : 0)] = parameters[i].getSize() == 2 ? f.pop2() : f.pop();
    }
    if (hasReceiver) {
      args[0] = f.pop();
      if (args[0] == null) {
        throw new InitAbort("would throw NullPointerException");
      }
    }
    Object result;
    if (Intrinsics.isIntrinsicClass(insn.owner)) {
      result = natives.intrinsic(insn, args);
    } else {
      Resolver.CallTarget target = resolver.callTarget(caller, insn);
      if (target == null) {
        throw new InitAbort("would throw a linkage error calling " + insn.owner + "."
            + insn.name);
      }
      MethodInfo method = target.direct();
      if (method == null) {
        method = resolver.select(typeOf(args[0]), target.resolved());
        if (method == null) {
          throw new InitAbort("would throw AbstractMethodError calling " + insn.name);
        }
      }
      if (method.isStatic()) {
        init.require(method.owner());
      }
      result = invoke(method, args);
    }
    Type returnType = Type.getReturnType(insn.desc);
    if (returnType.getSort() != Type.VOID) {
      f.pushValue(result, returnType.getSize() == 2);
    }
  }

  /** A long operand: a field offset cannot be computed with before the layout exists. */
  private static long longValue(Object value) {
    if (value instanceof FieldOffset offset) {
      throw new InitAbort("computes with the offset of " + offset.field());
    }
    return (Long) value;
  }

  /** An operand stack. */
  private static final class Frame {
    private final Object[] slots;
    private int top;

    Frame(int maxStack) {
      slots = new Object[Math.max(1, maxStack)];
    }

    void push(Object value) {
      slots[top++] = value;
    }

    void push2(Object value) {
      slots[top++] = value;
      slots[top++] = TOP;
    }

    void pushValue(Object value, boolean wide) {
      if (wide) {
        push2(value);
      } else {
        push(value);
      }
    }

    Object pop() {
      return slots[--top];
    }

    Object pop2() {
      top -= 2;
      return slots[top];
    }

    Object peek(int depth) {
      return slots[top - 1 - depth];
    }

    int popInt() {
      return (Integer) pop();
    }

    long popLong() {
      return longValue(pop2());
    }

    float popFloat() {
      return (Float) pop();
    }

    double popDouble() {
      return (Double) pop2();
    }
  }
}
