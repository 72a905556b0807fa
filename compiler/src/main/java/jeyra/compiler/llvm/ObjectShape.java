package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Builds packed LLVM structs with members at exact byte offsets, zero padding between: how
 * objects are laid out in the image, where the object layout, not LLVM, decides offsets.
 */
final class ObjectShape {
  private record Member(int offset, int size, LLVMTypeRef type, LLVMValueRef value) {}

  private final Ir ir;
  private final List<Member> members = new ArrayList<>();

  ObjectShape(Ir ir) {
    this.ir = ir;
  }

  /**
   * Places a value.
   *
   * @param offset byte offset from the object's start
   * @param size the value's size in bytes
   * @param value a constant (its type is the member's type)
   */
  ObjectShape put(int offset, int size, LLVMValueRef value) {
    members.add(new Member(offset, size, LLVMTypeOf(value), value));
    return this;
  }

  /**
   * The packed struct constant, {@code totalBytes} long.
   *
   * @throws IllegalStateException if two members overlap or one passes the end
   */
  LLVMValueRef build(int totalBytes) {
    members.sort(Comparator.comparingInt(Member::offset));
    List<LLVMValueRef> values = new ArrayList<>();
    int at = 0;
    for (Member member : members) {
      if (member.offset < at) {
        throw new IllegalStateException("overlapping image object members at offset "
            + member.offset);
      }
      if (member.offset > at) {
        values.add(LLVMConstNull(ir.arrayType(ir.i8, member.offset - at)));
      }
      values.add(member.value);
      at = member.offset + member.size;
    }
    if (at > totalBytes) {
      throw new IllegalStateException("image object members end at " + at + ", past "
          + totalBytes);
    }
    if (at < totalBytes) {
      values.add(LLVMConstNull(ir.arrayType(ir.i8, totalBytes - at)));
    }
    LLVMValueRef[] array = values.toArray(new LLVMValueRef[0]);
    return LLVMConstStructInContext(ir.context, new PointerPointer<>(array), array.length, 1);
  }
}
