package jeyra.compiler.substitute;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.load.ClassFileParser;
import jeyra.compiler.load.ClassSource;
import jeyra.compiler.load.JdkImage;
import jeyra.compiler.model.Origin;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * A substitution that no longer matches its JDK target fails the build with a message naming
 * the substitution, the target and the member: the JDK changed under it, and skipping it
 * would silently run the JDK's own (native) code. The target here is JDK 17's
 * {@code java.lang.Integer}; the substitutions are written with ASM as javac would compile
 * them.
 */
class SubstitutionProcessorTest {
  private static final String SUBSTITUTION = "example/Target_java_lang_Integer";

  /** A substitution class aimed at java.lang.Integer, with members {@code members} adds. */
  private static byte[] substitution(Consumer<ClassWriter> members) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, SUBSTITUTION, null,
        "java/lang/Object", null);
    AnnotationVisitor target = writer.visitAnnotation(Annotations.TARGET_CLASS, false);
    target.visit("className", "java.lang.Integer");
    target.visitEnd();
    members.accept(writer);
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A static or instance method with an annotation, returning a constant of its type. */
  private static void method(ClassWriter writer, String annotation, int access, String name,
      String descriptor) {
    MethodVisitor method = writer.visitMethod(access, name, descriptor, null, null);
    if (annotation != null) {
      method.visitAnnotation(annotation, false).visitEnd();
    }
    method.visitCode();
    char result = descriptor.charAt(descriptor.indexOf(')') + 1);
    method.visitInsn(result == 'V' ? Opcodes.RETURN : Opcodes.ICONST_0);
    if (result != 'V') {
      method.visitInsn(Opcodes.IRETURN);
    }
    method.visitMaxs(0, 0);
    method.visitEnd();
  }

  private static void field(ClassWriter writer, String annotation, int access, String name,
      String descriptor, Object value) {
    FieldVisitor field = writer.visitField(access, name, descriptor, null, value);
    field.visitAnnotation(annotation, false).visitEnd();
    field.visitEnd();
  }

  /** Applies the substitution to JDK 17's Integer. */
  private static void apply(byte[] substitution) {
    ClassSource runtime = new ClassSource() {
      @Override
      public byte[] read(String internalName) {
        return internalName.equals(SUBSTITUTION) ? substitution : null;
      }

      @Override
      public List<String> listClasses() {
        return List.of(SUBSTITUTION);
      }

      @Override
      public String describe() {
        return "a test runtime module";
      }
    };
    SubstitutionProcessor processor = new SubstitutionProcessor(List.of(runtime));
    try {
      byte[] integer = JdkImage.ofRunningJdk().read("java/lang/Integer");
      ClassNode node = ClassFileParser.parse(integer, "Integer", "java/lang/Integer");
      processor.transform(node, Origin.JDK);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertMismatch(byte[] substitution, String... fragments) {
    CompileError error = assertThrows(CompileError.class, () -> apply(substitution));
    for (String fragment : fragments) {
      assertTrue(error.getMessage().contains(fragment),
          "the error should mention '" + fragment + "': " + error.getMessage());
    }
  }

  @Test
  void matchingSubstitutionApplies() {
    assertDoesNotThrow(() -> apply(substitution(writer -> method(writer,
        Annotations.SUBSTITUTE, Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "bitCount", "(I)I"))));
  }

  @Test
  void substituteOfAMissingMethod() {
    assertMismatch(substitution(writer -> method(writer, Annotations.SUBSTITUTE,
        Opcodes.ACC_STATIC, "bitCount", "(J)I")),
        "substitution example.Target_java_lang_Integer for java.lang.Integer",
        "@Substitute bitCount(J)I does not match", "the target has no such method",
        "has the JDK changed?");
  }

  @Test
  void substituteThatIsNotStaticWhereTheTargetIs() {
    assertMismatch(substitution(writer -> method(writer, Annotations.SUBSTITUTE,
        Opcodes.ACC_PUBLIC, "bitCount", "(I)I")), "bitCount(I)I", "is static");
  }

  @Test
  void aliasOfAMissingMethod() {
    assertMismatch(substitution(writer -> method(writer, Annotations.ALIAS,
        Opcodes.ACC_STATIC, "noSuchMethod", "()V")), "@Alias noSuchMethod()V",
        "the target has no such method");
  }

  @Test
  void aliasFieldOfAnotherType() {
    assertMismatch(substitution(writer -> field(writer, Annotations.ALIAS,
        Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "value", "J", null)),
        "@Alias field value J", "the target's field has type I");
  }

  @Test
  void aliasConstantWithAnotherValue() {
    assertMismatch(substitution(writer -> field(writer, Annotations.ALIAS,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "SIZE", "I", 64)),
        "@Alias field SIZE", "its constant is 32 in the JDK, 64 in the alias");
  }

  @Test
  void injectingAFieldTheTargetHas() {
    assertMismatch(substitution(writer -> field(writer, Annotations.INJECT,
        Opcodes.ACC_PRIVATE, "value", "I", null)), "@Inject field value",
        "the target already declares it");
  }

  @Test
  void memberWithoutAnAnnotation() {
    CompileError error = assertThrows(CompileError.class, () -> apply(substitution(writer ->
        method(writer, null, Opcodes.ACC_STATIC, "helper", "()V"))));
    assertTrue(error.getMessage().contains("declares helper()V without @Substitute, @Alias or "
        + "@Inject"), error.getMessage());
  }

  @Test
  void everyTargetIsNamed() {
    CompileError error = assertThrows(CompileError.class, () -> {
      ClassWriter writer = new ClassWriter(0);
      writer.visit(Opcodes.V17, Opcodes.ACC_FINAL, SUBSTITUTION, null, "java/lang/Object",
          null);
      writer.visitAnnotation(Annotations.TARGET_CLASS, false).visitEnd();
      writer.visitEnd();
      apply(writer.toByteArray());
    });
    assertTrue(error.getMessage().contains("has @TargetClass without a target"),
        error.getMessage());
  }
}
