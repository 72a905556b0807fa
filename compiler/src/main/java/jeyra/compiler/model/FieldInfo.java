package jeyra.compiler.model;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldNode;

/** A field of a loaded class, with the storage the layout stage gives it. */
public final class FieldInfo {
  private final ClassInfo owner;
  private final FieldNode node;
  private final Type type;
  private int offset = -1;

  FieldInfo(ClassInfo owner, FieldNode node) {
    this.owner = owner;
    this.node = node;
    this.type = Type.getType(node.desc);
  }

  public ClassInfo owner() {
    return owner;
  }

  public FieldNode node() {
    return node;
  }

  public String name() {
    return node.name;
  }

  public String descriptor() {
    return node.desc;
  }

  public Type type() {
    return type;
  }

  public boolean isStatic() {
    return (node.access & Opcodes.ACC_STATIC) != 0;
  }

  public boolean isVolatile() {
    return (node.access & Opcodes.ACC_VOLATILE) != 0;
  }

  public boolean isFinal() {
    return (node.access & Opcodes.ACC_FINAL) != 0;
  }

  /** The ConstantValue attribute's value (JVMS 4.7.2), or null. */
  public Object constantValue() {
    return isStatic() ? node.value : null;
  }

  /** Byte offset of an instance field from the object's start; -1 before layout. */
  public int offset() {
    return offset;
  }

  public void setOffset(int offset) {
    this.offset = offset;
  }

  @Override
  public String toString() {
    return owner.binaryName() + "." + node.name;
  }
}
