package jeyra.compiler.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.Origin;

/**
 * The ordered places classes are loaded from: the JDK's image first (user code cannot replace
 * {@code java.*}), then jeyra's runtime modules, then the user's class path.
 */
public final class ClassPath {
  /** A class file found on the path. */
  public record Found(byte[] bytes, Origin origin, String module, String where) {}

  private record Entry(ClassSource source, Origin origin) {}

  private final JdkImage jdk;
  private final List<Entry> entries = new ArrayList<>();

  /** @param jdk the JDK 17 class library; not null */
  public ClassPath(JdkImage jdk) {
    this.jdk = jdk;
  }

  /** Adds a source after those already added. */
  public void add(ClassSource source, Origin origin) {
    entries.add(new Entry(source, origin));
  }

  /** The JDK's class library. */
  public JdkImage jdk() {
    return jdk;
  }

  /**
   * Finds a class.
   *
   * @param internalName the class in internal form
   * @return the class file and where it came from, or null if no source has it (as for a
   *     name no class file can have)
   * @throws CompileError if a source has it but cannot read it
   */
  public Found find(String internalName) {
    if (!isClassName(internalName)) {
      return null;
    }
    try {
      byte[] bytes = jdk.read(internalName);
      if (bytes != null) {
        return new Found(bytes, Origin.JDK, jdk.moduleOf(internalName), jdk.describe());
      }
      for (Entry entry : entries) {
        bytes = entry.source.read(internalName);
        if (bytes != null) {
          String module = null;
          int generated = internalName.indexOf("$$");
          if (entry.origin == Origin.SYNTHETIC && generated > 0) {
            // A class made for a lambda belongs to the module of the class it was made for.
            module = jdk.moduleOf(internalName.substring(0, generated));
          }
          return new Found(bytes, entry.origin, module, entry.source.describe());
        }
      }
      return null;
    } catch (IOException e) {
      throw new CompileError("cannot read class " + internalName.replace('/', '.') + ": " + e, e);
    }
  }

  /**
   * Whether a name can be a class's binary name in internal form (JVMS 4.2.1): slash-separated
   * identifiers with none of {@code . ; [} and no empty part, and no NUL, which no file or jar
   * entry can have. A class file can name anything; other names find no class.
   */
  static boolean isClassName(String internalName) {
    if (internalName.isEmpty() || internalName.startsWith("/") || internalName.endsWith("/")
        || internalName.contains("//")) {
      return false;
    }
    for (int i = 0; i < internalName.length(); i++) {
      char c = internalName.charAt(i);
      if (c == '.' || c == ';' || c == '[' || c == '\0') {
        return false;
      }
    }
    return true;
  }
}
