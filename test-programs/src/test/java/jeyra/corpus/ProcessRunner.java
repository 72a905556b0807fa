package jeyra.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a process to completion with given stdin and environment, capturing its output. */
final class ProcessRunner {
  private ProcessRunner() {}

  /** What a run produced. */
  record Result(String stdout, String stderr, int exitStatus) {}

  /** What a run's standard input is. */
  sealed interface Stdin {}

  /** Text written to a pipe. */
  record PipedText(String text) implements Stdin {}

  /**
   * A file of {@code zeros} zero bytes and then {@code tail}, sparse, so that a file of
   * gigabytes costs no disk; the program reads the file itself and can seek in it.
   */
  record SparseFile(long zeros, String tail) implements Stdin {}

  static Result run(List<String> command, Path directory, Map<String, String> environment,
      String stdin, long timeoutSeconds) throws IOException, InterruptedException {
    return run(command, directory, environment, new PipedText(stdin), timeoutSeconds);
  }

  static Result run(List<String> command, Path directory, Map<String, String> environment,
      Stdin stdin, long timeoutSeconds) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().putAll(environment);
    Path file = null;
    if (stdin instanceof SparseFile sparse) {
      file = Files.createTempFile(directory, "stdin-", ".sparse");
      try (RandomAccessFile writer = new RandomAccessFile(file.toFile(), "rw")) {
        writer.seek(sparse.zeros());
        writer.write(sparse.tail().getBytes(StandardCharsets.UTF_8));
      }
      builder.redirectInput(file.toFile());
    }
    try {
      return run(builder, stdin, command, timeoutSeconds);
    } finally {
      if (file != null) {
        Files.delete(file);
      }
    }
  }

  private static Result run(ProcessBuilder builder, Stdin stdin, List<String> command,
      long timeoutSeconds) throws IOException, InterruptedException {
    Process process = builder.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread outReader = pump(process.getInputStream(), out);
    Thread errReader = pump(process.getErrorStream(), err);
    try (OutputStream in = process.getOutputStream()) {
      if (stdin instanceof PipedText piped) {
        in.write(piped.text().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // The program may exit without reading its input.
    }
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      outReader.join();
      errReader.join();
      throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command
          + "\nstdout so far:\n" + out.toString(StandardCharsets.UTF_8)
          + "\nstderr so far:\n" + err.toString(StandardCharsets.UTF_8));
    }
    outReader.join();
    errReader.join();
    return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        process.exitValue());
  }

  private static Thread pump(InputStream from, ByteArrayOutputStream to) {
    Thread thread = new Thread(() -> {
      try (from) {
        from.transferTo(to);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    thread.start();
    return thread;
  }
}
