package jeyra.compiler.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jeyra.compiler.diag.CompileError;

/**
 * Links the program's object files (the partitions code emission made, the first holding the
 * entry stub) into a static executable with the bundled {@code ld.lld}: entry {@code _start},
 * no interpreter, no shared libraries, and nothing else on the link line — no crt files, no
 * libc, no libgcc.
 */
public final class Linker {
  private final Toolchain toolchain;

  public Linker(Toolchain toolchain) {
    this.toolchain = toolchain;
  }

  /**
   * The command line for a link, for {@code --verbose} and tests.
   *
   * @param stripSymbols leave the symbol table out (stack traces do not need it: they use
   *     the call-site table)
   */
  public List<String> command(List<Path> objects, Path output, boolean stripSymbols) {
    List<String> command = new ArrayList<>();
    command.add(toolchain.lld().toString());
    command.add("-flavor");
    command.add("gnu");
    command.add("-static");
    command.add("--no-dynamic-linker");
    command.add("-e");
    command.add("_start");
    command.add("--build-id=none");
    command.add("-z");
    command.add("noexecstack");
    if (stripSymbols) {
      command.add("--strip-all");
    }
    command.add("-o");
    command.add(output.toString());
    for (Path object : objects) {
      command.add(object.toString());
    }
    return command;
  }

  /**
   * Links.
   *
   * @param stripSymbols leave the symbol table out
   * @throws CompileError with the linker's output if it fails
   */
  public void link(List<Path> objects, Path output, boolean stripSymbols) {
    ProcessBuilder builder = new ProcessBuilder(command(objects, output, stripSymbols));
    builder.environment().put("LD_LIBRARY_PATH", toolchain.libraryDir().toString());
    builder.redirectErrorStream(true);
    try {
      Process process = builder.start();
      String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = process.waitFor();
      if (status != 0) {
        throw new CompileError("linking failed (ld.lld exit status " + status + "): "
            + log.strip());
      }
    } catch (IOException e) {
      throw new CompileError("cannot run the bundled linker " + toolchain.lld() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompileError("interrupted while linking");
    }
  }
}
