package jeyra.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jeyra.compiler.load.ClassFileParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * jeyra's NullPointerException messages against HotSpot's own: every {@code case} method of
 * {@link NpeCases} runs on this JVM (a HotSpot 17, which makes helpful messages by default),
 * and jeyra's message for the instruction that threw must be the JVM's, word for word.
 *
 * <p>To know which instruction threw, the fixture's classes are rewritten before loading so
 * that every instruction has a line of its own: the line of the exception's top frame names
 * it. That changes no bytecode, so HotSpot's analysis sees the same code. Each case runs
 * twice: as javac compiled it (with local variable names) and with the LocalVariableTable
 * removed, where HotSpot names slots {@code <local4>}, {@code <parameter1>} or {@code this}
 * from its data flow.
 */
class NullPointerMessagesTest {
  @TestFactory
  Stream<DynamicTest> withVariableNames() throws Exception {
    return cases(javacFixture(), NpeCases.class.getName(), false);
  }

  @TestFactory
  Stream<DynamicTest> withoutVariableNames() throws Exception {
    return cases(javacFixture(), NpeCases.class.getName(), true);
  }

  /**
   * Code javac does not write, where HotSpot's analysis shows its own ways: it is not a fixed
   * point, it stops once the instruction in question has a state, and a switch also flows to
   * the instruction after it.
   */
  @TestFactory
  Stream<DynamicTest> hotSpotIteration() throws Exception {
    return cases(Map.of(SyntheticCases.NAME, SyntheticCases.bytes()), SyntheticCases.NAME,
        true);
  }

  private static Map<String, byte[]> javacFixture() throws IOException {
    Map<String, byte[]> classes = new HashMap<>();
    for (Class<?> type : NpeCases.class.getNestMembers()) {
      classes.put(type.getName(), classBytes(type));
    }
    return classes;
  }

  /** Where each numbered line is: the class and method, and the instruction's line. */
  private record Site(String className, String method, String descriptor) {}

  /**
   * A test for each {@code case} method of {@code caseClass}.
   *
   * @param classes the fixture's class files by binary name, {@code caseClass} among them
   */
  private static Stream<DynamicTest> cases(Map<String, byte[]> classes, String caseClass,
      boolean stripNames) throws Exception {
    Map<String, byte[]> rewritten = new HashMap<>();
    Map<Integer, Site> sites = new HashMap<>();
    int[] nextLine = {1};
    for (Map.Entry<String, byte[]> type : classes.entrySet()) {
      rewritten.put(type.getKey(), numberEveryInstruction(type.getValue(), stripNames,
          nextLine, sites));
    }
    ClassLoader loader = new FixtureLoader(rewritten);
    Class<?> cases = loader.loadClass(caseClass);
    List<DynamicTest> tests = new ArrayList<>();
    for (Method method : cases.getDeclaredMethods()) {
      if (!method.getName().startsWith("case")) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(method.getName(),
          () -> check(method, cases, rewritten, sites)));
    }
    assertTrue(!tests.isEmpty(), "found the cases of " + caseClass);
    return tests.stream();
  }

  private static void check(Method method, Class<?> cases, Map<String, byte[]> rewritten,
      Map<Integer, Site> sites) throws Exception {
    NullPointerException thrown = run(method, cases);
    StackTraceElement top = thrown.getStackTrace()[0];
    Site site = sites.get(top.getLineNumber());
    assertNotNull(site, "the exception's top frame " + top + " is in the fixture");
    assertEquals(site.className(), top.getClassName(), "class of line " + top.getLineNumber());
    byte[] bytes = rewritten.get(site.className());
    ClassNode parsed = ClassFileParser.parse(bytes, site.className(),
        site.className().replace('.', '/'));
    MethodNode node = parsed.methods.stream()
        .filter(m -> m.name.equals(site.method()) && m.desc.equals(site.descriptor()))
        .findFirst().orElseThrow();
    AbstractInsnNode insn = instructionAtLine(node, top.getLineNumber());
    String expected = thrown.getMessage();
    assertEquals(expected, NullPointerMessages.message(node, insn),
        "message for " + top + " (" + method.getName() + ")");
  }

  /** Runs a case with null, zero and false for its arguments; it must throw an NPE. */
  private static NullPointerException run(Method method, Class<?> cases) throws Exception {
    method.setAccessible(true);
    Object receiver = null;
    if (!Modifier.isStatic(method.getModifiers())) {
      var constructor = cases.getDeclaredConstructor();
      constructor.setAccessible(true);
      receiver = constructor.newInstance();
    }
    Class<?>[] parameters = method.getParameterTypes();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      arguments[i] = defaultValue(parameters[i]);
    }
    try {
      method.invoke(receiver, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof NullPointerException) {
        return (NullPointerException) e.getCause();
      }
      fail(method.getName() + " threw " + e.getCause() + ", not a NullPointerException");
    }
    return fail(method.getName() + " threw no NullPointerException");
  }

  private static Object defaultValue(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == float.class) {
      return 0f;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    if (type == short.class) {
      return (short) 0;
    }
    return 0;
  }

  /**
   * Gives every real instruction a line number of its own, unique across the fixture, and
   * records where each line is; optionally drops the local variable names.
   */
  private static byte[] numberEveryInstruction(byte[] bytes, boolean stripNames, int[] nextLine,
      Map<Integer, Site> sites) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, 0);
    String className = node.name.replace('/', '.');
    for (MethodNode method : node.methods) {
      if (stripNames) {
        method.localVariables = null;
      }
      for (AbstractInsnNode insn : method.instructions.toArray()) {
        if (insn instanceof LineNumberNode) {
          method.instructions.remove(insn);
        }
      }
      for (AbstractInsnNode insn : method.instructions.toArray()) {
        if (insn.getOpcode() < 0) {
          continue;
        }
        LabelNode label = new LabelNode();
        int line = nextLine[0]++;
        method.instructions.insertBefore(insn, label);
        method.instructions.insertBefore(insn, new LineNumberNode(line, label));
        sites.put(line, new Site(className, method.name, method.desc));
      }
    }
    ClassWriter writer = new ClassWriter(0); // the code and its stack map frames are unchanged
    node.accept(writer);
    return writer.toByteArray();
  }

  private static AbstractInsnNode instructionAtLine(MethodNode method, int line) {
    for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null;
        insn = insn.getNext()) {
      if (insn instanceof LineNumberNode && ((LineNumberNode) insn).line == line) {
        AbstractInsnNode at = insn.getNext();
        while (at.getOpcode() < 0) {
          at = at.getNext();
        }
        return at;
      }
    }
    throw new AssertionError("no instruction at line " + line + " of " + method.name);
  }

  private static byte[] classBytes(Class<?> type) throws IOException {
    String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      assertNotNull(in, "class file of " + type.getName());
      return in.readAllBytes();
    }
  }

  /** Loads the rewritten fixture classes itself, everything else from its parent. */
  private static final class FixtureLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    FixtureLoader(Map<String, byte[]> classes) {
      super(NullPointerMessagesTest.class.getClassLoader());
      this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = defineClass(name, bytes, 0, bytes.length);
        }
        return loaded;
      }
    }
  }
}
