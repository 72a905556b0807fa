package jeyra.compiler.llvm;

import jeyra.compiler.layout.ObjectLayout;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * ASM's basic type analysis, with the intrinsic {@code Word} kept apart from references, so
 * that code generation knows the kind of every local and stack slot at every instruction.
 * Where a word and a reference meet, the slot becomes unusable, as for any type clash.
 */
final class WordAwareInterpreter extends BasicInterpreter {
  /** The value of a {@code Word}-typed slot. */
  static final BasicValue WORD_VALUE =
      new BasicValue(Type.getObjectType("jeyra/intrinsics/Word"));

  WordAwareInterpreter() {
    super(Opcodes.ASM9);
  }

  @Override
  public BasicValue newValue(Type type) {
    if (type != null && ObjectLayout.isWord(type)) {
      return WORD_VALUE;
    }
    return super.newValue(type);
  }

  /** The kind of a slot's value, or null if the slot holds nothing usable. */
  static JvmKind kindOf(BasicValue value) {
    if (value == null || value == BasicValue.UNINITIALIZED_VALUE
        || value == BasicValue.RETURNADDRESS_VALUE) {
      return null;
    }
    if (value.equals(WORD_VALUE)) {
      return JvmKind.WORD;
    }
    if (value.equals(BasicValue.INT_VALUE)) {
      return JvmKind.INT;
    }
    if (value.equals(BasicValue.LONG_VALUE)) {
      return JvmKind.LONG;
    }
    if (value.equals(BasicValue.FLOAT_VALUE)) {
      return JvmKind.FLOAT;
    }
    if (value.equals(BasicValue.DOUBLE_VALUE)) {
      return JvmKind.DOUBLE;
    }
    return JvmKind.REFERENCE;
  }
}
