package jeyra.compiler.lower;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Names for the methods lowering adds to a class, which must not clash with its own. */
final class SyntheticNames {
  private SyntheticNames() {}

  /**
   * {@code name}, or {@code name_N} with the first N that makes it new: the class's methods
   * may already use a name (a program may spell {@code jeyra$...} too), and two methods that
   * differ only in descriptor would still confuse stack traces.
   */
  static String uniqueMethodName(ClassNode node, String name) {
    String candidate = name;
    int suffix = 0;
    while (hasMethodNamed(node, candidate)) {
      candidate = name + "_" + ++suffix;
    }
    return candidate;
  }

  private static boolean hasMethodNamed(ClassNode node, String name) {
    for (MethodNode method : node.methods) {
      if (method.name.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
