package jeyra.compiler.load;

import jeyra.compiler.diag.CompileError;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.BasicVerifier;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * Checks a class file of the program before any stage relies on it: what a JVM's verifier
 * would refuse at class loading, jeyra refuses at build time, with a message naming the file
 * and the problem.
 *
 * <p>A class file can parse and still be wrong: a descriptor that is not one, a constant of
 * the wrong kind, an instruction on operands of the wrong kind, a stack that runs dry. The
 * later stages assume none of that (they read descriptors with {@code Type.getType}, and code
 * generation gives each operand-stack slot one LLVM type), so the program's classes pass
 * ASM's structural checks ({@link CheckClassAdapter}) and its basic data-flow verifier as
 * they load. The JDK's classes and jeyra's runtime are trusted and not checked.
 *
 * <p>ASM's analyses keep a frame of {@code max_locals + max_stack} values for every
 * instruction, so those maxima are first cut to what the code can use (a method never needs
 * more stack than two slots per instruction), and a method whose frames would still not fit
 * in memory is refused as too large, rather than exhausting it.
 */
public final class ClassVerifier {
  private ClassVerifier() {}

  /**
   * Most values a method's frames may hold together, a few hundred megabytes: javac's largest
   * methods (64 KiB of code) stay far below it.
   */
  private static final long MAX_FRAME_VALUES = 25_000_000L;

  /**
   * Verifies a class file that {@link ClassFileParser} accepted.
   *
   * @param bytes the class file
   * @param node the class as parsed from it; its methods' maxima may be lowered
   * @param origin where it came from, for messages ({@code Main.class in /dir})
   * @throws CompileError naming the problem
   */
  public static void verify(byte[] bytes, ClassNode node, String origin) {
    try {
      ClassVisitor checks = new CheckClassAdapter(Opcodes.ASM9, new ClassVisitor(Opcodes.ASM9) {},
          false) {};
      new ClassReader(bytes).accept(checks, ClassReader.SKIP_FRAMES);
    } catch (RuntimeException e) {
      throw new CompileError(
          "invalid class file " + origin + ": " + ClassFileParser.describe(e), e);
    }
    for (MethodNode method : node.methods) {
      if (method.instructions.size() > 0) {
        verify(node.name, method, origin);
      }
    }
  }

  private static void verify(String owner, MethodNode method, String origin) {
    String where = "invalid class file " + origin + ": method " + method.name + method.desc;
    fitMaxima(method);
    long values = (long) method.instructions.size() * (method.maxLocals + method.maxStack);
    if (values > MAX_FRAME_VALUES) {
      throw new CompileError(where + " is too large to analyse (" + method.instructions.size()
          + " instructions, " + method.maxLocals + " locals, stack of " + method.maxStack + ")");
    }
    try {
      new Analyzer<BasicValue>(new BasicVerifier()).analyze(owner, method);
    } catch (AnalyzerException e) {
      int index = e.node == null ? -1 : method.instructions.indexOf(e.node);
      throw new CompileError(where + (index >= 0 ? ", instruction " + index : "") + ": "
          + ClassFileParser.describe(e), e);
    } catch (RuntimeException e) {
      throw new CompileError(where + ": " + ClassFileParser.describe(e), e);
    }
  }

  /**
   * Lowers a method's declared maxima to what its code can use: the highest local it names
   * (or its parameters need), and two stack slots per instruction. Larger declarations are
   * legal but only cost memory; smaller ones are left for the verifier to report.
   */
  private static void fitMaxima(MethodNode method) {
    int locals = (Type.getArgumentsAndReturnSizes(method.desc) >> 2)
        - ((method.access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof VarInsnNode) {
        int opcode = insn.getOpcode();
        int size = opcode == Opcodes.LLOAD || opcode == Opcodes.DLOAD
            || opcode == Opcodes.LSTORE || opcode == Opcodes.DSTORE ? 2 : 1;
        locals = Math.max(locals, ((VarInsnNode) insn).var + size);
      } else if (insn instanceof IincInsnNode) {
        locals = Math.max(locals, ((IincInsnNode) insn).var + 1);
      }
    }
    method.maxLocals = Math.min(method.maxLocals, locals);
    method.maxStack = Math.min(method.maxStack, 2 * method.instructions.size() + 2);
  }
}
