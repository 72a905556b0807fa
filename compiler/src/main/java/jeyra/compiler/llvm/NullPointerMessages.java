package jeyra.compiler.llvm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Origin;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The "helpful" NullPointerException messages of JDK 17 (JEP 358, on by default), computed at
 * build time for each instruction that can throw one: {@code Cannot invoke "String.length()"
 * because "<local1>" is null}.
 *
 * <p>HotSpot computes the message when {@code getMessage()} is first called, from a data-flow
 * analysis that records which instruction pushed each operand-stack entry. This class does
 * the same analysis over ASM's instructions and words the message the same way, so the
 * native program prints what the JVM prints. Entries for {@code long} and {@code double}
 * take two stack slots, as in HotSpot, because slot numbers decide which entry was null.
 *
 * <p>Messages are made for the user's classes only: each is a string in the image, and the
 * JDK's and runtime's thousands of null checks would cost more space than their rarely seen
 * messages are worth. Their NullPointerExceptions have no message.
 */
final class NullPointerMessages {
  private static final int MAX_DETAIL = 5;
  private static final Map<MethodNode, Analysis> CACHE = new WeakHashMap<>();

  private NullPointerMessages() {}

  /**
   * The message for a null dereference by {@code insn}, or null for no message (an explicit
   * constructor call, a non-user class, or an instruction that cannot throw one).
   */
  static String forInstruction(Universe universe, MethodInfo method, AbstractInsnNode insn) {
    if (method.owner().origin() != Origin.USER) {
      return null;
    }
    Analysis analysis;
    synchronized (CACHE) {
      analysis = CACHE.computeIfAbsent(method.node(), node -> new Analysis(method));
    }
    return analysis.message(insn);
  }

  /** One stack entry: the instruction that pushed it, or null when paths disagree. */
  private static final class Slot {
    final AbstractInsnNode source;

    Slot(AbstractInsnNode source) {
      this.source = source;
    }
  }

  /** The simulated stack before one instruction, and which locals were written. */
  private static final class State {
    final List<Slot> stack;
    final BitSet written;

    State(List<Slot> stack, BitSet written) {
      this.stack = stack;
      this.written = written;
    }

    State copy() {
      return new State(new ArrayList<>(stack), (BitSet) written.clone());
    }

    /** Slot 0 is the top of the stack. */
    Slot slot(int fromTop) {
      return stack.get(stack.size() - 1 - fromTop);
    }

    boolean localWritten(int local) {
      return local > 63 || written.get(local);
    }
  }

  private static final class Analysis {
    private final MethodInfo method;
    private final MethodNode node;
    private final AbstractInsnNode[] insns;
    private final Map<AbstractInsnNode, Integer> indices = new IdentityHashMap<>();
    private final State[] states;

    Analysis(MethodInfo method) {
      this.method = method;
      this.node = method.node();
      this.insns = node.instructions.toArray();
      for (int i = 0; i < insns.length; i++) {
        indices.put(insns[i], i);
      }
      this.states = new State[insns.length + 1];
      run();
    }

    private void run() {
      Deque<Integer> worklist = new ArrayDeque<>();
      states[0] = new State(new ArrayList<>(), new BitSet());
      worklist.add(0);
      for (TryCatchBlockNode handler : node.tryCatchBlocks) {
        int at = indices.get(handler.handler);
        if (states[at] == null) {
          List<Slot> stack = new ArrayList<>();
          stack.add(new Slot(handler.handler)); // the caught exception: describes nothing
          states[at] = new State(stack, new BitSet());
          worklist.add(at);
        }
      }
      while (!worklist.isEmpty()) {
        int at = worklist.poll();
        if (at >= insns.length) {
          continue;
        }
        State state = states[at].copy();
        List<Integer> successors = new ArrayList<>();
        boolean flowEnds = simulate(insns[at], state, successors);
        if (!flowEnds) {
          successors.add(at + 1);
        }
        for (int successor : successors) {
          if (merge(successor, state)) {
            worklist.add(successor);
          }
        }
      }
    }

    private boolean merge(int at, State incoming) {
      if (at > insns.length) {
        return false;
      }
      State known = states[at];
      if (known == null) {
        states[at] = incoming.copy();
        return true;
      }
      boolean changed = false;
      if (known.stack.size() != incoming.stack.size()) {
        return false; // impossible in verified code
      }
      for (int i = 0; i < known.stack.size(); i++) {
        Slot mine = known.stack.get(i);
        Slot theirs = incoming.stack.get(i);
        if (mine.source != null && mine.source != theirs.source) {
          known.stack.set(i, new Slot(null));
          changed = true;
        }
      }
      BitSet union = (BitSet) known.written.clone();
      union.or(incoming.written);
      if (!union.equals(known.written)) {
        known.written.or(incoming.written);
        changed = true;
      }
      return changed;
    }

    private static void push(State state, AbstractInsnNode source, int size) {
      for (int i = 0; i < size; i++) {
        state.stack.add(new Slot(source));
      }
    }

    private static void pop(State state, int count) {
      for (int i = 0; i < count; i++) {
        state.stack.remove(state.stack.size() - 1);
      }
    }

    private int index(LabelNode label) {
      return indices.get(label);
    }

    /** Simulates one instruction; returns whether control does not fall through. */
    private boolean simulate(AbstractInsnNode insn, State state, List<Integer> successors) {
      int opcode = insn.getOpcode();
      if (opcode < 0) {
        return false;
      }
      switch (opcode) {
        case Opcodes.NOP:
        case Opcodes.IINC:
        case Opcodes.CHECKCAST:
          return false;
        case Opcodes.ACONST_NULL: case Opcodes.ICONST_M1: case Opcodes.ICONST_0:
        case Opcodes.ICONST_1: case Opcodes.ICONST_2: case Opcodes.ICONST_3:
        case Opcodes.ICONST_4: case Opcodes.ICONST_5: case Opcodes.FCONST_0:
        case Opcodes.FCONST_1: case Opcodes.FCONST_2: case Opcodes.BIPUSH: case Opcodes.SIPUSH:
        case Opcodes.ILOAD: case Opcodes.FLOAD: case Opcodes.ALOAD: case Opcodes.NEW:
          push(state, insn, 1);
          return false;
        case Opcodes.LCONST_0: case Opcodes.LCONST_1: case Opcodes.DCONST_0:
        case Opcodes.DCONST_1: case Opcodes.LLOAD: case Opcodes.DLOAD:
          push(state, insn, 2);
          return false;
        case Opcodes.LDC: {
          Object constant = ((LdcInsnNode) insn).cst;
          push(state, insn, constant instanceof Long || constant instanceof Double ? 2 : 1);
          return false;
        }
        case Opcodes.IALOAD: case Opcodes.FALOAD: case Opcodes.AALOAD: case Opcodes.BALOAD:
        case Opcodes.CALOAD: case Opcodes.SALOAD:
          pop(state, 2);
          push(state, insn, 1);
          return false;
        case Opcodes.LALOAD: case Opcodes.DALOAD:
          pop(state, 2);
          push(state, insn, 2);
          return false;
        case Opcodes.ISTORE: case Opcodes.FSTORE: case Opcodes.ASTORE:
          state.written.set(Math.min(((VarInsnNode) insn).var, 64));
          pop(state, 1);
          return false;
        case Opcodes.LSTORE: case Opcodes.DSTORE:
          state.written.set(Math.min(((VarInsnNode) insn).var, 64));
          pop(state, 2);
          return false;
        case Opcodes.IASTORE: case Opcodes.FASTORE: case Opcodes.AASTORE: case Opcodes.BASTORE:
        case Opcodes.CASTORE: case Opcodes.SASTORE:
          pop(state, 3);
          return false;
        case Opcodes.LASTORE: case Opcodes.DASTORE:
          pop(state, 4);
          return false;
        case Opcodes.POP: case Opcodes.MONITORENTER: case Opcodes.MONITOREXIT:
          pop(state, 1);
          return false;
        case Opcodes.POP2:
          pop(state, 2);
          return false;
        case Opcodes.DUP:
          state.stack.add(state.slot(0));
          return false;
        case Opcodes.DUP_X1: {
          Slot top1 = state.slot(0);
          Slot top2 = state.slot(1);
          pop(state, 2);
          state.stack.addAll(List.of(top1, top2, top1));
          return false;
        }
        case Opcodes.DUP_X2: {
          Slot top1 = state.slot(0);
          Slot top2 = state.slot(1);
          Slot top3 = state.slot(2);
          pop(state, 3);
          state.stack.addAll(List.of(top1, top3, top2, top1));
          return false;
        }
        case Opcodes.DUP2: {
          Slot top1 = state.slot(0);
          Slot top2 = state.slot(1);
          state.stack.addAll(List.of(top2, top1));
          return false;
        }
        case Opcodes.DUP2_X1: {
          Slot top1 = state.slot(0);
          Slot top2 = state.slot(1);
          Slot top3 = state.slot(2);
          pop(state, 3);
          state.stack.addAll(List.of(top2, top1, top3, top2, top1));
          return false;
        }
        case Opcodes.DUP2_X2: {
          Slot top1 = state.slot(0);
          Slot top2 = state.slot(1);
          Slot top3 = state.slot(2);
          Slot top4 = state.slot(3);
          pop(state, 4);
          state.stack.addAll(List.of(top2, top1, top4, top3, top2, top1));
          return false;
        }
        case Opcodes.SWAP: {
          Slot top1 = state.slot(0);
          Slot top2 = state.slot(1);
          pop(state, 2);
          state.stack.addAll(List.of(top1, top2));
          return false;
        }
        case Opcodes.IADD: case Opcodes.FADD: case Opcodes.ISUB: case Opcodes.FSUB:
        case Opcodes.IMUL: case Opcodes.FMUL: case Opcodes.IDIV: case Opcodes.FDIV:
        case Opcodes.IREM: case Opcodes.FREM: case Opcodes.IAND: case Opcodes.IOR:
        case Opcodes.IXOR:
          pop(state, 2);
          push(state, insn, 1);
          return false;
        case Opcodes.LADD: case Opcodes.DADD: case Opcodes.LSUB: case Opcodes.DSUB:
        case Opcodes.LMUL: case Opcodes.DMUL: case Opcodes.LDIV: case Opcodes.DDIV:
        case Opcodes.LREM: case Opcodes.DREM: case Opcodes.LAND: case Opcodes.LOR:
        case Opcodes.LXOR:
          pop(state, 4);
          push(state, insn, 2);
          return false;
        case Opcodes.INEG: case Opcodes.FNEG:
          pop(state, 1);
          push(state, insn, 1);
          return false;
        case Opcodes.LNEG: case Opcodes.DNEG:
          pop(state, 2);
          push(state, insn, 2);
          return false;
        case Opcodes.ISHL: case Opcodes.ISHR: case Opcodes.IUSHR:
          pop(state, 2);
          push(state, insn, 1);
          return false;
        case Opcodes.LSHL: case Opcodes.LSHR: case Opcodes.LUSHR:
          pop(state, 3);
          push(state, insn, 2);
          return false;
        case Opcodes.I2F: case Opcodes.F2I: case Opcodes.I2B: case Opcodes.I2C:
        case Opcodes.I2S:
          pop(state, 1);
          push(state, insn, 1);
          return false;
        case Opcodes.I2L: case Opcodes.I2D: case Opcodes.F2L: case Opcodes.F2D:
          pop(state, 1);
          push(state, insn, 2);
          return false;
        case Opcodes.L2I: case Opcodes.L2F: case Opcodes.D2I: case Opcodes.D2F:
          pop(state, 2);
          push(state, insn, 1);
          return false;
        case Opcodes.L2D: case Opcodes.D2L:
          pop(state, 2);
          push(state, insn, 2);
          return false;
        case Opcodes.LCMP: case Opcodes.DCMPL: case Opcodes.DCMPG:
          pop(state, 4);
          push(state, insn, 1);
          return false;
        case Opcodes.FCMPL: case Opcodes.FCMPG:
          pop(state, 2);
          push(state, insn, 1);
          return false;
        case Opcodes.IFEQ: case Opcodes.IFNE: case Opcodes.IFLT: case Opcodes.IFGE:
        case Opcodes.IFGT: case Opcodes.IFLE: case Opcodes.IFNULL: case Opcodes.IFNONNULL:
          pop(state, 1);
          successors.add(index(((JumpInsnNode) insn).label));
          return false;
        case Opcodes.IF_ICMPEQ: case Opcodes.IF_ICMPNE: case Opcodes.IF_ICMPLT:
        case Opcodes.IF_ICMPGE: case Opcodes.IF_ICMPGT: case Opcodes.IF_ICMPLE:
        case Opcodes.IF_ACMPEQ: case Opcodes.IF_ACMPNE:
          pop(state, 2);
          successors.add(index(((JumpInsnNode) insn).label));
          return false;
        case Opcodes.GOTO:
          successors.add(index(((JumpInsnNode) insn).label));
          return true;
        case Opcodes.TABLESWITCH: {
          // HotSpot's analysis lets a switch fall through too; kept so messages agree.
          TableSwitchInsnNode table = (TableSwitchInsnNode) insn;
          pop(state, 1);
          successors.add(index(table.dflt));
          table.labels.forEach(label -> successors.add(index(label)));
          return false;
        }
        case Opcodes.LOOKUPSWITCH: {
          LookupSwitchInsnNode lookup = (LookupSwitchInsnNode) insn;
          pop(state, 1);
          successors.add(index(lookup.dflt));
          lookup.labels.forEach(label -> successors.add(index(label)));
          return false;
        }
        case Opcodes.IRETURN: case Opcodes.FRETURN: case Opcodes.ARETURN:
        case Opcodes.ATHROW:
          pop(state, 1);
          return true;
        case Opcodes.LRETURN: case Opcodes.DRETURN:
          pop(state, 2);
          return true;
        case Opcodes.RETURN:
          return true;
        case Opcodes.GETSTATIC:
          push(state, insn, Type.getType(((FieldInsnNode) insn).desc).getSize());
          return false;
        case Opcodes.GETFIELD:
          pop(state, 1);
          push(state, insn, Type.getType(((FieldInsnNode) insn).desc).getSize());
          return false;
        case Opcodes.PUTSTATIC:
          pop(state, Type.getType(((FieldInsnNode) insn).desc).getSize());
          return false;
        case Opcodes.PUTFIELD:
          pop(state, Type.getType(((FieldInsnNode) insn).desc).getSize() + 1);
          return false;
        case Opcodes.INVOKEVIRTUAL: case Opcodes.INVOKESPECIAL: case Opcodes.INVOKESTATIC:
        case Opcodes.INVOKEINTERFACE: {
          MethodInsnNode call = (MethodInsnNode) insn;
          if (opcode != Opcodes.INVOKESTATIC) {
            pop(state, 1);
          }
          pop(state, argumentSlots(call.desc));
          push(state, insn, Type.getReturnType(call.desc).getSize());
          return false;
        }
        case Opcodes.INVOKEDYNAMIC: {
          String descriptor = ((InvokeDynamicInsnNode) insn).desc;
          pop(state, argumentSlots(descriptor));
          push(state, insn, Type.getReturnType(descriptor).getSize());
          return false;
        }
        case Opcodes.NEWARRAY: case Opcodes.ANEWARRAY: case Opcodes.INSTANCEOF:
        case Opcodes.ARRAYLENGTH:
          pop(state, 1);
          push(state, insn, 1);
          return false;
        case Opcodes.MULTIANEWARRAY:
          pop(state, ((MultiANewArrayInsnNode) insn).dims);
          push(state, insn, 1);
          return false;
        default:
          return true; // jsr/ret never reach here: the parser inlines subroutines
      }
    }

    private static int argumentSlots(String descriptor) {
      return (Type.getArgumentsAndReturnSizes(descriptor) >> 2) - 1;
    }

    /** The message for {@code insn}, or null. */
    String message(AbstractInsnNode insn) {
      int at = indices.get(insn);
      if (states[at] == null) {
        return null;
      }
      int slot = nullSlot(insn);
      if (slot < 0) {
        return null;
      }
      StringBuilder text = new StringBuilder(failedAction(insn));
      StringBuilder cause = new StringBuilder();
      if (describe(cause, at, slot, MAX_DETAIL, false, " because \"")) {
        text.append(cause).append("\" is null");
      } else {
        text.append(cause); // HotSpot keeps a prefix it printed before giving up
      }
      return text.toString();
    }

    /** Which stack slot held the null; -1 if none can (or the NPE is explicit). */
    private int nullSlot(AbstractInsnNode insn) {
      switch (insn.getOpcode()) {
        case Opcodes.GETFIELD: case Opcodes.ARRAYLENGTH: case Opcodes.ATHROW:
        case Opcodes.MONITORENTER: case Opcodes.MONITOREXIT:
          return 0;
        case Opcodes.IALOAD: case Opcodes.FALOAD: case Opcodes.AALOAD: case Opcodes.BALOAD:
        case Opcodes.CALOAD: case Opcodes.SALOAD: case Opcodes.LALOAD: case Opcodes.DALOAD:
          return 1;
        case Opcodes.IASTORE: case Opcodes.FASTORE: case Opcodes.AASTORE: case Opcodes.BASTORE:
        case Opcodes.CASTORE: case Opcodes.SASTORE:
          return 2;
        case Opcodes.LASTORE: case Opcodes.DASTORE:
          return 3;
        case Opcodes.PUTFIELD:
          return Type.getType(((FieldInsnNode) insn).desc).getSize();
        case Opcodes.INVOKEVIRTUAL: case Opcodes.INVOKESPECIAL: case Opcodes.INVOKEINTERFACE: {
          MethodInsnNode call = (MethodInsnNode) insn;
          return call.name.equals("<init>") ? -1 : argumentSlots(call.desc);
        }
        default:
          return -1;
      }
    }

    private static String failedAction(AbstractInsnNode insn) {
      switch (insn.getOpcode()) {
        case Opcodes.IALOAD: return "Cannot load from int array";
        case Opcodes.FALOAD: return "Cannot load from float array";
        case Opcodes.AALOAD: return "Cannot load from object array";
        case Opcodes.BALOAD: return "Cannot load from byte/boolean array";
        case Opcodes.CALOAD: return "Cannot load from char array";
        case Opcodes.SALOAD: return "Cannot load from short array";
        case Opcodes.LALOAD: return "Cannot load from long array";
        case Opcodes.DALOAD: return "Cannot load from double array";
        case Opcodes.IASTORE: return "Cannot store to int array";
        case Opcodes.FASTORE: return "Cannot store to float array";
        case Opcodes.AASTORE: return "Cannot store to object array";
        case Opcodes.BASTORE: return "Cannot store to byte/boolean array";
        case Opcodes.CASTORE: return "Cannot store to char array";
        case Opcodes.SASTORE: return "Cannot store to short array";
        case Opcodes.LASTORE: return "Cannot store to long array";
        case Opcodes.DASTORE: return "Cannot store to double array";
        case Opcodes.ARRAYLENGTH: return "Cannot read the array length";
        case Opcodes.ATHROW: return "Cannot throw exception";
        case Opcodes.MONITORENTER: return "Cannot enter synchronized block";
        case Opcodes.MONITOREXIT: return "Cannot exit synchronized block";
        case Opcodes.GETFIELD:
          return "Cannot read field \"" + ((FieldInsnNode) insn).name + "\"";
        case Opcodes.PUTFIELD:
          return "Cannot assign field \"" + ((FieldInsnNode) insn).name + "\"";
        default:
          return "Cannot invoke \"" + methodName((MethodInsnNode) insn) + "\"";
      }
    }

    /**
     * Describes what pushed stack slot {@code slot} (0 = top) before instruction {@code at}.
     * Returns whether it printed a description.
     */
    private boolean describe(StringBuilder out, int at, int slot, int maxDetail,
        boolean inner, String prefix) {
      if (maxDetail <= 0 || states[at] == null) {
        return false;
      }
      State state = states[at];
      Slot entry = state.slot(slot);
      if (entry.source == null || entry.source instanceof LabelNode) {
        return false;
      }
      AbstractInsnNode source = entry.source;
      int sourceIndex = indices.get(source);
      int opcode = source.getOpcode();
      boolean isInvoke = opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKESPECIAL
          || opcode == Opcodes.INVOKESTATIC || opcode == Opcodes.INVOKEINTERFACE;
      if (maxDetail == MAX_DETAIL && prefix != null && !isInvoke) {
        out.append(prefix);
      }
      switch (opcode) {
        case Opcodes.ILOAD:
        case Opcodes.ALOAD: {
          int local = ((VarInsnNode) source).var;
          localName(out, sourceIndex, local, !state.localWritten(local));
          return true;
        }
        case Opcodes.ACONST_NULL:
          out.append("null");
          return true;
        case Opcodes.ICONST_M1: case Opcodes.ICONST_0: case Opcodes.ICONST_1:
        case Opcodes.ICONST_2: case Opcodes.ICONST_3: case Opcodes.ICONST_4:
        case Opcodes.ICONST_5:
          out.append(opcode - Opcodes.ICONST_0);
          return true;
        case Opcodes.BIPUSH:
          out.append(((IntInsnNode) source).operand);
          return true;
        case Opcodes.SIPUSH:
          out.append(((IntInsnNode) source).operand & 0xffff); // HotSpot prints it unsigned
          return true;
        case Opcodes.IALOAD:
        case Opcodes.AALOAD:
          if (!describe(out, sourceIndex, 1, maxDetail - 1, inner, null)) {
            out.append("<array>");
          }
          out.append('[');
          if (!describe(out, sourceIndex, 0, maxDetail, true, null)) {
            out.append("...");
          }
          out.append(']');
          return true;
        case Opcodes.GETSTATIC: {
          FieldInsnNode field = (FieldInsnNode) source;
          out.append(className(field.owner)).append('.').append(field.name);
          return true;
        }
        case Opcodes.GETFIELD:
          if (describe(out, sourceIndex, 0, maxDetail - 1, inner, null)) {
            out.append('.');
          }
          out.append(((FieldInsnNode) source).name);
          return true;
        case Opcodes.INVOKEVIRTUAL: case Opcodes.INVOKESPECIAL: case Opcodes.INVOKESTATIC:
        case Opcodes.INVOKEINTERFACE:
          if (maxDetail == MAX_DETAIL && !inner) {
            out.append(" because the return value of \"");
          }
          out.append(methodName((MethodInsnNode) source));
          return true;
        default:
          return false;
      }
    }

    private void localName(StringBuilder out, int sourceIndex, int local, boolean isParameter) {
      if (node.localVariables != null) {
        for (LocalVariableNode variable : node.localVariables) {
          if (variable.index == local && sourceIndex >= index(variable.start)
              && sourceIndex < index(variable.end)) {
            out.append(variable.name);
            return;
          }
        }
      }
      if (!method.isStatic() && local == 0 && isParameter) {
        out.append("this");
        return;
      }
      int slot = method.isStatic() ? 0 : 1;
      int parameter = 1;
      for (Type argument : method.type().getArgumentTypes()) {
        if (local >= slot && local < slot + argument.getSize()) {
          out.append(isParameter ? "<parameter" + parameter + ">" : "<local" + local + ">");
          return;
        }
        parameter++;
        slot += argument.getSize();
      }
      out.append("<local").append(local).append('>');
    }

    /** {@code Class.name(ParameterTypes)} as HotSpot prints it. */
    private static String methodName(MethodInsnNode call) {
      StringBuilder text = new StringBuilder(className(call.owner)).append('.')
          .append(call.name).append('(');
      Type[] arguments = Type.getArgumentTypes(call.desc);
      for (int i = 0; i < arguments.length; i++) {
        if (i > 0) {
          text.append(", ");
        }
        // HotSpot compares only the first 16 characters, so java.lang.StringBuilder loses its
        // package too.
        String name = arguments[i].getClassName();
        if (name.startsWith("java.lang.Object") || name.startsWith("java.lang.String")) {
          name = name.substring("java.lang.".length());
        }
        text.append(name);
      }
      return text.append(')').toString();
    }

    /** A class name as HotSpot prints it: {@code Object} and {@code String} unqualified. */
    private static String className(String internalName) {
      String name = internalName.replace('/', '.');
      if (name.equals("java.lang.Object")) {
        return "Object";
      }
      if (name.equals("java.lang.String")) {
        return "String";
      }
      return name;
    }
  }
}
