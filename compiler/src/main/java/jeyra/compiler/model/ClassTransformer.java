package jeyra.compiler.model;

import org.objectweb.asm.tree.ClassNode;

/** A change to a class file made while it is loaded (substitution, lowering). */
public interface ClassTransformer {
  /**
   * Transforms a freshly parsed class in place.
   *
   * @param node the class; not null
   * @param origin where the class came from
   */
  void transform(ClassNode node, Origin origin);
}
