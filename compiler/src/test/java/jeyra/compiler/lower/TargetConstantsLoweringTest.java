package jeyra.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jeyra.arch.Target;
import jeyra.arch.Targets;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.load.ClassFileParser;
import jeyra.compiler.load.JdkImage;
import jeyra.compiler.model.Origin;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The JDK's inlined {@code UnixConstants} values get the target's values: aarch64's
 * {@code O_NOFOLLOW} and {@code O_DIRECT} differ from the x86-64 ones the host JDK was
 * generated with, in the real JDK 17 classes.
 */
class TargetConstantsLoweringTest {
  private static final JdkImage JDK = JdkImage.ofRunningJdk();

  private static ClassNode load(String name) {
    try {
      return ClassFileParser.parse(JDK.read(name), name, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Target target(String name) {
    return Targets.byName(name).orElseThrow();
  }

  private static int libraryValue(String constant) {
    for (FieldNode field : load("sun/nio/fs/UnixConstants").fields) {
      if (field.name.equals(constant)) {
        return (Integer) field.value;
      }
    }
    throw new AssertionError("no " + constant);
  }

  /** The int constants a method of a transformed class pushes. */
  private static List<Integer> constants(ClassNode node, String method) {
    List<Integer> values = new ArrayList<>();
    for (MethodNode m : node.methods) {
      if (!m.name.equals(method)) {
        continue;
      }
      for (AbstractInsnNode insn : m.instructions) {
        if (insn instanceof LdcInsnNode && ((LdcInsnNode) insn).cst instanceof Integer) {
          values.add((Integer) ((LdcInsnNode) insn).cst);
        } else if (insn instanceof IntInsnNode) {
          values.add(((IntInsnNode) insn).operand);
        }
      }
    }
    return values;
  }

  private static ClassNode transformed(String className, String targetName) {
    ClassNode node = load(className);
    new TargetConstantsLowering(target(targetName), TargetConstantsLoweringTest::load)
        .transform(node, Origin.JDK);
    return node;
  }

  @Test
  void aarch64GetsItsOwnOpenFlags() {
    Target aarch64 = target("aarch64");
    for (String constant : List.of("O_NOFOLLOW", "O_DIRECT")) {
      assertNotEquals(libraryValue(constant), aarch64.constant(constant).getAsInt(),
          constant + " differs between the host JDK and aarch64");
    }
    for (TargetConstantsLowering.Site site : TargetConstantsLowering.SITES) {
      List<Integer> pushed = constants(transformed(site.owner(), "aarch64"), site.method());
      int wanted = aarch64.constant(site.constant()).getAsInt();
      assertTrue(pushed.contains(wanted), site + " pushes aarch64's value: " + pushed);
      assertTrue(!pushed.contains(libraryValue(site.constant())),
          site + " no longer pushes the host's value: " + pushed);
    }
    ClassNode constants = transformed("sun/nio/fs/UnixConstants", "aarch64");
    for (FieldNode field : constants.fields) {
      if (field.name.equals("O_NOFOLLOW")) {
        assertEquals(aarch64.constant("O_NOFOLLOW").getAsInt(), field.value);
      }
    }
  }

  @Test
  void targetsWithTheHostValuesKeepThem() {
    for (String name : List.of("x86_64", "riscv64", "i686")) {
      for (TargetConstantsLowering.Site site : TargetConstantsLowering.SITES) {
        int value = target(name).constant(site.constant()).getAsInt();
        assertEquals(libraryValue(site.constant()), value, site + " on " + name);
        assertTrue(constants(transformed(site.owner(), name), site.method()).contains(value));
      }
    }
  }

  @Test
  void aMovedUseIsABuildError() {
    ClassNode node = load("sun/nio/fs/UnixPath");
    for (MethodNode method : node.methods) {
      if (method.name.equals("openForAttributeAccess")) {
        method.name = "renamedInAFutureJdk";
      }
    }
    CompileError error = assertThrows(CompileError.class, () ->
        new TargetConstantsLowering(target("aarch64"), TargetConstantsLoweringTest::load)
            .transform(node, Origin.JDK));
    assertTrue(error.getMessage().contains("UnixConstants.O_NOFOLLOW"), error.getMessage());
  }
}
