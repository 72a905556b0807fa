package jeyra.compiler.substitute;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Consumer;
import jeyra.compiler.diag.CompileError;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** {@code @CheckResult}: a runtime call that pops such a result at once fails the build. */
class CheckedResultsTest {
  private static final String LIBC = "example/Libc";
  private static final String CALLER = "example/Caller";

  /** A class with {@code static long write()} marked @CheckResult and an unmarked twin. */
  private static ClassNode libc() {
    ClassNode node = new ClassNode();
    node.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, LIBC, null, "java/lang/Object", null);
    for (String name : new String[] {"write", "yield"}) {
      MethodVisitor method = node.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name,
          "()J", null, null);
      if (name.equals("write")) {
        method.visitAnnotation(Annotations.CHECK_RESULT, false).visitEnd();
      }
      method.visitCode();
      method.visitInsn(Opcodes.LCONST_0);
      method.visitInsn(Opcodes.LRETURN);
      method.visitMaxs(2, 0);
      method.visitEnd();
    }
    return node;
  }

  /** A class whose method {@code run} calls {@code callee} and then does {@code after}. */
  private static ClassNode caller(String callee, Consumer<MethodVisitor> after) {
    ClassNode node = new ClassNode();
    node.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, CALLER, null, "java/lang/Object", null);
    node.visitSource("Caller.java", null);
    MethodNode method = (MethodNode) node.visitMethod(Opcodes.ACC_STATIC, "run", "()V", null,
        null);
    method.visitCode();
    org.objectweb.asm.Label line = new org.objectweb.asm.Label();
    method.visitLabel(line);
    method.visitLineNumber(12, line);
    method.visitMethodInsn(Opcodes.INVOKESTATIC, LIBC, callee, "()J", false);
    after.accept(method);
    method.visitInsn(Opcodes.RETURN);
    method.visitMaxs(2, 2);
    method.visitEnd();
    return node;
  }

  private static void check(ClassNode caller) {
    CheckedResults.check(Map.of(LIBC, libc(), CALLER, caller));
  }

  @Test
  void rejectsAPoppedResult() {
    CompileError error = assertThrows(CompileError.class,
        () -> check(caller("write", code -> code.visitInsn(Opcodes.POP2))));
    assertTrue(error.getMessage().contains("example.Caller.run()V (Caller.java:12) drops the "
        + "result of example.Libc.write"), error.getMessage());
  }

  @Test
  void acceptsAStoredResult() {
    assertDoesNotThrow(() -> check(caller("write", code -> code.visitVarInsn(Opcodes.LSTORE,
        0))));
  }

  @Test
  void acceptsATestedResult() {
    assertDoesNotThrow(() -> check(caller("write", code -> {
      code.visitInsn(Opcodes.LCONST_0);
      code.visitInsn(Opcodes.LCMP);
      code.visitInsn(Opcodes.POP);
    })));
  }

  @Test
  void ignoresUnmarkedMethods() {
    assertDoesNotThrow(() -> check(caller("yield", code -> code.visitInsn(Opcodes.POP2))));
  }
}
