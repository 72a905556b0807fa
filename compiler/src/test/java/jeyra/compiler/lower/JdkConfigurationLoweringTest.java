package jeyra.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The build JDK's {@code java.security} is read as {@link java.util.Properties} reads it and
 * compiled into the runtime's {@code JdkConfiguration} as the constant its method returns.
 */
class JdkConfigurationLoweringTest {
  @TempDir Path home;

  private void writeSecurityFile(String text) throws IOException {
    Path directory = home.resolve("conf").resolve("security");
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("java.security"), text);
  }

  private static ClassNode configurationClass() {
    ClassNode node = new ClassNode();
    node.name = JdkConfigurationLowering.CONFIGURATION_CLASS;
    MethodNode method = new MethodNode(Opcodes.ACC_STATIC,
        JdkConfigurationLowering.SECURITY_PROPERTIES, "()Ljava/lang/String;", null, null);
    InsnList placeholder = new InsnList();
    placeholder.add(new TypeInsnNode(Opcodes.NEW, "java/lang/InternalError"));
    placeholder.add(new InsnNode(Opcodes.ATHROW));
    method.instructions = placeholder;
    node.methods.add(method);
    return node;
  }

  @Test
  void readsPropertiesAsTheJdkDoesInKeyOrder() throws IOException {
    writeSecurityFile("# a comment = not a property\n"
        + "zeta.last=z\n"
        + "alpha.list=one, \\\n"
        + "    #two, three\n"
        + "! another comment\n"
        + "empty.value=\n");
    String encoded = new JdkConfigurationLowering(home).securityProperties();
    assertEquals("alpha.list\0one, #two, three\0empty.value\0\0zeta.last\0z", encoded);
  }

  @Test
  void replacesThePlaceholderWithTheConstant() throws IOException {
    writeSecurityFile("policy.provider=sun.security.provider.PolicyFile\n");
    ClassNode node = configurationClass();
    new JdkConfigurationLowering(home).transform(node, Origin.RUNTIME);
    MethodNode method = node.methods.get(0);
    assertEquals(2, method.instructions.size());
    LdcInsnNode load = (LdcInsnNode) method.instructions.getFirst();
    assertEquals("policy.provider\0sun.security.provider.PolicyFile", load.cst);
    assertEquals(Opcodes.ARETURN, method.instructions.getLast().getOpcode());
  }

  @Test
  void leavesOtherClassesAlone() {
    ClassNode node = configurationClass();
    // No file is read for a class that is not the runtime's, whatever its name.
    new JdkConfigurationLowering(home).transform(node, Origin.USER);
    assertEquals(Opcodes.NEW, node.methods.get(0).instructions.getFirst().getOpcode());
  }

  @Test
  void aJdkWithoutTheFileIsABuildError() {
    CompileError error = assertThrows(CompileError.class,
        () -> new JdkConfigurationLowering(home).transform(configurationClass(),
            Origin.RUNTIME));
    assertTrue(error.getMessage().contains("java.security"), error.getMessage());
  }

  @Test
  void theRunningJdksFileIsReadable() {
    String encoded = new JdkConfigurationLowering(Path.of(System.getProperty("java.home")))
        .securityProperties();
    assertTrue(encoded.contains("securerandom.source\0"), encoded);
  }
}
