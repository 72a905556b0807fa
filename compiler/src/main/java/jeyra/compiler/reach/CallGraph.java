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
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.MethodInfo;

/**
 * Which reachable code reaches which, as the analysis found it, for messages that say how
 * code was reached and for the warnings about code that fails at run time, which need a path
 * from the program's own code.
 *
 * <p>Calls are edges between nodes, a node being a method in a context: small static helpers
 * get their flows analysed once per call site ({@link MethodFlows}), and the calls such a
 * copy makes belong to its call site alone. Without that, {@code String.valueOf(Object)}
 * would lead from any caller to every {@code toString} any other caller's objects have.
 * The class initialisations an instruction triggers belong to its method whatever the
 * context, so they are edges from the method.
 *
 * <p>A virtual call's edges each name the receiver type that selected the target, and say
 * whether the receiver was the caller's own {@code this}: a path that entered a method for
 * a receiver of type {@code T} follows only {@code T}'s targets of calls on {@code this}.
 */
final class CallGraph {
  /** A method in a context: the shared one, or one call site's copy. */
  static final class Node {
    final MethodInfo method;
    /** 0 for the shared context, a number of its own for each copy. */
    final int context;

    private Node(MethodInfo method, int context) {
      this.method = method;
      this.context = context;
    }

    @Override
    public String toString() {
      return context == 0 ? method.toString() : method + "#" + context;
    }
  }

  private final Map<MethodInfo, Node> shared = new HashMap<>();
  private int contexts;
  /**
   * A call from a node.
   *
   * @param to the node called
   * @param receiverType for a virtual call, the exact receiver type that selected it
   * @param receivers for a virtual call, every receiver type the call site sees
   * @param onThis whether the receiver is the caller's own {@code this}
   */
  private record Call(Node to, ClassInfo receiverType, TypeFlow receivers, boolean onThis) {}

  private final Map<Node, Set<Call>> calls = new LinkedHashMap<>();
  /** The class initialisers each method's instructions trigger. */
  private final Map<MethodInfo, Set<MethodInfo>> initializations = new LinkedHashMap<>();
  /** The method each method was first reached from; roots have none. */
  private final Map<MethodInfo, MethodInfo> firstCaller = new HashMap<>();
  private final Map<MethodInfo, String> rootReasons = new LinkedHashMap<>();

  /** The shared context of a method. */
  Node node(MethodInfo method) {
    return shared.computeIfAbsent(method, m -> new Node(m, 0));
  }

  /** A new context of a method, for one call site's copy of its flows. */
  Node copy(MethodInfo method) {
    return new Node(method, ++contexts);
  }

  /** Records a root and why it is one; the first reason given is kept. */
  void root(MethodInfo method, String reason) {
    rootReasons.putIfAbsent(method, reason);
  }

  /** The roots, in the order they were recorded. */
  Set<MethodInfo> roots() {
    return rootReasons.keySet();
  }

  /** Why a root is one (the runtime's entry point, a main method, ...). */
  String rootReason(MethodInfo root) {
    return rootReasons.get(root);
  }

  /** Records the method a newly reachable method was first reached from. */
  void reachedFrom(MethodInfo method, MethodInfo from) {
    if (!rootReasons.containsKey(method)) {
      firstCaller.putIfAbsent(method, from);
    }
  }

  /**
   * Records a call whose target does not depend on the receiver (a static, private, final or
   * {@code invokespecial} one).
   *
   * @param onThis whether the receiver is the caller's own {@code this}
   */
  void call(Node from, Node to, boolean onThis) {
    calls.computeIfAbsent(from, key -> new LinkedHashSet<>())
        .add(new Call(to, null, null, onThis));
  }

  /**
   * Records a virtual call's target.
   *
   * @param receiverType the receiver type that selects {@code to}
   * @param receivers every receiver type the call site sees
   * @param onThis whether the receiver is the caller's own {@code this}
   */
  void dispatch(Node from, Node to, ClassInfo receiverType, TypeFlow receivers,
      boolean onThis) {
    calls.computeIfAbsent(from, key -> new LinkedHashSet<>())
        .add(new Call(to, receiverType, receivers, onThis));
  }

  /** Records that an instruction of {@code from} runs the class initialiser {@code to}. */
  void initialization(MethodInfo from, MethodInfo to) {
    initializations.computeIfAbsent(from, key -> new LinkedHashSet<>()).add(to);
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
      chain.add(0, name(at));
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

  /** A node reached with what is known of its {@code this}: its exact type, or null. */
  private record State(Node node, ClassInfo thisType) {}

  /** Shortest paths from some methods, as {@link #shortestPathsFrom} finds them. */
  static final class Paths {
    private final Map<State, State> previous;
    private final Map<MethodInfo, State> first;

    private Paths(Map<State, State> previous, Map<MethodInfo, State> first) {
      this.previous = previous;
      this.first = first;
    }

    /** Whether some context of the method is reached. */
    boolean reaches(MethodInfo method) {
      return first.containsKey(method);
    }

    /** The method the path to {@code method} starts from. */
    MethodInfo source(MethodInfo method) {
      State at = first.get(method);
      while (previous.get(at) != at) {
        at = previous.get(at);
      }
      return at.node().method;
    }

    /**
     * The paths to the given methods as one tree: paths share their common beginnings.
     *
     * @param reasons why each root is one
     */
    CallTree tree(Collection<MethodInfo> methods, Map<MethodInfo, String> reasons) {
      Map<State, Integer> ids = new HashMap<>();
      List<MethodInfo> nodeMethods = new ArrayList<>();
      List<Integer> parents = new ArrayList<>();
      Map<MethodInfo, Integer> nodeOf = new LinkedHashMap<>();
      Map<Integer, String> rootReasons = new HashMap<>();
      for (MethodInfo method : methods) {
        State state = first.get(method);
        if (state == null) {
          nodeOf.put(method, -1);
          continue;
        }
        List<State> unnumbered = new ArrayList<>();
        for (State at = state; !ids.containsKey(at); at = previous.get(at)) {
          unnumbered.add(at);
          if (previous.get(at) == at) {
            break;
          }
        }
        for (int i = unnumbered.size() - 1; i >= 0; i--) {
          State at = unnumbered.get(i);
          State before = previous.get(at);
          int id = nodeMethods.size();
          ids.put(at, id);
          nodeMethods.add(at.node().method);
          parents.add(before == at ? -1 : ids.get(before));
          if (before == at) {
            rootReasons.put(id, reasons.get(at.node().method));
          }
        }
        nodeOf.put(method, ids.get(state));
      }
      return new CallTree(nodeMethods, parents.stream().mapToInt(Integer::intValue).toArray(),
          nodeOf, rootReasons);
    }

    /** The path to the method, source first: {@code a.B.m -> c.D.n}. */
    String to(MethodInfo method) {
      List<String> chain = new ArrayList<>();
      for (State at = first.get(method); ; at = previous.get(at)) {
        chain.add(0, name(at.node().method));
        if (previous.get(at) == at) {
          return String.join(" -> ", chain);
        }
      }
    }
  }

  /**
   * The shortest path to each method reachable from the shared contexts of the given ones,
   * by a breadth-first search over calls and initialisations.
   *
   * @param maxDepth follow paths of at most this many calls
   * @param maxReceiverTypes follow a virtual call only where at most this many receiver
   *     types meet (a call on a value of unknown type counts as more), unless it is a call on
   *     {@code this} whose type the path knows
   */
  Paths shortestPathsFrom(Collection<MethodInfo> sources, int maxDepth,
      int maxReceiverTypes) {
    Map<State, State> previous = new HashMap<>();
    Map<MethodInfo, State> first = new HashMap<>();
    List<State> frontier = new ArrayList<>();
    for (MethodInfo source : sources) {
      State state = new State(node(source), null);
      if (previous.putIfAbsent(state, state) == null) {
        first.putIfAbsent(source, state);
        frontier.add(state);
      }
    }
    for (int depth = 0; depth < maxDepth && !frontier.isEmpty(); depth++) {
      List<State> next = new ArrayList<>();
      for (State at : frontier) {
        List<State> successors = new ArrayList<>();
        for (Call call : calls.getOrDefault(at.node(), Set.of())) {
          State successor = follow(at, call, maxReceiverTypes);
          if (successor != null) {
            successors.add(successor);
          }
        }
        for (MethodInfo initializer : initializations.getOrDefault(at.node().method,
            Set.of())) {
          successors.add(new State(node(initializer), null));
        }
        for (State successor : successors) {
          if (previous.putIfAbsent(successor, at) == null) {
            first.putIfAbsent(successor.node().method, successor);
            next.add(successor);
          }
        }
      }
      frontier = next;
    }
    return new Paths(previous, first);
  }

  /** Where a call leads from a state, or null if the search does not follow it. */
  private static State follow(State at, Call call, int maxReceiverTypes) {
    if (call.receiverType() == null) {
      return new State(call.to(), call.onThis() ? at.thisType() : null);
    }
    if (call.onThis() && at.thisType() != null) {
      return call.receiverType() == at.thisType() ? new State(call.to(), at.thisType())
          : null;
    }
    TypeFlow receivers = call.receivers();
    if (receivers.unknown || receivers.types.size() > maxReceiverTypes) {
      return null;
    }
    return new State(call.to(), call.receiverType());
  }

  /**
   * Writes each reachable method with the method that first reached it (or its root
   * reason), then every call and initialisation.
   */
  void dump(PrintStream out, Collection<MethodInfo> reachable) {
    for (MethodInfo method : reachable) {
      MethodInfo from = firstCaller.get(method);
      out.println("M " + method + " <- " + (from == null ? rootReasons.get(method) : from));
    }
    for (Map.Entry<Node, Set<Call>> edges : calls.entrySet()) {
      for (Call call : edges.getValue()) {
        out.println("E " + edges.getKey() + " -> " + call.to()
            + (call.receiverType() == null ? "" : " for " + call.receiverType())
            + (call.onThis() ? " on this" : ""));
      }
    }
    for (Map.Entry<MethodInfo, Set<MethodInfo>> edges : initializations.entrySet()) {
      for (MethodInfo initializer : edges.getValue()) {
        out.println("I " + edges.getKey() + " -> " + initializer);
      }
    }
  }

  private static String name(MethodInfo method) {
    return method.owner().binaryName() + "." + method.name();
  }
}
