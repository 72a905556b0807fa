package jeyra.compiler.init;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Finds arrays whose elements nothing changes once their class is initialised: those held by a
 * private static final field whose every read, anywhere the field is visible (its class and
 * nestmates), only loads an element, takes the length, or clones the array. An enum's
 * {@code $VALUES} is the common case. Elements of a multi-dimensional array are arrays another
 * read could change, so only one-dimensional arrays qualify.
 */
final class StableArrays {
  private final Universe universe;
  private final Map<FieldInfo, Boolean> stable = new HashMap<>();

  StableArrays(Universe universe) {
    this.universe = universe;
  }

  boolean isStable(FieldInfo field) {
    return stable.computeIfAbsent(field, this::check);
  }

  private boolean check(FieldInfo field) {
    String descriptor = field.descriptor();
    if (!field.isStatic() || !field.isFinal() || (field.node().access & ACC_PRIVATE) == 0
        || !descriptor.startsWith("[") || descriptor.startsWith("[[")) {
      return false;
    }
    for (ClassInfo type : nest(field.owner())) {
      for (MethodInfo method : type.methods()) {
        if (method.hasCode() && !method.isClassInitializer() && !readsOnlyElements(method,
            field)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The classes that can read a private member of {@code type}: its nest. */
  private List<ClassInfo> nest(ClassInfo type) {
    ClassNode node = type.node();
    ClassInfo host = node.nestHostClass == null ? type : universe.lookup(node.nestHostClass);
    List<ClassInfo> nest = new ArrayList<>();
    if (host == null) {
      return List.of(type);
    }
    nest.add(host);
    if (host.node().nestMembers != null) {
      for (String member : host.node().nestMembers) {
        ClassInfo found = universe.lookup(member);
        if (found != null) {
          nest.add(found);
        }
      }
    }
    return nest;
  }

  /** Whether every value a read of the field gives is used only to read the array. */
  private boolean readsOnlyElements(MethodInfo method, FieldInfo field) {
    MethodNode node = method.node();
    List<AbstractInsnNode> reads = new ArrayList<>();
    for (AbstractInsnNode insn : node.instructions) {
      if (insn.getOpcode() == GETSTATIC && insn instanceof FieldInsnNode get
          && get.name.equals(field.name()) && get.desc.equals(field.descriptor())
          && get.owner.equals(field.owner().name())) {
        reads.add(insn);
      }
    }
    if (reads.isEmpty()) {
      return true;
    }
    Frame<SourceValue>[] frames;
    try {
      frames = new Analyzer<>(new SourceInterpreter()).analyze(method.owner().name(), node);
    } catch (AnalyzerException e) {
      return false;
    }
    AbstractInsnNode[] insns = node.instructions.toArray();
    for (int i = 0; i < insns.length; i++) {
      Frame<SourceValue> frame = frames[i];
      if (frame == null || insns[i].getOpcode() < 0) {
        continue;
      }
      int consumed = consumedValues(insns[i]);
      for (int depth = 0; depth < Math.min(consumed, frame.getStackSize()); depth++) {
        SourceValue value = frame.getStack(frame.getStackSize() - 1 - depth);
        for (AbstractInsnNode read : reads) {
          if (value.insns.contains(read) && !readsArray(insns[i], depth)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether an instruction uses the value {@code depth} slots below the top of the stack as
   * the array it reads: an element load's array, {@code arraylength}'s operand, or the
   * receiver of {@code clone}.
   */
  private static boolean readsArray(AbstractInsnNode insn, int depth) {
    int op = insn.getOpcode();
    if (op >= IALOAD && op <= SALOAD) {
      return depth == 1;
    }
    if (op == ARRAYLENGTH) {
      return depth == 0;
    }
    return op == INVOKEVIRTUAL && insn instanceof MethodInsnNode call
        && call.owner.startsWith("[") && call.name.equals("clone") && depth == 0;
  }

  /**
   * How many stack values (a long is one) an instruction takes off the stack. The stack
   * shuffles count as taking the top four, since they copy values where this analysis cannot
   * follow them.
   */
  private static int consumedValues(AbstractInsnNode insn) {
    int op = insn.getOpcode();
    if (insn instanceof MethodInsnNode call) {
      return org.objectweb.asm.Type.getArgumentTypes(call.desc).length
          + (op == INVOKESTATIC ? 0 : 1);
    }
    if (insn instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode indy) {
      return org.objectweb.asm.Type.getArgumentTypes(indy.desc).length;
    }
    if (insn instanceof org.objectweb.asm.tree.MultiANewArrayInsnNode multi) {
      return multi.dims;
    }
    if (op <= LDC || (op >= ILOAD && op <= ALOAD) || op == IINC || op == GOTO || op == JSR
        || op == RET || op == RETURN || op == GETSTATIC || op == NEW) {
      return 0;
    }
    if (op >= IALOAD && op <= SALOAD) {
      return 2;
    }
    if (op >= IASTORE && op <= SASTORE) {
      return 3;
    }
    if (op >= POP && op <= SWAP) {
      return 4;
    }
    if ((op >= IADD && op <= DREM) || (op >= ISHL && op <= LXOR) || (op >= LCMP && op <= DCMPG)
        || (op >= IF_ICMPEQ && op <= IF_ACMPNE) || op == PUTFIELD) {
      return 2;
    }
    return 1;
  }
}
