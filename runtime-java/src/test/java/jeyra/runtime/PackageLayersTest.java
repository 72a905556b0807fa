package jeyra.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import jeyra.runtime.hub.Hubs;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.ClassNode;

/**
 * The runtime's packages form layers: no package depends on another that depends back on it,
 * directly or through others. A cycle is how a facade erodes ({@code runtime} and
 * {@code runtime.jdk} used to import each other), so the compiled classes' references are
 * checked here, javadoc links aside.
 */
class PackageLayersTest {
  private static final String PREFIX = "jeyra/runtime";

  @Test
  void runtimePackagesHaveNoCycle() throws IOException {
    Map<String, Map<String, String>> edges = packageEdges();
    assertTrue(edges.containsKey(PREFIX + "/hub"),
        "the runtime's classes were found: " + edges.keySet());
    List<String> cycles = new ArrayList<>();
    for (String from : edges.keySet()) {
      for (String to : edges.get(from).keySet()) {
        List<String> back = path(edges, to, from);
        if (back != null) {
          List<String> hops = new ArrayList<>(List.of(edges.get(from).get(to)));
          for (int i = 0; i + 1 < back.size(); i++) {
            hops.add(edges.get(back.get(i)).get(back.get(i + 1)));
          }
          cycles.add(from + " -> " + String.join(" -> ", back) + ": " + hops);
        }
      }
    }
    assertEquals(List.of(), cycles, "cycles among the runtime's packages");
  }

  /**
   * For each runtime package, the runtime packages it references, each with one class-level
   * reference as evidence.
   */
  private static Map<String, Map<String, String>> packageEdges() throws IOException {
    Path classes = Path.of(Hubs.class.getProtectionDomain().getCodeSource().getLocation()
        .getPath());
    Map<String, Map<String, String>> edges = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes.resolve(PREFIX))) {
      Iterable<Path> classFiles = files.filter(f -> f.toString().endsWith(".class"))::iterator;
      for (Path file : classFiles) {
        ClassReader reader = new ClassReader(Files.readAllBytes(file));
        String owner = reader.getClassName();
        String ownerPackage = packageOf(owner);
        Map<String, String> out = edges.computeIfAbsent(ownerPackage, key -> new TreeMap<>());
        reader.accept(new ClassRemapper(new ClassNode(), new Remapper() {
          @Override
          public String map(String internalName) {
            String target = packageOf(internalName);
            if (target.startsWith(PREFIX) && !target.equals(ownerPackage)) {
              out.putIfAbsent(target, owner + " uses " + internalName);
            }
            return internalName;
          }
        }), 0);
      }
    }
    return edges;
  }

  /** A path of packages from {@code from} to {@code to} (both included), or null. */
  private static List<String> path(Map<String, Map<String, String>> edges, String from,
      String to) {
    List<List<String>> queue = new ArrayList<>(List.of(List.of(from)));
    Set<String> seen = new TreeSet<>(Set.of(from));
    for (int i = 0; i < queue.size(); i++) {
      List<String> path = queue.get(i);
      String last = path.get(path.size() - 1);
      if (last.equals(to)) {
        return path;
      }
      for (String next : edges.getOrDefault(last, Map.of()).keySet()) {
        if (seen.add(next)) {
          List<String> longer = new ArrayList<>(path);
          longer.add(next);
          queue.add(longer);
        }
      }
    }
    return null;
  }

  private static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash);
  }
}
