package jeyra.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Consumer;
import jeyra.compiler.model.Origin;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Call sites of the three bootstrap methods jeyra lowers, in forms javac does not make, run
 * on this JVM as written and as lowered: where the JDK's bootstrap method refuses a site,
 * jeyra's helper throws {@code BootstrapMethodError} when it runs (and not before: the rest of
 * the class works); where the JDK accepts it, jeyra's helper returns what the JDK's call site
 * returns; where jeyra cannot do what the JDK would, the site is left for the build to report.
 */
class BootstrapErrorsTest {
  private static final String NAME = "Sites";
  private static final String LOOKUP = "Ljava/lang/invoke/MethodHandles$Lookup;";
  private static final Handle CONCAT = new Handle(Opcodes.H_INVOKESTATIC,
      "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants", "(" + LOOKUP
          + "Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;"
          + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
  private static final Handle METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC,
      "java/lang/invoke/LambdaMetafactory", "metafactory", "(" + LOOKUP
          + "Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
          + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
          + "Ljava/lang/invoke/CallSite;", false);
  private static final Handle OBJECT_METHODS = new Handle(Opcodes.H_INVOKESTATIC,
      "java/lang/runtime/ObjectMethods", "bootstrap", "(" + LOOKUP
          + "Ljava/lang/String;Ljava/lang/invoke/TypeDescriptor;Ljava/lang/Class;"
          + "Ljava/lang/String;[Ljava/lang/invoke/MethodHandle;)Ljava/lang/Object;", false);
  private static final String SELF = "L" + NAME + ";";

  /** The JDK refuses these sites: each is named for the bootstrap class jeyra's message names. */
  private static final List<String> REFUSED = List.of("concatTooFewArguments",
      "lambdaWrongArity", "lambdaVoidForValue", "recordToStringNamesMismatch",
      "recordWrongType");

  /** The JDK accepts these, in forms javac does not make. */
  private static final List<String> ACCEPTED = List.of("good", "concatToObject",
      "recordHashCodeNamesMismatch");

  private static byte[] sites() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, NAME, null,
        "java/lang/Object", null);
    method(writer, "good", "()I", Opcodes.IRETURN, m -> m.visitIntInsn(Opcodes.BIPUSH, 42));
    method(writer, "takesInt", "(I)V", Opcodes.RETURN, m -> {});
    method(writer, "nothing", "()V", Opcodes.RETURN, m -> {});
    MethodVisitor value = writer.visitMethod(Opcodes.ACC_PUBLIC, "value", "()I", null, null);
    value.visitCode();
    value.visitInsn(Opcodes.ICONST_1);
    value.visitInsn(Opcodes.IRETURN);
    value.visitMaxs(0, 0);
    value.visitEnd();

    method(writer, "concatTooFewArguments", "()Ljava/lang/String;", Opcodes.ARETURN, m -> {
      m.visitLdcInsn("x");
      m.visitInvokeDynamicInsn("concat", "(Ljava/lang/String;)Ljava/lang/String;", CONCAT,
          "\u0001\u0001");
    });
    method(writer, "concatToObject", "()Ljava/lang/Object;", Opcodes.ARETURN, m -> {
      m.visitLdcInsn("x");
      m.visitInvokeDynamicInsn("concat", "(Ljava/lang/String;)Ljava/lang/Object;", CONCAT,
          "\u0001!");
    });
    method(writer, "lambdaWrongArity", "()Ljava/lang/Runnable;", Opcodes.ARETURN,
        m -> m.visitInvokeDynamicInsn("run", "()Ljava/lang/Runnable;", METAFACTORY,
            Type.getType("()V"), staticHandle("takesInt", "(I)V"), Type.getType("()V")));
    method(writer, "lambdaVoidForValue", "()Ljava/util/function/Supplier;", Opcodes.ARETURN,
        m -> m.visitInvokeDynamicInsn("get", "()Ljava/util/function/Supplier;", METAFACTORY,
            Type.getType("()Ljava/lang/Object;"), staticHandle("nothing", "()V"),
            Type.getType("()Ljava/lang/Object;")));
    method(writer, "recordToStringNamesMismatch", "()Ljava/lang/String;", Opcodes.ARETURN,
        m -> record(m, "toString", "(" + SELF + ")Ljava/lang/String;", "a;b"));
    method(writer, "recordWrongType", "()I", Opcodes.IRETURN,
        m -> record(m, "hashCode", "(Ljava/lang/Object;)I", ""));
    method(writer, "recordHashCodeNamesMismatch", "()I", Opcodes.IRETURN,
        m -> record(m, "hashCode", "(" + SELF + ")I", "a;b"));
    method(writer, "recordVirtualGetter", "()I", Opcodes.IRETURN,
        m -> record(m, "hashCode", "(" + SELF + ")I", "value",
            new Handle(Opcodes.H_INVOKEVIRTUAL, NAME, "value", "()I", false)));
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static void method(ClassWriter writer, String name, String descriptor, int returns,
      Consumer<MethodVisitor> body) {
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name,
        descriptor, null, null);
    method.visitCode();
    body.accept(method);
    method.visitInsn(returns);
    method.visitMaxs(0, 0);
    method.visitEnd();
  }

  private static Handle staticHandle(String name, String descriptor) {
    return new Handle(Opcodes.H_INVOKESTATIC, NAME, name, descriptor, false);
  }

  /** An ObjectMethods site on a null receiver (nothing runs a getter on it). */
  private static void record(MethodVisitor method, String name, String descriptor,
      String names, Object... getters) {
    method.visitInsn(Opcodes.ACONST_NULL);
    Object[] arguments = new Object[2 + getters.length];
    arguments[0] = Type.getObjectType(NAME);
    arguments[1] = names;
    System.arraycopy(getters, 0, arguments, 2, getters.length);
    method.visitInvokeDynamicInsn(name, descriptor, OBJECT_METHODS, arguments);
  }

  /** The class as jeyra's three indy lowerings leave it. */
  private static ClassNode lowered(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, 0);
    SyntheticClasses synthetic = new SyntheticClasses();
    new StringConcatLowering().transform(node, Origin.USER);
    new LambdaLowering(synthetic).transform(node, Origin.USER);
    new RecordMethodsLowering().transform(node, Origin.USER);
    assertTrue(synthetic.listClasses().isEmpty(), "no lambda class for a refused site");
    return node;
  }

  private static boolean hasIndy(ClassNode node, String method) {
    for (MethodNode candidate : node.methods) {
      if (candidate.name.equals(method)) {
        for (AbstractInsnNode insn : candidate.instructions) {
          if (insn instanceof InvokeDynamicInsnNode) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Class<?> define(ClassNode node) {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    node.accept(writer);
    byte[] bytes = writer.toByteArray();
    return new ClassLoader(BootstrapErrorsTest.class.getClassLoader()) {
      Class<?> load() {
        return defineClass(NAME, bytes, 0, bytes.length);
      }
    }.load();
  }

  private static Object run(Class<?> type, String name) throws Exception {
    return type.getMethod(name).invoke(null);
  }

  /** What {@code name()} throws, which must be a BootstrapMethodError. */
  private static BootstrapMethodError failure(Class<?> type, String name) throws Exception {
    Method method = type.getMethod(name);
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
        () -> method.invoke(null), name + " returned");
    return assertInstanceOf(BootstrapMethodError.class, thrown.getCause(), name);
  }

  @Test
  void refusedSitesThrowWhenTheyRunAndAcceptedOnesWork() throws Exception {
    byte[] original = sites();
    ClassNode node = new ClassNode();
    new ClassReader(original).accept(node, 0);
    Class<?> onTheJvm = define(node);
    ClassNode lowered = lowered(original);
    Class<?> byJeyra = define(lowered);
    for (String name : REFUSED) {
      assertTrue(!hasIndy(lowered, name), name + " keeps its invokedynamic");
      failure(onTheJvm, name);
      String message = failure(byJeyra, name).getMessage();
      String bootstrap = name.startsWith("concat") ? "StringConcatFactory: "
          : name.startsWith("lambda") ? "LambdaMetafactory: " : "ObjectMethods: ";
      assertTrue(message.startsWith(bootstrap), name + ": " + message);
    }
    for (String name : ACCEPTED) {
      assertTrue(!hasIndy(lowered, name), name + " keeps its invokedynamic");
      assertEquals(run(onTheJvm, name), run(byJeyra, name), name);
    }
  }

  /** A getter that is not a field read: the JDK calls it, jeyra's helper could not. */
  @Test
  void sitesJeyraCannotLowerAreLeftForTheBuildToReport() throws Exception {
    ClassNode lowered = lowered(sites());
    assertTrue(hasIndy(lowered, "recordVirtualGetter"), "the site is left as it is");
  }
}
