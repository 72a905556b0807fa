package jeyra.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bad input to {@code jeyra compile}: each case ends with status 2, one line per problem on
 * stderr naming it, and no output file.
 */
class BadInputTest {
  @TempDir Path directory;

  private void assertRejected(CliRun run, String... fragments) throws IOException {
    assertEquals(Main.FAILURE, run.status(), "status; stderr: " + run.stderr());
    // One error line; besides it only progress ("jeyra: finding reachable code...") before
    // and, for a usage error, the hint where help is.
    List<String> errors = run.starting("jeyra: error: ");
    assertEquals(1, errors.size(), "one error line: " + run.stderr());
    for (String line : run.lines()) {
      boolean progress = line.startsWith("jeyra: ") && line.endsWith("...");
      boolean hint = line.startsWith("Try 'jeyra ") && line.endsWith("--help'.");
      assertTrue(errors.contains(line) || progress || hint,
          "only progress or a help hint besides the error: " + run.stderr());
    }
    for (String fragment : fragments) {
      assertTrue(errors.get(0).contains(fragment),
          "the error should mention '" + fragment + "': " + run.stderr());
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<String> left = files.map(p -> p.getFileName().toString())
          .filter(name -> !name.endsWith(".class") && !name.equals("jdk"))
          .collect(Collectors.toList());
      assertTrue(left.isEmpty(), "files left behind: " + left);
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = directory.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private String output() {
    return directory.resolve("out").toString();
  }

  @Test
  void unknownTarget() throws IOException {
    Path input = write("Main.class", MainClasses.empty("Main"));
    assertRejected(CliRun.of("compile", "--target", "sparc", "-o", output(), input.toString()),
        "unknown target 'sparc'", "x86_64");
  }

  @Test
  void badMaximumHeap() throws IOException {
    Path input = write("Main.class", MainClasses.empty("Main"));
    assertRejected(CliRun.of("compile", "--max-heap", "12q", "-o", output(), input.toString()),
        "invalid size '12q'", "-Xmx");
    assertRejected(CliRun.of("compile", "--max-heap", "1k", "-o", output(), input.toString()),
        "at least 2m");
    assertRejected(CliRun.of("compile", "--max-heap", "99999999999t", "-o", output(),
        input.toString()), "too large");
    assertRejected(CliRun.of("compile", "--target", "i686", "--max-heap", "8g", "-o", output(),
        input.toString()), "32-bit", "i686");
  }

  @Test
  void badStressInterval() throws IOException {
    Path input = write("Main.class", MainClasses.empty("Main"));
    assertRejected(CliRun.of("compile", "--gc-stress", "-5", "-o", output(), input.toString()),
        "--gc-stress", "-5");
  }

  @Test
  void unknownOption() throws IOException {
    Path input = write("Main.class", MainClasses.empty("Main"));
    assertRejected(CliRun.of("compile", "--frobnicate", input.toString()), "--frobnicate");
  }

  @Test
  void missingClassFile() throws IOException {
    assertRejected(CliRun.of("compile", "-o", output(), directory.resolve("Nowhere.class")
        .toString()), "no such class file", "Nowhere.class");
  }

  @Test
  void truncatedClassFile() throws IOException {
    byte[] whole = MainClasses.empty("Main");
    Path input = write("Main.class", Arrays.copyOf(whole, whole.length / 2));
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()), "malformed class file",
        "Main.class");
  }

  @Test
  void classFileShorterThanItsHeader() throws IOException {
    Path input = write("Main.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()), "truncated");
  }

  @Test
  void notAClassFile() throws IOException {
    Path input = write("Main.class", "public class Main {}\n".getBytes(StandardCharsets.UTF_8));
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()), "magic number");
  }

  @Test
  void classWithoutMain() throws IOException {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "Library", null, "java/lang/Object", null);
    writer.visitEnd();
    Path input = write("Library.class", writer.toByteArray());
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()),
        "class Library has no main method");
  }

  @Test
  void mainClassNotOnTheClassPath() throws IOException {
    assertRejected(CliRun.of("compile", "-cp", directory.toString(), "-o", output(),
        "com.example.Missing"), "main class com.example.Missing not found");
  }

  @Test
  void outputInMissingDirectory() throws IOException {
    Path input = write("Main.class", MainClasses.empty("Main"));
    assertRejected(CliRun.of("compile", "-o", directory.resolve("no/such/dir/out").toString(),
        input.toString()), "cannot write", "does not exist");
  }

  @Test
  void outputIsADirectory() throws IOException {
    Path input = write("Main.class", MainClasses.empty("Main"));
    Path target = Files.createDirectory(directory.resolve("out"));
    CliRun run = CliRun.of("compile", "-o", target.toString(), input.toString());
    Files.delete(target); // the test's own directory, not something jeyra left
    assertRejected(run, "cannot write", "is a directory");
  }

  @Test
  void classLibraryOfAnotherJavaVersion() throws IOException {
    Path input = write("Main.class", MainClasses.empty("Main"));
    Path jdk = Files.createDirectories(directory.resolve("jdk"));
    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"21.0.2\"\n");
    assertRejected(CliRun.of("compile", "--jdk", jdk.toString(), "-o", output(), input.toString()),
        "must be JDK 17's", "21.0.2");
  }

  @Test
  void jdkDirectoryThatIsNoJdk() throws IOException {
    Path input = write("Main.class", MainClasses.empty("Main"));
    Path jdk = Files.createDirectories(directory.resolve("jdk"));
    assertRejected(CliRun.of("compile", "--jdk", jdk.toString(), "-o", output(), input.toString()),
        "not a JDK");
  }

  @Test
  void classFileNewerThanJava17() throws IOException {
    byte[] bytes = MainClasses.empty("Main");
    bytes[7] = 65; // Java 21
    Path input = write("Main.class", bytes);
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()), "newer than Java 17");
  }

  @Test
  void severalProgramsNeedAnOutputName() throws IOException {
    Path first = write("First.class", MainClasses.empty("First"));
    Path second = write("Second.class", MainClasses.empty("Second"));
    assertRejected(CliRun.of("compile", first.toString(), second.toString()), "needs -o");
  }

  /**
   * An invokedynamic whose bootstrap method jeyra does not know: the build stops and names the
   * class, the method and the instruction's bytecode offset.
   */
  @Test
  void unsupportedConstruct() throws IOException {
    Handle bootstrap = new Handle(Opcodes.H_INVOKESTATIC, "Dynamic", "bootstrap",
        "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
    byte[] dynamic = MainClasses.withMain("Dynamic", main -> {
      main.visitInsn(Opcodes.NOP);
      main.visitInvokeDynamicInsn("run", "()V", bootstrap);
    });
    Path input = write("Dynamic.class", dynamic);
    CliRun run = CliRun.of("compile", "-o", output(), input.toString());
    assertRejected(run, "Dynamic.main", "invokedynamic", "bytecode offset 1",
        "Dynamic.bootstrap");
    assertFalse(run.stderr().contains("\tat "), "a message, not a stack trace: " + run.stderr());
  }

  @Test
  void extraBytesAfterTheClassFile() throws IOException {
    byte[] whole = MainClasses.empty("Main");
    Path input = write("Main.class", Arrays.copyOf(whole, whole.length + 3));
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()), "malformed class file",
        "3 extra bytes");
  }

  /** An attribute whose length points far past the file: refused before ASM allocates it. */
  @Test
  void attributeLongerThanTheFile() throws IOException {
    byte[] whole = MainClasses.empty("Main");
    byte[] bytes = Arrays.copyOf(whole, whole.length + 6);
    bytes[whole.length - 1] = 1; // one class attribute instead of none
    bytes[whole.length] = 0;
    bytes[whole.length + 1] = 1; // its name: constant 1
    bytes[whole.length + 2] = 0x7f; // its length: 2^31 - 1
    bytes[whole.length + 3] = (byte) 0xff;
    bytes[whole.length + 4] = (byte) 0xff;
    bytes[whole.length + 5] = (byte) 0xff;
    Path input = write("Main.class", bytes);
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()), "malformed class file",
        "claims 2147483647 bytes");
  }

  /** Code a JVM's verifier refuses: an {@code iadd} with nothing on the stack. */
  @Test
  void codeThatFailsVerification() throws IOException {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Broken", null,
        "java/lang/Object", null);
    MethodVisitor main = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main",
        "([Ljava/lang/String;)V", null, null);
    main.visitCode();
    main.visitInsn(Opcodes.IADD);
    main.visitInsn(Opcodes.RETURN);
    main.visitMaxs(2, 1);
    main.visitEnd();
    writer.visitEnd();
    Path input = write("Broken.class", writer.toByteArray());
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()), "invalid class file",
        "Broken.class", "main([Ljava/lang/String;)V");
  }

  /** A name from the class file with a line break in it stays on the error's one line. */
  @Test
  void controlCharactersInNamesAreEscaped() throws IOException {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Odd", null,
        "Line\nBreak", null);
    writer.visitEnd();
    Path input = write("Odd.class", writer.toByteArray());
    assertRejected(CliRun.of("compile", "-o", output(), input.toString()), "Line\\nBreak");
  }
}
