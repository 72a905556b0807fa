package jeyra.compiler.lower;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.ClassTransformer;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Compiles in the configuration files the class library reads from {@code java.home}: a
 * native executable has no JDK beside it, so the build JDK's files are what the program
 * sees. Each file's contents become the constant that a method of the runtime's
 * {@code JdkConfiguration} returns.
 *
 * <p>Today that is {@code conf/security/java.security}, the security properties, parsed here
 * with {@link Properties} (so comments and line continuations are the JDK's own reading) and
 * passed on as key, value, key, value, ... separated by NUL characters, in key order so that
 * two builds give the same executable.
 */
public final class JdkConfigurationLowering implements ClassTransformer {
  static final String CONFIGURATION_CLASS = "jeyra/runtime/jdk/JdkConfiguration";
  static final String SECURITY_PROPERTIES = "securityProperties";
  /** A string constant's limit: its modified UTF-8 must fit the class file's u2 length. */
  private static final int MAX_CONSTANT_BYTES = 65_535;

  private final Path jdkHome;

  /** @param jdkHome the home directory of the JDK whose class library is compiled */
  public JdkConfigurationLowering(Path jdkHome) {
    this.jdkHome = jdkHome;
  }

  @Override
  public void transform(ClassNode node, Origin origin) {
    if (origin != Origin.RUNTIME || !node.name.equals(CONFIGURATION_CLASS)) {
      return;
    }
    for (MethodNode method : node.methods) {
      if (method.name.equals(SECURITY_PROPERTIES)) {
        returnConstant(method, securityProperties());
        return;
      }
    }
    throw new CompileError("jeyra's runtime has no " + CONFIGURATION_CLASS.replace('/', '.')
        + "." + SECURITY_PROPERTIES + "() to hold the security properties");
  }

  /** The build JDK's security properties, encoded as the runtime reads them. */
  String securityProperties() {
    Path file = jdkHome.resolve("conf").resolve("security").resolve("java.security");
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new CompileError("cannot read the JDK's security properties from " + file + ": "
          + e.getMessage(), e);
    }
    StringBuilder pairs = new StringBuilder();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      if (pairs.length() > 0) {
        pairs.append('\0');
      }
      pairs.append(key).append('\0').append(properties.getProperty(key));
    }
    String encoded = pairs.toString();
    if (modifiedUtf8Length(encoded) > MAX_CONSTANT_BYTES) {
      throw new CompileError(file + " holds more security properties than one string constant "
          + "can (" + MAX_CONSTANT_BYTES + " bytes)");
    }
    return encoded;
  }

  private static void returnConstant(MethodNode method, String value) {
    InsnList code = new InsnList();
    code.add(new LdcInsnNode(value));
    code.add(new InsnNode(Opcodes.ARETURN));
    method.instructions = code;
    method.tryCatchBlocks.clear();
    method.localVariables = null;
    method.maxStack = 1;
    method.maxLocals = 0;
  }

  /** The length of a string in the class file's modified UTF-8 (NUL takes two bytes). */
  private static int modifiedUtf8Length(String value) {
    int length = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      length += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
    }
    return length;
  }
}
