package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jeyra.arch.Targets;
import org.junit.jupiter.api.Test;

/**
 * How the corpus's multi-call executable picks its program besides the first argument (which
 * the differential test uses): by its own name, through a symbolic link, with every argument
 * passed on; and with no program named, a usage message and status 2.
 */
class MultiCallTest {
  private static final long TIMEOUT_SECONDS = 60;

  private static Path executable() throws Exception {
    NativeBuilds.Build build = NativeBuilds.of(Targets.host(), Corpus.cases());
    if (build.executable() == null) {
      fail(build.failure());
    }
    return build.executable();
  }

  @Test
  void programChosenByExecutableName() throws Exception {
    Path executable = executable();
    Path link = executable.resolveSibling("arguments");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, executable.getFileName());
    List<String> arguments = List.of("corpus.Hello", "two");
    ProcessRunner.Result actual = ProcessRunner.run(concat(List.of(link.toString()), arguments),
        executable.getParent(), Corpus.ENVIRONMENT, "", TIMEOUT_SECONDS);
    // corpus.Arguments, chosen by the link's name, gets every argument, the first included.
    ProcessRunner.Result expected = ProcessRunner.run(concat(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        Corpus.classesDirectory().toAbsolutePath().toString(), "corpus.Arguments"), arguments),
        executable.getParent(), Corpus.ENVIRONMENT, "", TIMEOUT_SECONDS);
    assertEquals(expected.stdout(), actual.stdout(), actual.stderr());
    assertEquals(expected.exitStatus(), actual.exitStatus());
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  @Test
  void noProgramNamed() throws Exception {
    ProcessRunner.Result result = ProcessRunner.run(List.of(executable().toString(),
        "no.Such"), executable().getParent(), Corpus.ENVIRONMENT, "", TIMEOUT_SECONDS);
    assertEquals(2, result.exitStatus());
    assertTrue(result.stderr().startsWith("usage: "), result.stderr());
    assertTrue(result.stderr().contains("corpus.Hello"), result.stderr());
  }
}
