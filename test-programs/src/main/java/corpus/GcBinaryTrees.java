package corpus;

/**
 * The Computer Language Benchmarks Game's binary-trees: many short-lived trees beside one
 * long-lived tree, so the collector frees most of what it finds and keeps the rest intact.
 * The depth is the first argument (default 12; scripts/gc-benchmark runs 18 and 21).
 */
public class GcBinaryTrees {
  private static final class Node {
    final Node left;
    final Node right;

    Node(Node left, Node right) {
      this.left = left;
      this.right = right;
    }

    int check() {
      return left == null ? 1 : 1 + left.check() + right.check();
    }
  }

  private static Node tree(int depth) {
    return depth == 0 ? new Node(null, null) : new Node(tree(depth - 1), tree(depth - 1));
  }

  public static void main(String[] args) {
    int maxDepth = Math.max(6, args.length > 0 ? Integer.parseInt(args[0]) : 12);
    int stretchDepth = maxDepth + 1;
    System.out.println("stretch tree of depth " + stretchDepth + "\t check: "
        + tree(stretchDepth).check());
    Node longLived = tree(maxDepth);
    for (int depth = 4; depth <= maxDepth; depth += 2) {
      int iterations = 1 << (maxDepth - depth + 4);
      int check = 0;
      for (int i = 0; i < iterations; i++) {
        check += tree(depth).check();
      }
      System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
    }
    System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
  }
}
