package jeyra.compiler.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jeyra.arch.Target;
import jeyra.arch.Targets;
import jeyra.compiler.FrontEnd;
import jeyra.compiler.init.fixtures.Guards;
import jeyra.compiler.init.fixtures.RunTimeCases;
import jeyra.compiler.init.fixtures.Tables;
import jeyra.compiler.init.fixtures.TargetFacts;
import jeyra.compiler.layout.ObjectLayout;
import jeyra.compiler.load.DirectorySource;
import jeyra.compiler.load.JdkImage;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import jeyra.compiler.reach.BuildTimeConstants;
import jeyra.compiler.reach.Resolver;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The build-time interpreter against the JVM: an initialiser the rule allows leaves exactly the
 * static state the JVM's run of it leaves (for the target: a word is 8 bytes on x86_64 and 4 on
 * i686), and each initialiser the rule forbids is kept for run time with its reason.
 */
class BuildTimeInitTest {
  private static final Path TEST_CLASSES = Path.of("target", "test-classes");

  /** The interpreter over the test classes, for a target. */
  private record Build(Universe universe, BuildTimeInit init, BuildTimeConstants constants) {
    ClassInfo type(Class<?> type) {
      return universe.require(type.getName().replace('.', '/'));
    }
  }

  private static Build build(Target target, Set<String> forcedRunTime) {
    Universe universe = new FrontEnd(JdkImage.ofRunningJdk(), target)
        .universe(List.of(new DirectorySource(TEST_CLASSES)));
    Resolver resolver = new Resolver(universe);
    BuildTimeConstants constants = new BuildTimeConstants(universe, resolver, target,
        new ObjectLayout(target.wordBytes()));
    BuildTimeInit init = new BuildTimeInit(universe, resolver, constants, forcedRunTime,
        Set.of());
    constants.useImageState(init);
    return new Build(universe, init, constants);
  }

  @Test
  void leavesTheStateTheJvmLeaves() throws Exception {
    Build build = build(Targets.byName("x86_64").orElseThrow(), Set.of());
    BuildTimeInit init = build.init();
    ClassInfo tables = build.type(Tables.class);
    assertTrue(init.tryInitialize(tables), "Tables runs at build time: "
        + init.runTimeReason(tables));
    Map<FieldInfo, Object> values = init.staticValues(tables);
    int compared = 0;
    for (Field field : Tables.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      FieldInfo info = tables.field(field.getName(), org.objectweb.asm.Type.getDescriptor(
          field.getType()));
      assertNotNull(info, field.getName());
      assertEquals(describe(field.get(null)), describe(values.get(info)), field.getName());
      compared++;
    }
    assertEquals(14, compared, "every static field compared");
  }

  /** TargetInfo is answered for the target (the JVM cannot run it: it is an intrinsic). */
  @Test
  void answersTargetQueriesForTheTarget() {
    for (String name : List.of("x86_64", "i686")) {
      Target target = Targets.byName(name).orElseThrow();
      Build build = build(target, Set.of());
      ClassInfo facts = build.type(TargetFacts.class);
      assertTrue(build.init().tryInitialize(facts), build.init().runTimeReason(facts));
      Map<FieldInfo, Object> values = build.init().staticValues(facts);
      assertEquals((long) target.wordBytes(), values.get(facts.field("WORD_BYTES", "J")), name);
      assertEquals(target.wordBytes() * 3, values.get(facts.field("THREE_WORDS", "I")), name);
      // The JDK's own: Unsafe's layout constants are the target's, not the build machine's.
      ClassInfo unsafe = build.universe().require("jdk/internal/misc/Unsafe");
      assertTrue(build.init().tryInitialize(unsafe), build.init().runTimeReason(unsafe));
      Map<FieldInfo, Object> constants = build.init().staticValues(unsafe);
      assertEquals(target.wordBytes(), constants.get(unsafe.field("ADDRESS_SIZE", "I")), name);
      assertEquals(target.wordBytes(),
          constants.get(unsafe.field("ARRAY_OBJECT_INDEX_SCALE", "I")), name);
      assertEquals(new ObjectLayout(target.wordBytes()).arrayBaseOffset(),
          constants.get(unsafe.field("ARRAY_LONG_BASE_OFFSET", "I")), name);
    }
  }

  /**
   * A branch on a {@code static final} field settled while building only continues on the side
   * the target takes; one on a field of a class initialised at run time keeps both sides.
   */
  @Test
  void skipsCodeBehindFinalStaticsSettledWhileBuilding() {
    for (String name : List.of("x86_64", "i686")) {
      Target target = Targets.byName(name).orElseThrow();
      Build build = build(target, Set.of());
      ClassInfo guards = build.type(Guards.class);
      Set<String> onTarget = calledIn(build, guards.method("onTarget", "()I"));
      assertEquals(Set.of(target.wordBytes() == 8 ? "wide" : "narrow"), onTarget, name);
      assertEquals(Set.of("wide", "narrow"), calledIn(build, guards.method("onClock", "()I")),
          name);
    }
  }

  /** The names of the methods a method calls in its live code. */
  private static Set<String> calledIn(Build build, MethodInfo method) {
    boolean[] live = build.constants().live(method);
    AbstractInsnNode[] insns = method.node().instructions.toArray();
    Set<String> called = new java.util.HashSet<>();
    for (int i = 0; i < insns.length; i++) {
      if (live[i] && insns[i] instanceof MethodInsnNode call) {
        called.add(call.name);
      }
    }
    return called;
  }

  @Test
  void keepsForRunTimeWhatTheRuleForbids() {
    Build build = build(Targets.host(), Set.of(RunTimeCases.Forced.class.getName()));
    BuildTimeInit init = build.init();
    Map<Class<?>, String> expected = Map.of(
        RunTimeCases.ReadsEnvironment.class, "needs java.lang.ProcessEnvironment: reads "
            + "jeyra.origin.program.ProgramInfo.envp, which other code can change",
        RunTimeCases.ReadsClock.class, "uses the intrinsic Word.",
        RunTimeCases.NeedsClock.class, "needs " + RunTimeCases.ReadsClock.class.getName()
            + ": uses the intrinsic Word.",
        RunTimeCases.WritesOther.class, "writes " + Tables.class.getName() + ".counter of "
            + "another class",
        RunTimeCases.ReadsMutable.class, "reads " + Tables.class.getName() + ".counter, which "
            + "other code can change",
        RunTimeCases.Throws.class, "", // making the exception ends the attempt before throwing
        RunTimeCases.MakesFinalizable.class, "instantiates "
            + RunTimeCases.MakesFinalizable.Finalizable.class.getName() + ", which has a "
            + "finalizer",
        RunTimeCases.Forced.class, "the build was told to initialise it at run time",
        RunTimeCases.NeedsForced.class, "needs " + RunTimeCases.Forced.class.getName()
            + ": the build was told");
    for (Map.Entry<Class<?>, String> entry : expected.entrySet()) {
      ClassInfo type = build.type(entry.getKey());
      assertEquals(false, init.tryInitialize(type), entry.getKey().getSimpleName());
      String reason = init.runTimeReason(type);
      assertNotNull(reason, entry.getKey().getSimpleName());
      assertTrue(reason.startsWith(entry.getValue()), entry.getKey().getSimpleName() + ": "
          + reason);
      assertEquals(BuildTimeInit.State.RUN_TIME, init.state(type));
    }
  }

  /** A value as text, comparable between the JVM's objects and the interpreter's. */
  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof HeapObject object) {
      if (object.isArray()) {
        StringBuilder text = new StringBuilder(object.type.name().replace('/', '.'))
            .append('[');
        for (int i = 0; i < object.length(); i++) {
          Object element = Array.get(object.elements, i);
          if (object.type.name().equals("[C")) {
            element = (int) (Character) element;
          }
          text.append(describe(element)).append(',');
        }
        return text.append(']').toString();
      }
      if (object.type.name().equals("java/lang/String")) {
        return "\"" + text(object) + "\"";
      }
      if (object.type.superclass() != null
          && object.type.superclass().name().equals("java/lang/Enum")) {
        return "enum " + text((HeapObject) object.get(object.type.superclass().field("name",
            "Ljava/lang/String;")));
      }
      return object.type.binaryName();
    }
    if (value instanceof String text) {
      return "\"" + text + "\"";
    }
    if (value instanceof Enum<?> constant) {
      return "enum " + constant.name();
    }
    if (value.getClass().isArray()) {
      StringBuilder text = new StringBuilder(value.getClass().getName()).append('[');
      for (int i = 0; i < Array.getLength(value); i++) {
        Object element = Array.get(value, i);
        if (element instanceof Character c) {
          element = (int) c;
        } else if (element instanceof Byte || element instanceof Short) {
          element = ((Number) element).intValue();
        }
        text.append(describe(element)).append(',');
      }
      return text.append(']').toString();
    }
    if (value instanceof Boolean flag) {
      return String.valueOf(flag ? 1 : 0);
    }
    if (value instanceof Character c) {
      return String.valueOf((int) c);
    }
    if (value instanceof Byte || value instanceof Short) {
      return String.valueOf(((Number) value).intValue());
    }
    return value.getClass().getSimpleName() + " " + value;
  }

  private static String text(HeapObject string) {
    ClassInfo type = string.type;
    HeapObject value = (HeapObject) string.get(type.field("value", "[B"));
    int coder = (Integer) string.get(type.field("coder", "B"));
    byte[] bytes = (byte[]) value.elements;
    return new String(bytes, coder == 0 ? StandardCharsets.ISO_8859_1
        : StandardCharsets.UTF_16LE);
  }
}
