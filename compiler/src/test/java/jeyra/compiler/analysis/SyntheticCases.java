package jeyra.compiler.analysis;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Methods shaped as javac never shapes them, written with ASM, for
 * {@link NullPointerMessagesTest}: each throws a NullPointerException when called with null
 * and zero arguments.
 */
final class SyntheticCases {
  static final String NAME = "jeyra.compiler.analysis.Synthetic";
  private static final String INTERNAL_NAME = NAME.replace('.', '/');

  private SyntheticCases() {}

  static byte[] bytes() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, INTERNAL_NAME, null,
        "java/lang/Object", null);
    loopWithConditionAtTheBottom(writer);
    switchFollowedByAnotherBlock(writer);
    writer.visitEnd();
    return writer.toByteArray();
  }

  /**
   * A loop as ecj compiles it, condition last. HotSpot's passes end once every instruction
   * has a state, which the body first gets in the second pass; the store at the body's end
   * has not come round the loop by then, so the parameter is still {@code <parameter1>},
   * where a fixed point would say {@code <local0>}.
   *
   * <pre>
   *   int i = 0; goto test;
   *   body: s.length(); s = "again"; i++;
   *   test: if (i &lt; 2) goto body; return 0;
   * </pre>
   */
  private static void loopWithConditionAtTheBottom(ClassWriter writer) {
    MethodVisitor code = writer.visitMethod(Opcodes.ACC_STATIC, "caseLoopConditionLast",
        "(Ljava/lang/String;)I", null, null);
    code.visitCode();
    Label body = new Label();
    Label test = new Label();
    code.visitInsn(Opcodes.ICONST_0);
    code.visitVarInsn(Opcodes.ISTORE, 1);
    code.visitJumpInsn(Opcodes.GOTO, test);
    code.visitLabel(body);
    code.visitVarInsn(Opcodes.ALOAD, 0);
    code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
    code.visitInsn(Opcodes.POP);
    code.visitLdcInsn("again");
    code.visitVarInsn(Opcodes.ASTORE, 0);
    code.visitIincInsn(1, 1);
    code.visitLabel(test);
    code.visitVarInsn(Opcodes.ILOAD, 1);
    code.visitInsn(Opcodes.ICONST_2);
    code.visitJumpInsn(Opcodes.IF_ICMPLT, body);
    code.visitInsn(Opcodes.ICONST_0);
    code.visitInsn(Opcodes.IRETURN);
    code.visitMaxs(0, 0);
    code.visitEnd();
  }

  /**
   * A switch whose every case jumps past the block right after it, which is reached only by
   * a later {@code goto} holding {@code b}. HotSpot lets the switch flow into that block too,
   * holding {@code a}, and stops its analysis as soon as the failing instruction has a state,
   * before the {@code goto} merges in {@code b}: the message names {@code a}
   * ({@code <parameter2>}).
   *
   * <pre>
   *   push a; switch (k) { default: goto other }
   *   after: length() of the top; return
   *   other: pop; push b; goto after
   * </pre>
   */
  private static void switchFollowedByAnotherBlock(ClassWriter writer) {
    MethodVisitor code = writer.visitMethod(Opcodes.ACC_STATIC, "caseSwitchFallsThrough",
        "(ILjava/lang/String;Ljava/lang/String;)I", null, null);
    code.visitCode();
    Label after = new Label();
    Label other = new Label();
    code.visitVarInsn(Opcodes.ALOAD, 1);
    code.visitVarInsn(Opcodes.ILOAD, 0);
    code.visitTableSwitchInsn(0, 0, other, other);
    code.visitLabel(after);
    code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
    code.visitInsn(Opcodes.IRETURN);
    code.visitLabel(other);
    code.visitInsn(Opcodes.POP);
    code.visitVarInsn(Opcodes.ALOAD, 2);
    code.visitJumpInsn(Opcodes.GOTO, after);
    code.visitMaxs(0, 0);
    code.visitEnd();
  }
}
