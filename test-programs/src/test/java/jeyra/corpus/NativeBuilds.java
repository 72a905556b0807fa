package jeyra.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jeyra.arch.Target;
import jeyra.compiler.cli.Main;

/**
 * The corpus compiled by jeyra, once per target: one multi-call executable holding every
 * program (each run picks its program by its first argument), which keeps the test time to
 * one whole-program build per target.
 */
final class NativeBuilds {
  private NativeBuilds() {}

  /** An executable, or why there is none. */
  record Build(Path executable, String failure) {}

  private static final Map<String, Build> BUILDS = new HashMap<>();

  static synchronized Build of(Target target, List<Corpus.Case> cases) {
    return BUILDS.computeIfAbsent(target.name(), name -> build(target, cases));
  }

  private static Build build(Target target, List<Corpus.Case> cases) {
    Path work = Path.of(System.getProperty("jeyra.corpus.work", "target/native"));
    Path executable = work.resolve("corpus-" + target.name()).toAbsolutePath();
    List<String> arguments = new ArrayList<>(List.of("compile", "--target", target.name(),
        "-o", executable.toString(), "-cp", Corpus.classesDirectory().toString()));
    for (Corpus.Case c : cases) {
      arguments.add(c.mainClass());
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    int status;
    long start = System.nanoTime();
    try {
      Files.createDirectories(work);
      // The compiler reports on System.err; keep a copy for the failure message.
      System.setErr(new PrintStream(new TeeStream(originalErr, errors), true,
          StandardCharsets.UTF_8));
      status = Main.run(arguments.toArray(new String[0]));
    } catch (IOException e) {
      return new Build(null, "cannot create " + work + ": " + e);
    } finally {
      System.setErr(originalErr);
    }
    originalErr.printf("jeyra compiled the corpus for %s in %.1f s%n", target.name(),
        (System.nanoTime() - start) / 1e9);
    if (status != 0 || !Files.isExecutable(executable)) {
      return new Build(null, "jeyra compile failed (status " + status + "):\n"
          + errors.toString(StandardCharsets.UTF_8));
    }
    return new Build(executable, null);
  }

  /** Writes to two streams. */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream first;
    private final java.io.OutputStream second;

    TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
