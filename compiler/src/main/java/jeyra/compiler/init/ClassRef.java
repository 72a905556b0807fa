package jeyra.compiler.init;

import jeyra.compiler.model.ClassInfo;

/** A {@code java.lang.Class} object during interpretation: the hub of a type. */
public record ClassRef(ClassInfo type) {}
