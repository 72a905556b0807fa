package jeyra.compiler.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.model.Insns;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
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
 * Which instruction pushed each operand-stack entry, and which locals were written, before an
 * instruction: the data flow behind HotSpot's helpful NullPointerException messages
 * ({@code ExceptionMessageBuilder} in HotSpot's {@code bytecodeUtils.cpp}).
 *
 * <p>ASM's {@link Frame} executes each instruction, with an {@link Interpreter} whose values
 * name their source; the iteration is HotSpot's, not ASM's {@code Analyzer}'s, because the
 * messages must be HotSpot's word for word and its iteration is not a fixed point. HotSpot
 * walks the code in order, pass after pass, until a pass creates no new state, and it stops
 * early once the instruction whose message it wants has one; a merge only makes an entry
 * ambiguous when its sources differ. Exception handlers start with the caught exception (whose
 * source is the handler's first instruction) and no written locals, whatever the protected
 * code did; a {@code tableswitch} or {@code lookupswitch} also flows to the next instruction;
 * {@code iinc} does not count as a write.
 */
final class OperandSources {
  /** HotSpot gives up on methods whose states hold more entries than this. */
  private static final int MAX_ENTRIES = 1_000_000;

  /**
   * A value: the instruction that produced it, or, in a local, whether the local was written.
   * Sizes are ASM's (a {@code long} is one entry of size 2, where HotSpot has two slots).
   */
  static final class Source implements Value {
    /** A local no store has reached. */
    static final Source UNWRITTEN = new Source(null, 1);
    /** The half of a {@code long} or {@code double} local, or a local a store clobbered. */
    static final Source CLOBBERED = new Source(null, 1);

    /** The instruction that pushed the value, or null when paths disagree (or for locals). */
    final AbstractInsnNode insn;
    private final int size;

    Source(AbstractInsnNode insn, int size) {
      this.insn = insn;
      this.size = size;
    }

    @Override
    public int getSize() {
      return size;
    }
  }

  /** ASM's instruction semantics, with values that record where they come from. */
  private static final class SourceInterpreter extends Interpreter<Source> {
    SourceInterpreter() {
      super(Opcodes.ASM9);
    }

    @Override
    public Source newValue(Type type) {
      return type == Type.VOID_TYPE ? null
          : new Source(null, type == null ? 1 : type.getSize());
    }

    @Override
    public Source newEmptyValue(int local) {
      return Source.CLOBBERED;
    }

    @Override
    public Source newOperation(AbstractInsnNode insn) {
      int size;
      switch (insn.getOpcode()) {
        case Opcodes.LCONST_0: case Opcodes.LCONST_1: case Opcodes.DCONST_0:
        case Opcodes.DCONST_1:
          size = 2;
          break;
        case Opcodes.LDC: {
          Object constant = ((LdcInsnNode) insn).cst;
          size = constant instanceof Long || constant instanceof Double ? 2 : 1;
          break;
        }
        case Opcodes.GETSTATIC:
          size = Type.getType(((org.objectweb.asm.tree.FieldInsnNode) insn).desc).getSize();
          break;
        default:
          size = 1;
      }
      return new Source(insn, size);
    }

    @Override
    public Source copyOperation(AbstractInsnNode insn, Source value) {
      switch (insn.getOpcode()) {
        case Opcodes.ILOAD: case Opcodes.FLOAD: case Opcodes.ALOAD:
          return new Source(insn, 1);
        case Opcodes.LLOAD: case Opcodes.DLOAD:
          return new Source(insn, 2);
        default:
          // A store: the local now holds a written value, whose source does not matter.
          // dup and swap: entries move as they are.
          return value;
      }
    }

    @Override
    public Source unaryOperation(AbstractInsnNode insn, Source value) {
      switch (insn.getOpcode()) {
        case Opcodes.IINC:
        case Opcodes.CHECKCAST:
          return value; // HotSpot: iinc writes nothing it tracks, checkcast keeps the entry
        default:
          // not pushed by branches, returns, stores and the like: any size will do
          return new Source(insn, Insns.unaryResultSize(insn));
      }
    }

    @Override
    public Source binaryOperation(AbstractInsnNode insn, Source value1, Source value2) {
      return new Source(insn, Insns.binaryResultSize(insn));
    }

    @Override
    public Source ternaryOperation(AbstractInsnNode insn, Source value1, Source value2,
        Source value3) {
      return null; // the array stores: nothing pushed
    }

    @Override
    public Source naryOperation(AbstractInsnNode insn, List<? extends Source> values) {
      String descriptor = insn instanceof MethodInsnNode ? ((MethodInsnNode) insn).desc
          : insn instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode
              ? ((org.objectweb.asm.tree.InvokeDynamicInsnNode) insn).desc : null;
      int size = descriptor == null ? 1 : Math.max(1, Type.getReturnType(descriptor).getSize());
      return new Source(insn, size);
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, Source value, Source expected) {}

    @Override
    public Source merge(Source value1, Source value2) {
      if (value1 == value2 || (value1.insn != null && value1.insn == value2.insn)) {
        return value1;
      }
      if (value1 == Source.UNWRITTEN || value2 == Source.UNWRITTEN) {
        return new Source(null, 1); // written on some path: written
      }
      return new Source(null, Math.max(value1.getSize(), value2.getSize()));
    }
  }

  private final MethodNode node;
  private final AbstractInsnNode[] insns;
  private final Map<AbstractInsnNode, Integer> indices = new IdentityHashMap<>();
  /** For each index, the index of the real instruction it is or leads to (-1 at the end). */
  private final int[] realIndex;

  OperandSources(MethodNode node) {
    this.node = node;
    this.insns = node.instructions.toArray();
    this.realIndex = new int[insns.length];
    int next = -1;
    for (int i = insns.length - 1; i >= 0; i--) {
      indices.put(insns[i], i);
      if (insns[i].getOpcode() >= 0) {
        next = i;
      }
      realIndex[i] = next;
    }
  }

  /** The index of an instruction in the method's list. */
  int indexOf(AbstractInsnNode insn) {
    return indices.get(insn);
  }

  AbstractInsnNode insn(int index) {
    return insns[index];
  }

  /**
   * The states before each instruction as HotSpot has them when it builds the message for
   * the instruction at {@code target}: its analysis stops as soon as that one has a state.
   *
   * @return the state before each real instruction (null where there is none), or null if
   *     HotSpot's analysis gives up or the code is inconsistent (no message then)
   */
  Frame<Source>[] statesFor(int target) {
    @SuppressWarnings("unchecked")
    Frame<Source>[] states = new Frame[insns.length];
    SourceInterpreter interpreter = new SourceInterpreter();
    int first = realIndex.length == 0 ? -1 : realIndex[0];
    if (first < 0) {
      return null;
    }
    states[first] = new Frame<>(node.maxLocals, node.maxStack);
    for (int local = 0; local < node.maxLocals; local++) {
      states[first].setLocal(local, Source.UNWRITTEN);
    }
    int entries = 0;
    for (TryCatchBlockNode handler : node.tryCatchBlocks) {
      int at = realIndex[indexOf(handler.handler)];
      if (at >= 0 && states[at] == null) {
        states[at] = new Frame<>(node.maxLocals, node.maxStack);
        for (int local = 0; local < node.maxLocals; local++) {
          states[at].setLocal(local, Source.UNWRITTEN);
        }
        states[at].push(new Source(insns[at], 1));
      }
    }
    try {
      boolean added = true;
      boolean allProcessed = false;
      while (!allProcessed && added) {
        allProcessed = true;
        added = false;
        for (int i = first; i >= 0; ) {
          if (states[i] == null) {
            allProcessed = false;
          } else {
            for (int created : execute(i, states, interpreter)) {
              added = true;
              entries += states[created].getStackSize();
            }
          }
          i = next(i);
          if (i == target && states[i] != null) {
            return states; // HotSpot stops here: the target has its state
          }
          if (entries > MAX_ENTRIES) {
            return states; // HotSpot gives up, keeping what it has
          }
        }
      }
    } catch (AnalyzerException | RuntimeException e) {
      return null; // code a verifier would reject; HotSpot's analysis is undefined there
    }
    return states[target] == null ? null : states;
  }

  /** The real instruction after index {@code i}, or -1. */
  private int next(int i) {
    return i + 1 < realIndex.length ? realIndex[i + 1] : -1;
  }

  /**
   * Simulates the real instruction at {@code i} on a copy of its state and passes the result
   * to each successor in HotSpot's order (the next instruction, the branch target, the switch
   * cases). As in HotSpot, the copy is merged with each successor's state on the way, so what
   * one successor had also reaches the ones after it.
   *
   * @return the successors that had no state before
   */
  private List<Integer> execute(int i, Frame<Source>[] states, SourceInterpreter interpreter)
      throws AnalyzerException {
    AbstractInsnNode insn = insns[i];
    Frame<Source> working = new Frame<>(states[i]);
    working.execute(insn, interpreter);
    List<Integer> successors = new ArrayList<>();
    int opcode = insn.getOpcode();
    boolean flowEnds = opcode == Opcodes.GOTO || opcode == Opcodes.ATHROW
        || (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN);
    if (!flowEnds && next(i) >= 0) {
      successors.add(next(i));
    }
    if (insn instanceof JumpInsnNode) {
      successors.add(target(((JumpInsnNode) insn).label));
    } else if (insn instanceof TableSwitchInsnNode) {
      successors.add(target(((TableSwitchInsnNode) insn).dflt));
      for (LabelNode label : ((TableSwitchInsnNode) insn).labels) {
        successors.add(target(label));
      }
    } else if (insn instanceof LookupSwitchInsnNode) {
      successors.add(target(((LookupSwitchInsnNode) insn).dflt));
      for (LabelNode label : ((LookupSwitchInsnNode) insn).labels) {
        successors.add(target(label));
      }
    }
    List<Integer> created = new ArrayList<>();
    for (int successor : successors) {
      if (states[successor] == null) {
        created.add(successor);
      } else {
        working.merge(states[successor], interpreter);
      }
      states[successor] = new Frame<>(working);
    }
    return created;
  }

  private int target(LabelNode label) {
    return realIndex[indexOf(label)];
  }
}
