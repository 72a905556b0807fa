package jeyra.compiler.reach;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import jeyra.compiler.model.Insns;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * Which instructions of a method can run, given what is constant at build time: literals,
 * the target queries of {@code TargetInfo}, methods whose whole body returns a constant
 * (such as {@code System.getSecurityManager()}, which jeyra substitutes to return null), and
 * the {@code static final} fields of classes initialised while building (such as the
 * {@code $assertionsDisabled} of every class with an {@code assert}), and the constants the
 * callers of a static method pass it (see {@link #analyze}).
 *
 * <p>A branch on such a constant only continues on its taken side, so code guarded by a
 * security manager, or written for another target, is never analysed or compiled. Every
 * stage asks the same question here, so the analysis and code generation agree.
 */
public final class LiveCode {
  /** Answers what is constant at build time. */
  public interface Constants {
    /**
     * The constant an {@code invokestatic} always returns ({@code Integer}, {@code Long},
     * {@link #NULL}, {@link #NON_NULL}), or null if it is not constant.
     */
    Object constantResult(MethodInsnNode call);

    /**
     * The constant a {@code getstatic} always reads ({@code Integer} or {@code Long}), or
     * null if the field can change.
     */
    Object constantField(FieldInsnNode read);
  }

  /** The constant null. */
  public static final Object NULL = new Object();
  /** A reference known not to be null. */
  public static final Object NON_NULL = new Object();

  private LiveCode() {}

  /** An abstract value: its size and the constant it certainly is, or null. */
  private static final class Constant implements Value {
    static final Constant UNKNOWN_1 = new Constant(1, null);
    static final Constant UNKNOWN_2 = new Constant(2, null);

    final int size;
    final Object value;

    Constant(int size, Object value) {
      this.size = size;
      this.value = value;
    }

    static Constant unknown(int size) {
      return size == 2 ? UNKNOWN_2 : UNKNOWN_1;
    }

    @Override
    public int getSize() {
      return size;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Constant && ((Constant) other).size == size
          && Objects.equals(((Constant) other).value, value);
    }

    @Override
    public int hashCode() {
      return size * 31 + Objects.hashCode(value);
    }
  }

  private static final class ConstantInterpreter extends Interpreter<Constant> {
    private final Constants constants;

    ConstantInterpreter(Constants constants) {
      super(Opcodes.ASM9);
      this.constants = constants;
    }

    @Override
    public Constant newValue(Type type) {
      if (type == null) {
        return Constant.UNKNOWN_1;
      }
      if (type.getSort() == Type.VOID) {
        return null;
      }
      return Constant.unknown(type.getSize());
    }

    @Override
    public Constant newOperation(AbstractInsnNode insn) {
      switch (insn.getOpcode()) {
        case Opcodes.ACONST_NULL:
          return new Constant(1, NULL);
        case Opcodes.ICONST_M1: case Opcodes.ICONST_0: case Opcodes.ICONST_1:
        case Opcodes.ICONST_2: case Opcodes.ICONST_3: case Opcodes.ICONST_4:
        case Opcodes.ICONST_5:
          return new Constant(1, insn.getOpcode() - Opcodes.ICONST_0);
        case Opcodes.LCONST_0: case Opcodes.LCONST_1:
          return new Constant(2, (long) (insn.getOpcode() - Opcodes.LCONST_0));
        case Opcodes.DCONST_0: case Opcodes.DCONST_1:
          return Constant.UNKNOWN_2;
        case Opcodes.BIPUSH: case Opcodes.SIPUSH:
          return new Constant(1, ((IntInsnNode) insn).operand);
        case Opcodes.LDC: {
          Object value = ((LdcInsnNode) insn).cst;
          if (value instanceof Integer) {
            return new Constant(1, value);
          } else if (value instanceof Long) {
            return new Constant(2, value);
          } else if (value instanceof Double) {
            return Constant.UNKNOWN_2;
          } else if (value instanceof String || value instanceof Type) {
            return new Constant(1, NON_NULL);
          }
          return Constant.UNKNOWN_1;
        }
        case Opcodes.NEW:
          return new Constant(1, NON_NULL);
        case Opcodes.GETSTATIC: {
          Type type = Type.getType(((FieldInsnNode) insn).desc);
          Object constant = constants.constantField((FieldInsnNode) insn);
          return constant instanceof Integer || constant instanceof Long
              ? new Constant(type.getSize(), constant) : Constant.unknown(type.getSize());
        }
        default:
          return Constant.UNKNOWN_1;
      }
    }

    @Override
    public Constant copyOperation(AbstractInsnNode insn, Constant value) {
      return value;
    }

    @Override
    public Constant unaryOperation(AbstractInsnNode insn, Constant value) {
      switch (insn.getOpcode()) {
        case Opcodes.CHECKCAST:
          return value;
        case Opcodes.NEWARRAY: case Opcodes.ANEWARRAY:
          return new Constant(1, NON_NULL);
        case Opcodes.IFEQ: case Opcodes.IFNE: case Opcodes.IFLT: case Opcodes.IFGE:
        case Opcodes.IFGT: case Opcodes.IFLE: case Opcodes.TABLESWITCH:
        case Opcodes.LOOKUPSWITCH: case Opcodes.IRETURN: case Opcodes.LRETURN:
        case Opcodes.FRETURN: case Opcodes.DRETURN: case Opcodes.ARETURN:
        case Opcodes.PUTSTATIC: case Opcodes.ATHROW: case Opcodes.MONITORENTER:
        case Opcodes.MONITOREXIT: case Opcodes.IFNULL: case Opcodes.IFNONNULL:
          return null;
        default:
          return Constant.unknown(Insns.unaryResultSize(insn));
      }
    }

    @Override
    public Constant binaryOperation(AbstractInsnNode insn, Constant left, Constant right) {
      switch (insn.getOpcode()) {
        case Opcodes.IF_ICMPEQ: case Opcodes.IF_ICMPNE: case Opcodes.IF_ICMPLT:
        case Opcodes.IF_ICMPGE: case Opcodes.IF_ICMPGT: case Opcodes.IF_ICMPLE:
        case Opcodes.IF_ACMPEQ: case Opcodes.IF_ACMPNE: case Opcodes.PUTFIELD:
          return null;
        default:
          return Constant.unknown(Insns.binaryResultSize(insn));
      }
    }

    @Override
    public Constant ternaryOperation(AbstractInsnNode insn, Constant value1, Constant value2,
        Constant value3) {
      return null;
    }

    @Override
    public Constant naryOperation(AbstractInsnNode insn, List<? extends Constant> values) {
      if (insn.getOpcode() == Opcodes.MULTIANEWARRAY) {
        return new Constant(1, NON_NULL);
      }
      if (insn.getOpcode() == Opcodes.INVOKEDYNAMIC) {
        return newValue(Type.getReturnType(
            ((org.objectweb.asm.tree.InvokeDynamicInsnNode) insn).desc));
      }
      MethodInsnNode call = (MethodInsnNode) insn;
      Type result = Type.getReturnType(call.desc);
      if (result.getSort() == Type.VOID) {
        return null;
      }
      if (call.getOpcode() == Opcodes.INVOKESTATIC) {
        Object constant = constants.constantResult(call);
        if (constant != null) {
          return new Constant(result.getSize(), constant);
        }
      }
      return Constant.unknown(result.getSize());
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, Constant value, Constant expected) {}

    @Override
    public Constant merge(Constant value1, Constant value2) {
      if (value1.equals(value2)) {
        return value1;
      }
      return Constant.unknown(Math.max(value1.size, value2.size));
    }
  }

  /**
   * What the analysis of one method found: which instructions can run, and the constants on
   * the operand stack before each of them.
   */
  public static final class Facts {
    private final boolean[] live;
    private final Frame<Constant>[] frames;

    Facts(boolean[] live, Frame<Constant>[] frames) {
      this.live = live;
      this.frames = frames;
    }

    /** For each instruction index, whether it can run. */
    public boolean[] live() {
      return live;
    }

    /**
     * The constants a call at an instruction passes ({@code Integer}, {@code Long},
     * {@link #NULL}, {@link #NON_NULL}, or null where not constant), one per argument in the
     * order of the descriptor; all null if the instruction cannot run.
     */
    public Object[] arguments(int index, int count) {
      Object[] values = new Object[count];
      Frame<Constant> frame = frames[index];
      if (frame == null || !live[index]) {
        return values;
      }
      for (int i = 0; i < count; i++) {
        values[i] = frame.getStack(frame.getStackSize() - count + i).value;
      }
      return values;
    }
  }

  /**
   * Computes the live instructions.
   *
   * @param owner the declaring class, internal form
   * @param node the method
   * @param constants what is constant at build time
   * @return for each instruction index, whether it can run
   */
  public static boolean[] compute(String owner, MethodNode node, Constants constants) {
    return analyze(owner, node, constants, null).live();
  }

  /**
   * Computes the live instructions of a static method whose callers pass some arguments
   * constant ({@code Arrays.sort} passes {@code DualPivotQuicksort.sort} a parallelism of 0),
   * and the constants at each instruction, for the calls it makes in turn.
   *
   * @param owner the declaring class, internal form
   * @param node the method
   * @param constants what is constant at build time
   * @param parameters for a static method, the constant each parameter holds on entry (as
   *     {@link Facts#arguments} gives them; null where not constant), or null if none is
   * @return what is live, and the constants at each instruction
   */
  public static Facts analyze(String owner, MethodNode node, Constants constants,
      Object[] parameters) {
    AbstractInsnNode[] insns = node.instructions.toArray();
    boolean[] live = new boolean[insns.length];
    @SuppressWarnings("unchecked")
    Frame<Constant>[] frames = new Frame[insns.length];
    Facts facts = new Facts(live, frames);
    if (insns.length == 0) {
      return facts;
    }
    ConstantInterpreter interpreter = new ConstantInterpreter(constants);
    java.util.Map<AbstractInsnNode, Integer> indices = new java.util.IdentityHashMap<>();
    for (int i = 0; i < insns.length; i++) {
      indices.put(insns[i], i);
    }
    Frame<Constant> entry = new Frame<>(node.maxLocals, node.maxStack);
    boolean isStatic = (node.access & Opcodes.ACC_STATIC) != 0;
    int local = 0;
    if (!isStatic) {
      entry.setLocal(local++, new Constant(1, NON_NULL));
    }
    Type[] arguments = Type.getArgumentTypes(node.desc);
    for (int i = 0; i < arguments.length; i++) {
      int size = arguments[i].getSize();
      Object value = isStatic && parameters != null ? parameters[i] : null;
      entry.setLocal(local++, value == null ? Constant.unknown(size) : new Constant(size, value));
      if (size == 2) {
        entry.setLocal(local++, Constant.UNKNOWN_1);
      }
    }
    while (local < node.maxLocals) {
      entry.setLocal(local++, Constant.UNKNOWN_1);
    }
    Deque<Integer> worklist = new ArrayDeque<>();
    frames[0] = entry;
    worklist.add(0);
    try {
      while (!worklist.isEmpty()) {
        int index = worklist.poll();
        live[index] = true;
        AbstractInsnNode insn = insns[index];
        Frame<Constant> before = frames[index];
        for (TryCatchBlockNode handler : node.tryCatchBlocks) {
          if (index >= indices.get(handler.start) && index < indices.get(handler.end)) {
            Frame<Constant> caught = new Frame<>(before);
            caught.clearStack();
            caught.push(new Constant(1, NON_NULL));
            flow(frames, worklist, indices.get(handler.handler), caught, interpreter);
          }
        }
        int opcode = insn.getOpcode();
        if (opcode < 0) {
          if (index + 1 < insns.length) {
            flow(frames, worklist, index + 1, before, interpreter);
          }
          continue;
        }
        Frame<Constant> after = new Frame<>(before);
        if (insn instanceof JumpInsnNode) {
          Boolean taken = evaluate(insn, before);
          after.execute(insn, interpreter);
          int target = indices.get(((JumpInsnNode) insn).label);
          if (opcode == Opcodes.GOTO || Boolean.TRUE.equals(taken)) {
            flow(frames, worklist, target, after, interpreter);
          } else if (Boolean.FALSE.equals(taken)) {
            flow(frames, worklist, index + 1, after, interpreter);
          } else {
            flow(frames, worklist, target, after, interpreter);
            flow(frames, worklist, index + 1, after, interpreter);
          }
          continue;
        }
        if (insn instanceof TableSwitchInsnNode || insn instanceof LookupSwitchInsnNode) {
          after.execute(insn, interpreter);
          for (LabelNode label : switchTargets(insn, before)) {
            flow(frames, worklist, indices.get(label), after, interpreter);
          }
          continue;
        }
        if ((opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN)
            || opcode == Opcodes.ATHROW) {
          continue;
        }
        after.execute(insn, interpreter);
        if (index + 1 < insns.length) {
          flow(frames, worklist, index + 1, after, interpreter);
        }
      }
    } catch (AnalyzerException | RuntimeException e) {
      java.util.Arrays.fill(live, true); // invalid code: let later stages report it
    }
    return facts;
  }

  private static void flow(Frame<Constant>[] frames, Deque<Integer> worklist, int target,
      Frame<Constant> frame, ConstantInterpreter interpreter) throws AnalyzerException {
    if (frames[target] == null) {
      frames[target] = new Frame<>(frame);
      worklist.add(target);
    } else if (frames[target].merge(frame, interpreter)) {
      worklist.add(target);
    }
  }

  /** Whether a conditional jump is taken, if its operands are constants; else null. */
  private static Boolean evaluate(AbstractInsnNode insn, Frame<Constant> frame) {
    int opcode = insn.getOpcode();
    int top = frame.getStackSize() - 1;
    switch (opcode) {
      case Opcodes.IFNULL:
      case Opcodes.IFNONNULL: {
        Object value = frame.getStack(top).value;
        if (value == NULL) {
          return opcode == Opcodes.IFNULL;
        }
        if (value == NON_NULL) {
          return opcode == Opcodes.IFNONNULL;
        }
        return null;
      }
      case Opcodes.IFEQ: case Opcodes.IFNE: case Opcodes.IFLT: case Opcodes.IFGE:
      case Opcodes.IFGT: case Opcodes.IFLE: {
        Object value = frame.getStack(top).value;
        return value instanceof Integer ? Insns.compare(opcode - Opcodes.IFEQ, (Integer) value, 0)
            : null;
      }
      case Opcodes.IF_ICMPEQ: case Opcodes.IF_ICMPNE: case Opcodes.IF_ICMPLT:
      case Opcodes.IF_ICMPGE: case Opcodes.IF_ICMPGT: case Opcodes.IF_ICMPLE: {
        Object left = frame.getStack(top - 1).value;
        Object right = frame.getStack(top).value;
        return left instanceof Integer && right instanceof Integer
            ? Insns.compare(opcode - Opcodes.IF_ICMPEQ, (Integer) left, (Integer) right) : null;
      }
      default:
        return null;
    }
  }


  private static List<LabelNode> switchTargets(AbstractInsnNode insn, Frame<Constant> frame) {
    Object key = frame.getStack(frame.getStackSize() - 1).value;
    if (insn instanceof TableSwitchInsnNode) {
      TableSwitchInsnNode table = (TableSwitchInsnNode) insn;
      if (key instanceof Integer) {
        int k = (Integer) key;
        return List.of(k >= table.min && k <= table.max ? table.labels.get(k - table.min)
            : table.dflt);
      }
      java.util.List<LabelNode> all = new java.util.ArrayList<>(table.labels);
      all.add(table.dflt);
      return all;
    }
    LookupSwitchInsnNode lookup = (LookupSwitchInsnNode) insn;
    if (key instanceof Integer) {
      int at = lookup.keys.indexOf(key);
      return List.of(at >= 0 ? lookup.labels.get(at) : lookup.dflt);
    }
    java.util.List<LabelNode> all = new java.util.ArrayList<>(lookup.labels);
    all.add(lookup.dflt);
    return all;
  }
}
