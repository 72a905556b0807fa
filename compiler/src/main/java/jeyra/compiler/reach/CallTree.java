package jeyra.compiler.reach;

import java.util.List;
import java.util.Map;
import jeyra.compiler.model.MethodInfo;

/**
 * The shortest chain of calls from a root to each reachable method, as one tree (chains share
 * their beginnings): what the build report's "why is this reachable" search walks.
 *
 * @param nodeMethods each node's method (a method may head several nodes)
 * @param parents each node's parent node, -1 for a root
 * @param nodeOf the node that ends each reachable method's chain; -1 for a method no root
 *     reaches through the calls the analysis recorded
 * @param rootReasons why each root node is one
 */
public record CallTree(List<MethodInfo> nodeMethods, int[] parents,
    Map<MethodInfo, Integer> nodeOf, Map<Integer, String> rootReasons) {}
