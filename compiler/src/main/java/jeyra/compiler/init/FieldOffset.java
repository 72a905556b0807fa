package jeyra.compiler.init;

import jeyra.compiler.model.FieldInfo;

/**
 * The offset of an instance field ({@code Unsafe.objectFieldOffset(C.class, "f")}) during
 * interpretation. The layout is decided after the analysis the interpreter serves, so the
 * value stays symbolic: an initialiser may store it and pass it on, and the image heap writes
 * the offset; computing with it ends the attempt.
 */
public record FieldOffset(FieldInfo field) {}
