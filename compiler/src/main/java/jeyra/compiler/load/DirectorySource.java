package jeyra.compiler.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Class files in a directory tree, laid out by package. */
public final class DirectorySource implements ClassSource {
  private final Path root;

  /** @param root the directory holding the package tree; not null */
  public DirectorySource(Path root) {
    this.root = root;
  }

  /**
   * {@inheritDoc} A name this file system cannot spell (a character its encoding lacks) is no
   * file here.
   */
  @Override
  public byte[] read(String internalName) throws IOException {
    Path file;
    try {
      file = root.resolve(internalName + ".class");
    } catch (InvalidPathException e) {
      return null;
    }
    return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
  }

  @Override
  public List<String> listClasses() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
        String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        names.add(relative.substring(0, relative.length() - ".class".length()));
      });
    }
    return names;
  }

  @Override
  public String describe() {
    return root.toString();
  }
}
