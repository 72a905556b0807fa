package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code jeyra} launcher as a user runs it: {@code jeyra compile Hello.class} in a
 * directory writes {@code ./hello}, which prints what the JVM prints; --verbose reports the
 * build; --help and --version answer.
 */
class CommandLineTest {
  private static final long TIMEOUT_SECONDS = 900;

  @TempDir Path directory;

  private static String launcher() {
    return Path.of(System.getProperty("jeyra.launcher", "../scripts/jeyra")).toAbsolutePath()
        .toString();
  }

  @Test
  void compileHelloWithDefaultName() throws Exception {
    Path helloClass = Corpus.classesDirectory().resolve("corpus/Hello.class").toAbsolutePath();
    ProcessRunner.Result build = ProcessRunner.run(List.of(launcher(), "compile", "-O0",
        "--verbose", helloClass.toString()), directory, Map.of(), "", TIMEOUT_SECONDS);
    assertEquals(0, build.exitStatus(), "jeyra compile failed:\n" + build.stderr());
    Path executable = directory.resolve("hello");
    assertTrue(Files.isExecutable(executable), "./hello written");
    for (String item : List.of("methods reached", "classes loaded", "executable bytes",
        "reach", "link")) {
      assertTrue(build.stderr().contains(item), "the build report shows '" + item + "':\n"
          + build.stderr());
    }
    ProcessRunner.Result run = ProcessRunner.run(List.of(executable.toString()), directory,
        Map.of(), "", 60);
    assertEquals("Hello, world!\n", run.stdout());
    assertEquals("", run.stderr());
    assertEquals(0, run.exitStatus());

    // Builds are reproducible: the same input gives the same bytes, every time.
    Path again = directory.resolve("hello-again");
    ProcessRunner.Result rebuild = ProcessRunner.run(List.of(launcher(), "compile", "-O0",
        "-o", again.toString(), helloClass.toString()), directory, Map.of(), "",
        TIMEOUT_SECONDS);
    assertEquals(0, rebuild.exitStatus(), "jeyra compile failed:\n" + rebuild.stderr());
    assertEquals(-1L, Files.mismatch(executable, again),
        "a second build of the same program gave different bytes");
  }

  /** -Os: LLVM's size mode on every function, and no symbol table; the program still runs. */
  @Test
  void sizeModeLeavesOutTheSymbolTable() throws Exception {
    Path executable = directory.resolve("hello-small");
    ProcessRunner.Result build = ProcessRunner.run(List.of(launcher(), "compile", "-Os",
        "-cp", Corpus.classesDirectory().toAbsolutePath().toString(), "-o",
        executable.toString(), "corpus.Hello"), directory, Map.of(), "", TIMEOUT_SECONDS);
    assertEquals(0, build.exitStatus(), "jeyra compile -Os failed:\n" + build.stderr());
    assertFalse(new ElfFile(executable).hasSymbolTable(), "-Os leaves out the symbol table");
    ProcessRunner.Result jvm = ProcessRunner.run(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        Corpus.classesDirectory().toAbsolutePath().toString(), "corpus.Hello"), directory,
        Map.of(), "", 60);
    ProcessRunner.Result run = ProcessRunner.run(List.of(executable.toString()), directory,
        Map.of(), "", 60);
    assertEquals(jvm.stdout(), run.stdout());
    assertEquals(jvm.stderr(), run.stderr());
    assertEquals(jvm.exitStatus(), run.exitStatus());
  }

  @Test
  void helpAndVersion() throws Exception {
    ProcessRunner.Result help = ProcessRunner.run(List.of(launcher(), "compile", "--help"),
        directory, Map.of(), "", 60);
    assertEquals(0, help.exitStatus());
    assertTrue(help.stdout().contains("--target"), help.stdout());
    ProcessRunner.Result version = ProcessRunner.run(List.of(launcher(), "--version"),
        directory, Map.of(), "", 60);
    assertEquals(0, version.exitStatus());
    assertTrue(version.stdout().startsWith("jeyra "), version.stdout());
  }
}
