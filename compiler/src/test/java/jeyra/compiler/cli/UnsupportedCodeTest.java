package jeyra.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  /** A class {@code name} whose {@code main} runs {@code body} and returns. */
  private Path program(String name, Consumer<MethodVisitor> body) throws IOException {
    Path file = directory.resolve(name + ".class");
    Files.write(file, MainClasses.withMain(name, body));
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

  /**
   * The file program's analysis, shared by two tests (an analysis takes half a minute): it
   * also asks why some code is reachable.
   */
  private static CliRun fileProgramRun;

  private CliRun fileProgramRun() throws IOException {
    if (fileProgramRun == null) {
      fileProgramRun = CliRun.of("compile", "-O0", "-o", directory.resolve("out").toString(),
          "--debug-stop-after-reach",
          "--why-reachable", "java.io.UnixFileSystem.initIDs",
          "--why-reachable", "FileUser",
          "--why-reachable", "java.lang.String.valueOf(F)Ljava/lang/String;",
          "--why-reachable", "no.Such",
          fileProgram().toString());
    }
    return fileProgramRun;
  }

  @Test
  void warnsOfWhatTheProgramReaches() throws IOException {
    CliRun run = fileProgramRun();
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
  void explainsWhyCodeIsReachable() throws IOException {
    CliRun run = fileProgramRun();
    List<String> answers = run.starting("jeyra: why reachable: ");
    assertEquals(4, answers.size(), "one answer per name: " + run.lines());
    String initIds = answers.get(0);
    assertTrue(initIds.startsWith("jeyra: why reachable: java.io.UnixFileSystem.initIDs()V is "
        + "reachable: ["), "a chain from a root with its reason: " + initIds);
    assertTrue(initIds.endsWith(" -> java.io.UnixFileSystem.initIDs"), "ending at it: "
        + initIds);
    assertEquals("jeyra: why reachable: FileUser: not instantiated; FileUser.main([Ljava/lang/"
        + "String;)V is reachable: [exported symbol jeyra_runtime_main] jeyra.runtime.RuntimeMain"
        + ".main -> FileUser.main", answers.get(1), "a class is explained by its nearest method");
    assertEquals("jeyra: why reachable: java.lang.String.valueOf(F)Ljava/lang/String; is not "
        + "reachable", answers.get(2));
    assertEquals("jeyra: why reachable: no.Such: no class of that name is part of the build",
        answers.get(3));
  }

  @Test
  void strictMakesThemErrors() throws IOException {
    Path output = directory.resolve("out");
    CliRun run = CliRun.of("compile", "-O0", "--strict", "-o", output.toString(),
        fileProgram().toString());
    assertEquals(Main.FAILURE, run.status(), "status: " + run.lines());
    assertTrue(run.starting("jeyra: error: ").stream()
        .anyMatch(line -> line.contains(INIT_IDS) && line.endsWith("(an error with --strict)")),
        "an error about UnixFileSystem.initIDs: " + run.lines());
    assertEquals(List.of(), run.starting("jeyra: warning: "), "no warnings left");
    assertFalse(Files.exists(output), "no executable");
  }

  /** Machinery of the class library that printing a line does not use. */
  private static final List<String> NOT_FOR_HELLO = List.of("java.util.Formatter",
      "java.util.regex.Pattern", "java.util.concurrent.ForkJoinPool", "java.util.stream.Stream",
      "java.text.DateFormatSymbols", "java.util.Calendar", "java.lang.reflect.Proxy");

  /**
   * Methods of classes hello world uses that it never calls: they were reachable while the
   * analysis believed any object could be in any {@code Object[]} (the runtime stored what
   * raw memory gave into one), and so in every collection.
   */
  private static final List<String> NOT_CALLED_BY_HELLO =
      List.of("java.nio.ByteBuffer.hashCode()I", "java.util.ArrayList.hashCode()I");

  /**
   * Hello world's analysis, shared by two tests; it asks about {@link #NOT_FOR_HELLO} and
   * {@link #NOT_CALLED_BY_HELLO}.
   */
  private static CliRun helloRun;

  private CliRun helloRun() throws IOException {
    if (helloRun == null) {
      Path hello = program("Hello", main -> {
        main.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/System", "out",
            "Ljava/io/PrintStream;");
        main.visitLdcInsn("Hello, world!");
        main.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/io/PrintStream", "println",
            "(Ljava/lang/String;)V", false);
      });
      List<String> arguments = new java.util.ArrayList<>(List.of("compile", "-O0", "--strict",
          "-o", directory.resolve("out").toString(), "--debug-stop-after-reach"));
      for (String name : NOT_FOR_HELLO) {
        arguments.addAll(List.of("--why-reachable", name));
      }
      for (String name : NOT_CALLED_BY_HELLO) {
        arguments.addAll(List.of("--why-reachable", name));
      }
      arguments.add(hello.toString());
      helloRun = CliRun.of(arguments.toArray(String[]::new));
    }
    return helloRun;
  }

  @Test
  void helloWorldReachesNothingUnsupported() throws IOException {
    CliRun run = helloRun();
    assertEquals(List.of(), run.starting("jeyra: warning: "), "warnings");
    assertEquals(List.of("jeyra: error: stopped after the analysis (--debug-stop-after-reach)"),
        run.starting("jeyra: error: "), "errors: " + run.lines());
  }

  /**
   * Hello world leaves out what it does not use. Each of these once came in through one call
   * the analysis could not rule out (the runtime's stack walker sorting with
   * {@code Arrays.sort}, whose parallel path brought the fork-join pool, whose threads'
   * {@code run} brought streams, whose messages brought {@code Formatter}, ...) and together
   * they were three quarters of the executable.
   */
  @Test
  void helloWorldLeavesOutWhatItDoesNotUse() throws IOException {
    List<String> expected = new java.util.ArrayList<>();
    for (String name : NOT_FOR_HELLO) {
      expected.add("jeyra: why reachable: " + name + ": not reachable: no reachable code uses "
          + name);
    }
    for (String name : NOT_CALLED_BY_HELLO) {
      expected.add("jeyra: why reachable: " + name + " is not reachable");
    }
    assertEquals(expected, helloRun().starting("jeyra: why reachable: "));
  }

  /**
   * {@code Arrays.sort(int[])} passes {@code DualPivotQuicksort} a parallelism of 0: the
   * analysis follows that constant, so sorting does not bring the fork-join pool (and with
   * it the mass hello world leaves out).
   */
  @Test
  void sortingIntsLeavesOutTheForkJoinPool() throws IOException {
    Path sorter = program("SortInts", main -> {
      main.visitInsn(Opcodes.ICONST_3);
      main.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_INT);
      main.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Arrays", "sort", "([I)V", false);
    });
    CliRun run = CliRun.of("compile", "-O0", "-o", directory.resolve("out").toString(),
        "--debug-stop-after-reach", "--why-reachable", "java.util.concurrent.ForkJoinPool",
        "--why-reachable", "java.util.DualPivotQuicksort.sort(Ljava/util/DualPivotQuicksort$"
        + "Sorter;[IIII)V", sorter.toString());
    List<String> answers = run.starting("jeyra: why reachable: ");
    assertEquals(2, answers.size(), "answers: " + run.lines());
    assertEquals("jeyra: why reachable: java.util.concurrent.ForkJoinPool: not reachable: no "
        + "reachable code uses java.util.concurrent.ForkJoinPool", answers.get(0));
    assertTrue(answers.get(1).contains("is reachable: ") && answers.get(1).endsWith(
        " -> java.util.Arrays.sort -> java.util.DualPivotQuicksort.sort -> "
        + "java.util.DualPivotQuicksort.sort"), "the sequential sort is: " + answers.get(1));
  }
}
