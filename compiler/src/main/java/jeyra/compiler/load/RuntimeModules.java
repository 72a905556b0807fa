package jeyra.compiler.load;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import jeyra.compiler.diag.CompileError;

/**
 * Finds jeyra's runtime modules (origin-java, libc-java, runtime-java) on the compiler's own
 * class path: each carries the resource {@link #MARKER}.
 */
public final class RuntimeModules {
  /** The resource every runtime module jar carries. */
  public static final String MARKER = "META-INF/jeyra/runtime-module";

  private RuntimeModules() {}

  /**
   * The runtime modules' class sources.
   *
   * @throws CompileError if none is found (a broken installation)
   */
  public static List<ClassSource> find() {
    List<ClassSource> sources = new ArrayList<>();
    try {
      Enumeration<URL> markers = RuntimeModules.class.getClassLoader().getResources(MARKER);
      while (markers.hasMoreElements()) {
        URL marker = markers.nextElement();
        if (marker.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) marker.openConnection();
          sources.add(new JarSource(Path.of(connection.getJarFileURL().toURI())));
        } else if (marker.getProtocol().equals("file")) {
          Path file = Path.of(marker.toURI());
          sources.add(new DirectorySource(file.getParent().getParent().getParent()));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new CompileError("cannot find jeyra's runtime modules: " + e, e);
    }
    if (sources.isEmpty()) {
      throw new CompileError("jeyra's runtime modules are not on the compiler's class path "
          + "(no " + MARKER + "); is the installation complete?");
    }
    return sources;
  }
}
