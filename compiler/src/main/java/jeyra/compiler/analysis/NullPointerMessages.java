package jeyra.compiler.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jeyra.compiler.analysis.OperandSources.Source;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The "helpful" NullPointerException messages of JDK 17 (JEP 358, on by default), computed at
 * build time for each instruction that can throw one: {@code Cannot invoke "String.length()"
 * because "<local1>" is null}.
 *
 * <p>HotSpot computes the message when {@code getMessage()} is first called, from the
 * operand-stack sources {@link OperandSources} reproduces, and words it as this class does,
 * so the native program prints what the JVM prints. Stack positions count slots as HotSpot
 * does: a {@code long} or {@code double} takes two.
 *
 * <p>Messages are made for the program's own classes only: each is a string in the image, and
 * the JDK's and runtime's thousands of null checks would cost more space than their rarely
 * seen messages are worth; their NullPointerExceptions have no message. One instance serves
 * one build and keeps each method's messages once computed.
 */
public final class NullPointerMessages {
  private static final int MAX_DETAIL = 5;

  private final Map<MethodNode, Map<AbstractInsnNode, Optional<String>>> cache = new HashMap<>();

  /**
   * The message for a null dereference by {@code insn}, or null for none: an instruction of
   * a class that is not the program's, an explicit constructor call, or an instruction that
   * cannot throw one.
   */
  public String forInstruction(MethodInfo method, AbstractInsnNode insn) {
    if (method.owner().origin() != Origin.USER) {
      return null;
    }
    return cache.computeIfAbsent(method.node(), node -> new HashMap<>())
        .computeIfAbsent(insn, key -> Optional.ofNullable(message(method.node(), key)))
        .orElse(null);
  }

  /**
   * The message HotSpot gives a NullPointerException thrown by {@code insn}, or null if it
   * gives none.
   *
   * @param node the method holding the instruction
   */
  public static String message(MethodNode node, AbstractInsnNode insn) {
    int slot = nullSlot(insn);
    if (slot < 0) {
      return null;
    }
    OperandSources sources = new OperandSources(node);
    int at = sources.indexOf(insn);
    Frame<Source>[] states = sources.statesFor(at);
    StringBuilder text = new StringBuilder(failedAction(insn));
    if (states == null) {
      return text.toString();
    }
    StringBuilder cause = new StringBuilder();
    Describer describer = new Describer(node, sources, states);
    if (describer.describe(cause, at, slot, MAX_DETAIL, false, " because \"")) {
      text.append(cause).append("\" is null");
    } else {
      text.append(cause); // HotSpot keeps a prefix it printed before giving up
    }
    return text.toString();
  }

  /**
   * Which operand-stack slot (0 = top, in HotSpot's slots) held the null, as HotSpot's
   * {@code get_NPE_null_slot} answers; -1 if the instruction cannot throw one or the
   * exception is explicit (a constructor call).
   */
  private static int nullSlot(AbstractInsnNode insn) {
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

  private static int argumentSlots(String descriptor) {
    return (Type.getArgumentsAndReturnSizes(descriptor) >> 2) - 1;
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

  /** HotSpot's {@code print_NPE_cause0}: what pushed a slot, as a Java-like expression. */
  private static final class Describer {
    private final MethodNode node;
    private final OperandSources sources;
    private final Frame<Source>[] states;

    Describer(MethodNode node, OperandSources sources, Frame<Source>[] states) {
      this.node = node;
      this.sources = sources;
      this.states = states;
    }

    /**
     * Describes what pushed stack slot {@code slot} (0 = top) before the instruction at
     * {@code at}. Returns whether it printed a description.
     */
    boolean describe(StringBuilder out, int at, int slot, int maxDetail, boolean inner,
        String prefix) {
      if (maxDetail <= 0 || states[at] == null) {
        return false;
      }
      Frame<Source> state = states[at];
      Source entry = entryAtSlot(state, slot);
      if (entry == null || entry.insn == null) {
        return false;
      }
      AbstractInsnNode source = entry.insn;
      int sourceIndex = sources.indexOf(source);
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
          boolean written = local > 63 || state.getLocal(local) != Source.UNWRITTEN;
          localName(out, sourceIndex, local, !written);
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

    /** HotSpot's {@code print_local_var}: the variable's name, or what the slot must be. */
    private void localName(StringBuilder out, int sourceIndex, int local, boolean isParameter) {
      if (node.localVariables != null) {
        for (LocalVariableNode variable : node.localVariables) {
          if (variable.index == local && sourceIndex >= sources.indexOf(variable.start)
              && sourceIndex < sources.indexOf(variable.end)) {
            out.append(variable.name);
            return;
          }
        }
      }
      boolean isStatic = (node.access & Opcodes.ACC_STATIC) != 0;
      if (!isStatic && local == 0 && isParameter) {
        out.append("this");
        return;
      }
      int slot = isStatic ? 0 : 1;
      int parameter = 1;
      for (Type argument : Type.getArgumentTypes(node.desc)) {
        if (local >= slot && local < slot + argument.getSize()) {
          out.append(isParameter ? "<parameter" + parameter + ">" : "<local" + local + ">");
          return;
        }
        parameter++;
        slot += argument.getSize();
      }
      out.append("<local").append(local).append('>');
    }
  }

  /**
   * The entry of an ASM frame that holds HotSpot's slot {@code slot} (0 = top), where a
   * {@code long} or {@code double} entry covers two slots; null if the stack is shallower.
   */
  private static Source entryAtSlot(Frame<Source> state, int slot) {
    int remaining = slot;
    for (int i = state.getStackSize() - 1; i >= 0; i--) {
      Source entry = state.getStack(i);
      if (remaining < entry.getSize()) {
        return entry;
      }
      remaining -= entry.getSize();
    }
    return null;
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
