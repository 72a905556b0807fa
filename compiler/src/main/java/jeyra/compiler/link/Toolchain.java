package jeyra.compiler.link;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import jeyra.compiler.diag.CompileError;
import org.bytedeco.javacpp.Loader;

/**
 * The linker that ships inside the {@code org.bytedeco:llvm} artifact, made runnable.
 *
 * <p>JavaCPP extracts the artifact's files to its cache. The extracted {@code lld} needs
 * {@code libLLVM.so.20.1}, but the artifact names the library {@code libLLVM.so}, so the
 * linker would not start; jeyra links the expected name to the extracted library in a
 * directory of its own and puts that directory on {@code LD_LIBRARY_PATH}. No system LLVM,
 * binutils or C compiler is used.
 */
public final class Toolchain {
  private static final String RESOURCE_DIR = "/org/bytedeco/llvm/" + "linux-x86_64" + "/";
  private static final String LIBLLVM_SONAME = "libLLVM.so.20.1";

  private final Path lld;
  private final Path libraryDir;

  private Toolchain(Path lld, Path libraryDir) {
    this.lld = lld;
    this.libraryDir = libraryDir;
  }

  /**
   * Finds or prepares the linker.
   *
   * @throws CompileError if the LLVM artifact cannot be extracted
   */
  public static Toolchain prepare() {
    try {
      File lldFile = Loader.cacheResource(RESOURCE_DIR + "lld");
      File libLlvm = Loader.cacheResource(RESOURCE_DIR + "libLLVM.so");
      if (!lldFile.canExecute() && !lldFile.setExecutable(true)) {
        throw new CompileError("cannot make the bundled linker executable: " + lldFile);
      }
      Path libraryDir = Loader.getCacheDir().toPath().resolve("jeyra-lib");
      Files.createDirectories(libraryDir);
      Path link = libraryDir.resolve(LIBLLVM_SONAME);
      Path target = libLlvm.toPath().toAbsolutePath();
      if (!Files.isSymbolicLink(link) || !Files.readSymbolicLink(link).equals(target)) {
        // Several builds may race here, in several processes or in one: make the link under a
        // name no other build uses, then rename it into place.
        Path temporary = libraryDir.resolve(LIBLLVM_SONAME + "." + ProcessHandle.current().pid()
            + "." + UUID.randomUUID());
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, target);
        Files.move(temporary, link, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
      return new Toolchain(lldFile.toPath(), libraryDir);
    } catch (IOException e) {
      throw new CompileError("cannot prepare the bundled LLVM linker: " + e, e);
    }
  }

  /** The {@code lld} executable (run with {@code -flavor gnu}). */
  public Path lld() {
    return lld;
  }

  /** The directory to put on {@code LD_LIBRARY_PATH} when running it. */
  public Path libraryDir() {
    return libraryDir;
  }
}
