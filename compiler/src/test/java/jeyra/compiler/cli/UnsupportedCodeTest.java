package jeyra.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * JDK code that jeyra cannot compile yet is loud at build time: what the program's own code
 * reaches is a warning with a call path from the program, at every build, and an error with
 * {@code --strict}; a program that reaches none of it builds without a word.
 *
 * <p>The builds stop after the analysis ({@code --debug-stop-after-reach}) where they would
 * otherwise go on to code generation: the warnings are all made by then.
 */
class UnsupportedCodeTest {
  @TempDir Path directory;

  private record Run(int status, List<String> lines) {
    List<String> starting(String prefix) {
      return lines.stream().filter(line -> line.startsWith(prefix)).collect(Collectors.toList());
    }
  }

  private Run jeyra(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int status = Main.run(args);
      return new Run(status, err.toString(StandardCharsets.UTF_8).lines()
          .collect(Collectors.toList()));
    } finally {
      System.setErr(original);
    }
  }

  /** A class {@code name} whose {@code main} runs {@code body} and returns. */
  private Path program(String name, Consumer<MethodVisitor> body) throws IOException {
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
    Path file = directory.resolve(name + ".class");
    Files.write(file, writer.toByteArray());
    return file;
  }

  /** {@code System.out.println(new java.io.File("x").exists());} */
  private Path fileProgram() throws IOException {
    return program("FileUser", main -> {
      main.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
      main.visitTypeInsn(Opcodes.NEW, "java/io/File");
      main.visitInsn(Opcodes.DUP);
      main.visitLdcInsn("x");
      main.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/io/File", "<init>",
          "(Ljava/lang/String;)V", false);
      main.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/File", "exists", "()Z", false);
      main.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Z)V",
          false);
    });
  }

  private static final String INIT_IDS = "java.io.UnixFileSystem.initIDs()V is native and jeyra"
      + " has no substitution for it: it throws UnsatisfiedLinkError if it runs, and the"
      + " program's code reaches it: FileUser.main -> ";

  @Test
  void warnsOfWhatTheProgramReaches() throws IOException {
    Run run = jeyra("compile", "-O0", "-o", directory.resolve("out").toString(),
        "--debug-stop-after-reach", fileProgram().toString());
    List<String> warnings = run.starting("jeyra: warning: ");
    String initIds = warnings.stream().filter(line -> line.contains(INIT_IDS)).findFirst()
        .orElse(null);
    assertTrue(initIds != null, "a warning about UnixFileSystem.initIDs: " + run.lines());
    assertTrue(initIds.endsWith(" -> java.io.UnixFileSystem.initIDs"),
        "the path ends at the native method: " + initIds);
    // The build goes on: the only error is the stop after the analysis.
    assertEquals(List.of("jeyra: error: stopped after the analysis (--debug-stop-after-reach)"),
        run.starting("jeyra: error: "), "errors: " + run.lines());
  }

  @Test
  void strictMakesThemErrors() throws IOException {
    Path output = directory.resolve("out");
    Run run = jeyra("compile", "-O0", "--strict", "-o", output.toString(),
        fileProgram().toString());
    assertEquals(Main.FAILURE, run.status(), "status: " + run.lines());
    assertTrue(run.starting("jeyra: error: ").stream()
        .anyMatch(line -> line.contains(INIT_IDS) && line.endsWith("(an error with --strict)")),
        "an error about UnixFileSystem.initIDs: " + run.lines());
    assertEquals(List.of(), run.starting("jeyra: warning: "), "no warnings left");
    assertFalse(Files.exists(output), "no executable");
  }

  @Test
  void helloWorldReachesNothingUnsupported() throws IOException {
    Path hello = program("Hello", main -> {
      main.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
      main.visitLdcInsn("Hello, world!");
      main.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println",
          "(Ljava/lang/String;)V", false);
    });
    Run run = jeyra("compile", "-O0", "--strict", "-o", directory.resolve("out").toString(),
        "--debug-stop-after-reach", hello.toString());
    assertEquals(List.of(), run.starting("jeyra: warning: "), "warnings");
    assertEquals(List.of("jeyra: error: stopped after the analysis (--debug-stop-after-reach)"),
        run.starting("jeyra: error: "), "errors: " + run.lines());
  }
}
