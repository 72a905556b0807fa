package jeyra.compiler.load;

import jeyra.compiler.diag.CompileError;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.JSRInlinerAdapter;
import org.objectweb.asm.tree.ClassNode;

/**
 * Turns class file bytes into ASM trees, refusing anything malformed with a message that
 * names the class file and the problem.
 *
 * <p>ASM assumes well-formed input and fails with bare runtime exceptions on bad bytes (or
 * allocates what a corrupt length asks for); this class checks the header itself (JVMS 4.1:
 * magic, version) and the layout's lengths ({@link ClassFileLayout}) first, and turns any
 * parse failure into a {@link CompileError}. Old {@code jsr}/{@code ret} subroutines are inlined on the way, so
 * later stages never see them.
 */
public final class ClassFileParser {
  private ClassFileParser() {}

  /**
   * Parses one class file.
   *
   * @param bytes the class file; not null
   * @param origin where it came from, for messages ({@code Main.class in /dir})
   * @param expectedName the internal name the file must declare, or null to accept any
   * @return the class tree, with method bodies and without stack map frames
   * @throws CompileError if the bytes are not a well-formed Java 17 (or older) class file
   */
  public static ClassNode parse(byte[] bytes, String origin, String expectedName) {
    return parse(bytes, origin, expectedName, null);
  }

  /**
   * Parses one class file and records its instructions' bytecode offsets.
   *
   * @param offsets where to record offsets, or null not to
   * @see #parse(byte[], String, String)
   */
  public static ClassNode parse(byte[] bytes, String origin, String expectedName,
      BytecodeOffsets offsets) {
    checkHeader(bytes, origin);
    ClassFileLayout.check(bytes, origin);
    ClassNode node = new ClassNode();
    try {
      ClassReader reader = new ClassReader(bytes);
      reader.accept(new SubroutineInliner(node), ClassReader.SKIP_FRAMES);
    } catch (CompileError e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CompileError("malformed class file " + origin + ": " + describe(e), e);
    }
    if (node.name == null) {
      throw new CompileError("malformed class file " + origin + ": no class name");
    }
    if (expectedName != null && !expectedName.equals(node.name)) {
      throw new CompileError("class file " + origin + " declares class "
          + node.name.replace('/', '.') + ", expected " + expectedName.replace('/', '.'));
    }
    if (offsets != null) {
      offsets.record(bytes, node);
    }
    return node;
  }

  private static void checkHeader(byte[] bytes, String origin) {
    if (bytes.length < 10) {
      throw new CompileError("malformed class file " + origin + ": truncated ("
          + bytes.length + " bytes, shorter than a class file header)");
    }
    int magic = ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16)
        | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
    if (magic != 0xCAFEBABE) {
      throw new CompileError(String.format(
          "malformed class file %s: magic number 0x%08X, expected 0xCAFEBABE", origin, magic));
    }
    int minor = ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff);
    int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    if (major > JdkImage.JAVA_17_MAJOR) {
      throw new CompileError("class file " + origin + " has version " + major + "." + minor
          + ", newer than Java 17 (" + JdkImage.JAVA_17_MAJOR + "); compile it with --release 17");
    }
    if (major < 45) {
      throw new CompileError("malformed class file " + origin + ": version " + major
          + " is older than any Java class file (45)");
    }
    if (minor == 0xFFFF) {
      throw new CompileError("class file " + origin + " uses Java " + (major - 44)
          + " preview features (minor version 65535), which jeyra does not support");
    }
  }

  /**
   * One line for an error message: what a check of a class file said, or what went wrong in
   * reading it (ASM's exceptions name what it found; their messages can run to many lines).
   */
  static String describe(Throwable e) {
    if (e instanceof ArrayIndexOutOfBoundsException) {
      return "truncated or inconsistent (a structure points past the end of the file)";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String firstLine = message.lines().findFirst().orElse(message).trim();
    return firstLine.length() > 300 ? firstLine.substring(0, 300) + "..." : firstLine;
  }

  /** Inlines {@code jsr}/{@code ret} (class files before version 51) while reading. */
  private static final class SubroutineInliner extends ClassVisitor {
    SubroutineInliner(ClassNode node) {
      super(Opcodes.ASM9, node);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor,
        String signature, String[] exceptions) {
      MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
      return new JSRInlinerAdapter(next, access, name, descriptor, signature, exceptions);
    }
  }
}
