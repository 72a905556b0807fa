package jeyra.compiler.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Class files in a jar. Kept open for the whole build. */
public final class JarSource implements ClassSource, AutoCloseable {
  private final Path path;
  private final JarFile jar;

  /**
   * Opens a jar.
   *
   * @param path the jar file; not null
   * @throws IOException if it is not a readable zip file
   */
  public JarSource(Path path) throws IOException {
    this.path = path;
    this.jar = new JarFile(path.toFile());
  }

  @Override
  public byte[] read(String internalName) throws IOException {
    ZipEntry entry = jar.getEntry(internalName + ".class");
    if (entry == null) {
      return null;
    }
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  @Override
  public List<String> listClasses() {
    List<String> names = new ArrayList<>();
    Enumeration<? extends ZipEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      String name = entries.nextElement().getName();
      if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
        names.add(name.substring(0, name.length() - ".class".length()));
      }
    }
    return names;
  }

  /**
   * The {@code Main-Class} of the jar's manifest, in binary form, or null if it names none.
   *
   * @throws IOException if the manifest cannot be read
   */
  public String mainClass() throws IOException {
    Manifest manifest = jar.getManifest();
    return manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
  }

  /** Whether the jar holds a resource (not a class) at {@code name}. */
  public boolean hasEntry(String name) {
    return jar.getEntry(name) != null;
  }

  @Override
  public String describe() {
    return path.toString();
  }

  @Override
  public void close() throws IOException {
    jar.close();
  }
}
