package jeyra.compiler.llvm;

import jeyra.compiler.layout.ObjectLayout;
import org.objectweb.asm.Type;

/**
 * The kinds of value on the JVM operand stack and in locals, as compiled: {@code int} stands
 * for every int-like type (JVMS 2.11.1), and the intrinsic {@code Word} is a kind of its own.
 */
public enum JvmKind {
  INT,
  LONG,
  FLOAT,
  DOUBLE,
  REFERENCE,
  WORD;

  /** The kind of a value of a field or method type (not {@code void}). */
  public static JvmKind of(Type type) {
    switch (type.getSort()) {
      case Type.BOOLEAN:
      case Type.BYTE:
      case Type.CHAR:
      case Type.SHORT:
      case Type.INT:
        return INT;
      case Type.LONG:
        return LONG;
      case Type.FLOAT:
        return FLOAT;
      case Type.DOUBLE:
        return DOUBLE;
      case Type.OBJECT:
        return ObjectLayout.isWord(type) ? WORD : REFERENCE;
      case Type.ARRAY:
        return REFERENCE;
      default:
        throw new IllegalArgumentException("no value kind for " + type);
    }
  }

  /** Whether the value takes two JVM stack slots. */
  public boolean isWide() {
    return this == LONG || this == DOUBLE;
  }
}
