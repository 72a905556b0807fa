package jeyra.compiler.reach;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jeyra.compiler.model.MethodInfo;

/**
 * Which reachable method reaches which, as the analysis found it: the calls it linked (a
 * virtual call links each method its receivers select), the class initialisers an
 * instruction triggers, and the roots with the reason each is one. Messages use it to say
 * how code was reached, and the warnings about code that would fail at run time use it to
 * find a path from the program's own code.
 */
final class CallGraph {
  private final Map<MethodInfo, Set<MethodInfo>> callees = new LinkedHashMap<>();
  /** The method each method was first reached from; roots have none. */
  private final Map<MethodInfo, MethodInfo> firstCaller = new HashMap<>();
  private final Map<MethodInfo, String> rootReasons = new LinkedHashMap<>();

  /** Records a root and why it is one; the first reason given is kept. */
  void root(MethodInfo method, String reason) {
    rootReasons.putIfAbsent(method, reason);
  }

  /** Records that {@code from} reaches {@code to}. */
  void edge(MethodInfo from, MethodInfo to) {
    callees.computeIfAbsent(from, key -> new LinkedHashSet<>()).add(to);
    if (!rootReasons.containsKey(to)) {
      firstCaller.putIfAbsent(to, from);
    }
  }

  /**
   * How a method was first reached, from its root: {@code main -> a -> b}.
   *
   * @param full false to shorten a long chain to its ends
   */
  String howReached(MethodInfo method, boolean full) {
    List<String> chain = new ArrayList<>();
    Set<MethodInfo> seen = new LinkedHashSet<>();
    for (MethodInfo at = method; at != null && seen.add(at); at = firstCaller.get(at)) {
      chain.add(0, at.owner().binaryName() + "." + at.name());
      String reason = rootReasons.get(at);
      if (reason != null) {
        chain.add(0, reason);
        break;
      }
    }
    if (chain.size() > 8 && !full) {
      List<String> shortened = new ArrayList<>(chain.subList(0, 3));
      shortened.add("...");
      shortened.addAll(chain.subList(chain.size() - 4, chain.size()));
      chain = shortened;
    }
    return String.join(" -> ", chain);
  }

  /**
   * A shortest path to each method reachable from the given ones, as a breadth-first search
   * over the recorded edges finds it.
   *
   * @param sources where paths start
   * @return for each method reached, the method before it on its path (a source maps to
   *     itself)
   */
  Map<MethodInfo, MethodInfo> shortestPathsFrom(Collection<MethodInfo> sources) {
    Map<MethodInfo, MethodInfo> previous = new HashMap<>();
    List<MethodInfo> frontier = new ArrayList<>();
    for (MethodInfo source : sources) {
      if (previous.putIfAbsent(source, source) == null) {
        frontier.add(source);
      }
    }
    while (!frontier.isEmpty()) {
      List<MethodInfo> next = new ArrayList<>();
      for (MethodInfo method : frontier) {
        for (MethodInfo callee : callees.getOrDefault(method, Set.of())) {
          if (previous.putIfAbsent(callee, method) == null) {
            next.add(callee);
          }
        }
      }
      frontier = next;
    }
    return previous;
  }

  /**
   * The path to {@code method} in paths from {@link #shortestPathsFrom}, source first, as
   * {@code a.B.m -> c.D.n}.
   */
  static String path(Map<MethodInfo, MethodInfo> paths, MethodInfo method) {
    List<String> chain = new ArrayList<>();
    for (MethodInfo at = method; ; at = paths.get(at)) {
      chain.add(0, at.owner().binaryName() + "." + at.name());
      if (paths.get(at) == at) {
        return String.join(" -> ", chain);
      }
    }
  }

  /**
   * Writes each reachable method with the method that first reached it (or its root
   * reason), then every edge.
   */
  void dump(PrintStream out, Collection<MethodInfo> reachable) {
    for (MethodInfo method : reachable) {
      MethodInfo from = firstCaller.get(method);
      out.println("M " + method + " <- " + (from == null ? rootReasons.get(method) : from));
    }
    for (Map.Entry<MethodInfo, Set<MethodInfo>> calls : callees.entrySet()) {
      for (MethodInfo callee : calls.getValue()) {
        out.println("E " + calls.getKey() + " -> " + callee);
      }
    }
  }
}
