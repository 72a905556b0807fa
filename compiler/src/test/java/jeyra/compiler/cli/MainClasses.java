package jeyra.compiler.cli;

import java.util.function.Consumer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Class files made in a test: a class with nothing but a {@code main}. */
final class MainClasses {
  private MainClasses() {}

  /**
   * The class file of public class {@code name} whose {@code public static void main(String[])}
   * runs {@code body} and returns; ASM computes the frames and maxima.
   */
  static byte[] withMain(String name, Consumer<MethodVisitor> body) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null,
        "java/lang/Object", null);
    MethodVisitor main = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main",
        "([Ljava/lang/String;)V", null, null);
    main.visitCode();
    body.accept(main);
    main.visitInsn(Opcodes.RETURN);
    main.visitMaxs(0, 0);
    main.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A class {@code name} whose {@code main} returns at once. */
  static byte[] empty(String name) {
    return withMain(name, main -> {});
  }
}
