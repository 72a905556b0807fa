package jeyra.compiler.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jeyra.compiler.diag.CompileError;
import org.objectweb.asm.tree.ClassNode;

/**
 * The user's program: where its classes come from and which class is its main class.
 *
 * <p>Each input is a {@code .class} file (its directory tree, found from its package, joins
 * the class path), a {@code .jar} whose manifest names {@code Main-Class}, or a class name
 * looked up on the class path ({@code -cp}, by default the current directory). Several inputs
 * make one multi-call executable holding all of their programs.
 */
public final class ProgramInput {
  private final List<ClassSource> sources;
  private final List<String> mainClasses;
  private final String defaultOutputName;

  private ProgramInput(List<ClassSource> sources, List<String> mainClasses,
      String defaultOutputName) {
    this.sources = sources;
    this.mainClasses = mainClasses;
    this.defaultOutputName = defaultOutputName;
  }

  /** The user's class sources, in search order. */
  public List<ClassSource> sources() {
    return sources;
  }

  /**
   * The main classes, internal form: one, or several for a multi-call executable, in the
   * order given.
   */
  public List<String> mainClasses() {
    return mainClasses;
  }

  /**
   * The executable's name when {@code -o} is not given, or null when several programs are
   * built into one (which needs {@code -o}).
   */
  public String defaultOutputName() {
    return defaultOutputName;
  }

  /**
   * Resolves the input arguments: each names a program's main class. The class path follows
   * the inputs' own sources.
   *
   * @param inputs paths or class names; at least one
   * @param classPath the {@code -cp} entries (possibly empty)
   * @throws CompileError if an input is not there or not usable
   */
  public static ProgramInput resolve(List<String> inputs, List<Path> classPath) {
    List<ClassSource> sources = new ArrayList<>();
    List<String> mainClasses = new ArrayList<>();
    String outputName = null;
    boolean byClassName = false;
    for (String input : inputs) {
      Program program = resolveOne(input);
      if (program.source != null) {
        sources.add(program.source);
      } else {
        byClassName = true;
      }
      if (mainClasses.contains(program.mainClass)) {
        throw new CompileError("main class " + program.mainClass.replace('/', '.')
            + " is given twice");
      }
      mainClasses.add(program.mainClass);
      outputName = program.outputName;
    }
    addClassPath(sources, classPath.isEmpty() && byClassName ? List.of(Path.of("."))
        : classPath);
    return new ProgramInput(sources, List.copyOf(mainClasses),
        inputs.size() == 1 ? outputName : null);
  }

  /** One input: its own class source (null for a class name), main class and default name. */
  private record Program(ClassSource source, String mainClass, String outputName) {}

  private static Program resolveOne(String input) {
    if (input.endsWith(".class")) {
      Path file = Path.of(input);
      if (!Files.isRegularFile(file)) {
        throw new CompileError("no such class file: " + input);
      }
      byte[] bytes = read(file);
      ClassNode node = ClassFileParser.parse(bytes, file.toString(), null);
      return new Program(sourceFor(file, node.name, bytes), node.name, outputName(node.name));
    }
    if (input.endsWith(".jar")) {
      Path file = Path.of(input);
      if (!Files.isRegularFile(file)) {
        throw new CompileError("no such jar: " + input);
      }
      JarSource jar = openJar(file);
      String main;
      try {
        main = jar.mainClass();
      } catch (IOException e) {
        throw new CompileError("cannot read the manifest of " + input + ": " + e.getMessage(), e);
      }
      if (main == null || main.isBlank()) {
        throw new CompileError(input + " has no Main-Class in its manifest; give the main class "
            + "name with -cp " + input + " instead");
      }
      String name = file.getFileName().toString();
      return new Program(jar, main.trim().replace('.', '/'),
          name.substring(0, name.length() - ".jar".length()));
    }
    if (!isClassName(input)) {
      throw new CompileError("input '" + input + "' is neither a .class file, a .jar, nor a class "
          + "name");
    }
    return new Program(null, input.replace('.', '/'), outputName(input.replace('.', '/')));
  }

  private static boolean isClassName(String text) {
    for (String part : text.split("\\.", -1)) {
      if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))) {
        return false;
      }
      if (!part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
        return false;
      }
    }
    return true;
  }

  private static String outputName(String internalName) {
    String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
    return simple.toLowerCase(Locale.ROOT);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CompileError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The source holding a class file given by path: the root of its package tree if the path
   * matches the package, else just that one class.
   */
  private static ClassSource sourceFor(Path file, String internalName, byte[] bytes) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = absolute.getParent();
    String[] packages = internalName.split("/");
    boolean matches = true;
    for (int i = packages.length - 2; i >= 0 && root != null; i--) {
      if (!root.getFileName().toString().equals(packages[i])) {
        matches = false;
        break;
      }
      root = root.getParent();
    }
    if (matches && root != null) {
      return new DirectorySource(root);
    }
    Map<String, byte[]> single = Map.of(internalName, bytes);
    return new ClassSource() {
      @Override
      public byte[] read(String name) {
        return single.get(name);
      }

      @Override
      public List<String> listClasses() {
        return List.of(internalName);
      }

      @Override
      public String describe() {
        return file.toString();
      }
    };
  }

  private static void addClassPath(List<ClassSource> sources, List<Path> classPath) {
    for (Path entry : classPath) {
      if (Files.isDirectory(entry)) {
        sources.add(new DirectorySource(entry));
      } else if (Files.isRegularFile(entry)) {
        sources.add(openJar(entry));
      } else {
        throw new CompileError("class path entry " + entry + " does not exist");
      }
    }
  }

  private static JarSource openJar(Path file) {
    try {
      return new JarSource(file);
    } catch (IOException e) {
      throw new CompileError("cannot open " + file + " as a jar: " + e.getMessage(), e);
    }
  }
}
