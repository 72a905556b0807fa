package jeyra.compiler.lower;

import static jeyra.compiler.model.Insns.nextReal;
import static jeyra.compiler.model.Insns.previousReal;

import jeyra.compiler.model.ClassTransformer;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
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
 * Rewrites the JDK's other idioms for field offsets into {@code unsafe.objectFieldOffset(
 * C.class, "f")} with both arguments constants, which the compiler answers at build time:
 *
 * <ul>
 *   <li>{@code objectFieldOffset(C.class.getDeclaredField("f"))}, the older idiom; without
 *       this every such static initialiser would bring in core reflection;
 *   <li>{@code Class<?> k = C.class; ... objectFieldOffset(k, "f")}, a class in a local
 *       whose every reaching store is that constant ({@code InnocuousThread}'s initialiser,
 *       behind every {@code Cleaner}).
 * </ul>
 */
public final class FieldOffsetLowering implements ClassTransformer {
  private static final String UNSAFE = "jdk/internal/misc/Unsafe";
  private static final String OFFSET_BY_NAME = "(Ljava/lang/Class;Ljava/lang/String;)J";

  @Override
  public void transform(ClassNode node, Origin origin) {
    for (MethodNode method : node.methods) {
      if (method.instructions == null) {
        continue;
      }
      inlineClassLocals(node.name, method);
      for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null;
          insn = insn.getNext()) {
        if (!isCall(insn, "java/lang/Class", "getDeclaredField",
            "(Ljava/lang/String;)Ljava/lang/reflect/Field;")) {
          continue;
        }
        AbstractInsnNode name = previousReal(insn);
        AbstractInsnNode type = previousReal(name);
        AbstractInsnNode next = nextReal(insn);
        if (!(name instanceof LdcInsnNode) || !(((LdcInsnNode) name).cst instanceof String)
            || !(type instanceof LdcInsnNode) || !(((LdcInsnNode) type).cst instanceof Type)
            || !isCall(next, UNSAFE, "objectFieldOffset", "(Ljava/lang/reflect/Field;)J")) {
          continue;
        }
        MethodInsnNode byName = new MethodInsnNode(Opcodes.INVOKEVIRTUAL, UNSAFE,
            "objectFieldOffset", OFFSET_BY_NAME, false);
        method.instructions.set(next, byName);
        method.instructions.remove(insn);
        insn = byName;
      }
    }
  }

  /**
   * Replaces the class argument of {@code objectFieldOffset(Class, String)} by its constant
   * when it is a local whose every reaching store is an {@code ldc} of that one class (javac
   * reuses slots, so a local may be stored elsewhere for another variable).
   */
  private static void inlineClassLocals(String owner, MethodNode method) {
    Frame<SourceValue>[] frames = null;
    for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null;
        insn = insn.getNext()) {
      if (!isCall(insn, UNSAFE, "objectFieldOffset", OFFSET_BY_NAME)) {
        continue;
      }
      AbstractInsnNode name = previousReal(insn);
      AbstractInsnNode type = previousReal(name);
      if (!(name instanceof LdcInsnNode) || type == null || type.getOpcode() != Opcodes.ALOAD) {
        continue;
      }
      if (frames == null) {
        try {
          frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
          return; // reported when the method is compiled
        }
      }
      Object constant = storedConstant(method, frames, (VarInsnNode) type);
      if (constant != null) {
        method.instructions.set(type, new LdcInsnNode(constant));
      }
    }
  }

  /** The class constant every store reaching a load of a local stores, or null. */
  private static Object storedConstant(MethodNode method, Frame<SourceValue>[] frames,
      VarInsnNode load) {
    Frame<SourceValue> at = frames[method.instructions.indexOf(load)];
    if (at == null) {
      return null;
    }
    Object constant = null;
    for (AbstractInsnNode store : at.getLocal(load.var).insns) {
      if (store.getOpcode() != Opcodes.ASTORE) {
        return null; // a parameter, or a value not stored by this method's code
      }
      Frame<SourceValue> before = frames[method.instructions.indexOf(store)];
      SourceValue stored = before == null ? null : before.getStack(before.getStackSize() - 1);
      if (stored == null || stored.insns.size() != 1) {
        return null;
      }
      AbstractInsnNode source = stored.insns.iterator().next();
      if (!(source instanceof LdcInsnNode) || !(((LdcInsnNode) source).cst instanceof Type)
          || (constant != null && !constant.equals(((LdcInsnNode) source).cst))) {
        return null;
      }
      constant = ((LdcInsnNode) source).cst;
    }
    return constant;
  }

  private static boolean isCall(AbstractInsnNode insn, String owner, String name,
      String descriptor) {
    if (!(insn instanceof MethodInsnNode)) {
      return false;
    }
    MethodInsnNode call = (MethodInsnNode) insn;
    return call.owner.equals(owner) && call.name.equals(name) && call.desc.equals(descriptor);
  }
}
