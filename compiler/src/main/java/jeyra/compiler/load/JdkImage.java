package jeyra.compiler.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import jeyra.compiler.diag.CompileError;

/**
 * The JDK 17 class library, read from a JDK's module image through the {@code jrt:/} file
 * system: either the JDK running the compiler or one given with {@code --jdk}.
 *
 * <p>jeyra's substitutions are written against JDK 17's internals, so any other library is
 * refused with a message naming what was found.
 */
public final class JdkImage implements ClassSource {
  /** Class file major version of Java 17. */
  public static final int JAVA_17_MAJOR = 61;

  private final FileSystem jrt;
  private final String description;
  private final String version;

  /** The JDK's home directory, whose configuration files (under {@code conf}) it reads. */
  public Path home() {
    return Path.of(description);
  }

  private JdkImage(FileSystem jrt, String description, String version) {
    this.jrt = jrt;
    this.description = description;
    this.version = version;
  }

  /**
   * Opens the class library of the JDK running the compiler.
   *
   * @throws CompileError if that JDK is not a JDK 17
   */
  public static JdkImage ofRunningJdk() {
    String specification = System.getProperty("java.specification.version");
    String home = System.getProperty("java.home");
    if (!"17".equals(specification)) {
      throw new CompileError("the class library must be JDK 17's, but the compiler runs on Java "
          + specification + " (" + home + "); run it on a JDK 17 or give --jdk DIR");
    }
    FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    JdkImage image = new JdkImage(jrt, home, System.getProperty("java.version"));
    image.checkObjectClassVersion();
    return image;
  }

  /**
   * Opens the class library of the JDK installed at {@code home}.
   *
   * @param home the JDK's home directory (holding {@code release} and {@code lib/modules})
   * @throws CompileError if it is not a JDK 17 image
   */
  public static JdkImage ofHome(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      throw new CompileError("--jdk " + home + ": not a JDK (no 'release' file)");
    }
    String version = javaVersion(release);
    if (version == null || !(version.equals("17") || version.startsWith("17."))) {
      throw new CompileError("--jdk " + home + ": the class library must be JDK 17's, found "
          + (version == null ? "no JAVA_VERSION in 'release'" : "JAVA_VERSION " + version));
    }
    if (!Files.isRegularFile(home.resolve("lib").resolve("modules"))) {
      throw new CompileError("--jdk " + home + ": no module image at lib/modules");
    }
    try {
      FileSystem jrt = FileSystems.newFileSystem(
          URI.create("jrt:/"), Map.of("java.home", home.toString()));
      JdkImage image = new JdkImage(jrt, home.toString(), version);
      image.checkObjectClassVersion();
      return image;
    } catch (IOException | RuntimeException e) {
      throw new CompileError("--jdk " + home + ": cannot open its module image: " + e, e);
    }
  }

  private static String javaVersion(Path release) {
    Properties properties = new Properties();
    try (var in = Files.newInputStream(release)) {
      properties.load(in);
    } catch (IOException e) {
      throw new CompileError("cannot read " + release + ": " + e.getMessage(), e);
    }
    String value = properties.getProperty("JAVA_VERSION");
    return value == null ? null : value.replace("\"", "").trim();
  }

  private void checkObjectClassVersion() {
    byte[] object;
    try {
      object = read("java/lang/Object");
    } catch (IOException e) {
      throw new CompileError(description + ": cannot read java.lang.Object: " + e.getMessage(), e);
    }
    if (object == null || object.length < 8) {
      throw new CompileError(description + ": the module image has no java.lang.Object");
    }
    int major = ((object[6] & 0xff) << 8) | (object[7] & 0xff);
    if (major != JAVA_17_MAJOR) {
      throw new CompileError("the class library must be JDK 17's (class file version "
          + JAVA_17_MAJOR + "), but " + description + " has java.lang.Object version " + major);
    }
  }

  /** The JDK's version string ({@code 17.0.15}). */
  public String version() {
    return version;
  }

  @Override
  public byte[] read(String internalName) throws IOException {
    Path file = classFile(internalName);
    return file == null ? null : Files.readAllBytes(file);
  }

  /**
   * The module holding a class, or null if the image has no such class.
   *
   * @param internalName the class in internal form
   */
  public String moduleOf(String internalName) throws IOException {
    Path file = classFile(internalName);
    return file == null ? null : file.getName(1).toString();
  }

  /**
   * The class file of a class in the image ({@code /modules/M/p/C.class}), or null. A name no
   * class can have (a malformed class file may ask for any) is not in the image either: the
   * jrt file system rejects some such paths with InvalidPathException, whose cause is its own
   * NullPointerException.
   */
  private Path classFile(String internalName) throws IOException {
    int slash = internalName.lastIndexOf('/');
    if (slash < 0) {
      return null; // the JDK has no classes in the unnamed package
    }
    try {
      Path packageDir = jrt.getPath("/packages",
          internalName.substring(0, slash).replace('/', '.'));
      if (!Files.isDirectory(packageDir)) {
        return null;
      }
      try (Stream<Path> modules = Files.list(packageDir)) {
        for (Path module : (Iterable<Path>) modules::iterator) {
          Path file = jrt.getPath("/modules", module.getFileName().toString(),
              internalName + ".class");
          if (Files.isRegularFile(file)) {
            return file;
          }
        }
      }
    } catch (InvalidPathException e) {
      return null;
    }
    return null;
  }

  @Override
  public List<String> listClasses() {
    throw new UnsupportedOperationException("the JDK image is loaded on demand, never listed");
  }

  @Override
  public String describe() {
    return "JDK " + version + " at " + description;
  }
}
