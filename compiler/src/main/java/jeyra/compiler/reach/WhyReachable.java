package jeyra.compiler.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;

/**
 * Answers "why is this reachable?" as Native Image's call-tree report does: the shortest chain
 * of calls and class initialisations from a root (with the reason it is one) to a method, or
 * to the first-reached method of a class. Paths follow every call the analysis found, whatever
 * its receiver types, so each link is a call the compiled program can make.
 */
public final class WhyReachable {
  private final Universe universe;
  private final Set<MethodInfo> reachable;
  private final Set<ClassInfo> instantiated;
  private final CallGraph calls;
  private CallGraph.Paths paths;

  WhyReachable(Universe universe, Set<MethodInfo> reachable, Set<ClassInfo> instantiated,
      CallGraph calls) {
    this.universe = universe;
    this.reachable = reachable;
    this.instantiated = instantiated;
    this.calls = calls;
  }

  /**
   * Explains one name.
   *
   * @param query a class ({@code java.util.Locale}), a method ({@code java.util.Locale.of}, every
   *     overload) or a method with its descriptor ({@code java.lang.String.valueOf(I)...})
   * @return one line per match: its chain from a root, or why there is none
   */
  public List<String> explain(String query) {
    List<MethodInfo> methods = new ArrayList<>();
    ClassInfo type = lookupClass(query);
    if (type != null) {
      return List.of(explainClass(query, type));
    }
    int dot = query.lastIndexOf('.', query.indexOf('(') < 0 ? query.length()
        : query.indexOf('('));
    ClassInfo owner = dot < 0 ? null : lookupClass(query.substring(0, dot));
    if (owner == null) {
      String className = exists(query) ? query
          : dot >= 0 && exists(query.substring(0, dot)) ? query.substring(0, dot) : null;
      return List.of(query + (className != null
          ? ": not reachable: no reachable code uses " + className
          : ": no class of that name is part of the build"));
    }
    String member = query.substring(dot + 1);
    for (MethodInfo method : owner.methods()) {
      if (member.equals(method.name()) || member.equals(method.name() + method.descriptor())) {
        methods.add(method);
      }
    }
    if (methods.isEmpty()) {
      return List.of(query + ": " + owner.binaryName() + " has no such method");
    }
    List<String> lines = new ArrayList<>();
    for (MethodInfo method : methods) {
      lines.add(explainMethod(method));
    }
    return lines;
  }

  /** The shortest chain from a root to every reachable method, for the build report. */
  public CallTree callTree() {
    Map<MethodInfo, String> reasons = new HashMap<>();
    for (MethodInfo root : calls.roots()) {
      reasons.put(root, calls.rootReason(root));
    }
    return paths().tree(reachable, reasons);
  }

  private String explainClass(String query, ClassInfo type) {
    MethodInfo nearest = type.methods().stream().filter(reachable::contains)
        .min(Comparator.comparingInt(m -> paths().to(m).split(" -> ").length)).orElse(null);
    String state = instantiated.contains(type) ? "instantiated" : "not instantiated";
    if (nearest == null) {
      return query + ": " + state + ", none of its methods is reachable"
          + (type.hubNeeded() ? " (its Class object is in the image)" : "");
    }
    return query + ": " + state + "; " + explainMethod(nearest);
  }

  private String explainMethod(MethodInfo method) {
    String name = method.owner().binaryName() + "." + method.name() + method.descriptor();
    if (!reachable.contains(method)) {
      return name + " is not reachable";
    }
    if (!paths().reaches(method)) {
      return name + " is reachable, from no root the call graph records";
    }
    MethodInfo root = paths().source(method);
    return name + " is reachable: [" + calls.rootReason(root) + "] " + paths().to(method);
  }

  private CallGraph.Paths paths() {
    if (paths == null) {
      paths = calls.shortestPathsFrom(calls.roots(), Integer.MAX_VALUE, Integer.MAX_VALUE);
    }
    return paths;
  }

  /** Whether the class path has a class of this binary name, loaded or not. */
  private boolean exists(String name) {
    return !name.isEmpty() && !name.contains("(")
        && universe.classPath().find(name.replace('.', '/')) != null;
  }

  private ClassInfo lookupClass(String name) {
    if (name.isEmpty() || name.contains("(")) {
      return null;
    }
    return universe.loaded(name.replace('.', '/'));
  }
}
