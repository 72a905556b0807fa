package jeyra.compiler.model;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/** A method of a loaded class. */
public final class MethodInfo {
  private final ClassInfo owner;
  private final MethodNode node;
  private final Type type;

  MethodInfo(ClassInfo owner, MethodNode node) {
    this.owner = owner;
    this.node = node;
    this.type = Type.getMethodType(node.desc);
  }

  public ClassInfo owner() {
    return owner;
  }

  public MethodNode node() {
    return node;
  }

  public String name() {
    return node.name;
  }

  public String descriptor() {
    return node.desc;
  }

  /** Name and descriptor: the key under which a class lists the method. */
  public String selector() {
    return node.name + node.desc;
  }

  public Type type() {
    return type;
  }

  public int access() {
    return node.access;
  }

  public boolean isStatic() {
    return (node.access & Opcodes.ACC_STATIC) != 0;
  }

  public boolean isAbstract() {
    return (node.access & Opcodes.ACC_ABSTRACT) != 0;
  }

  public boolean isNative() {
    return (node.access & Opcodes.ACC_NATIVE) != 0;
  }

  public boolean isPrivate() {
    return (node.access & Opcodes.ACC_PRIVATE) != 0;
  }

  public boolean isPublic() {
    return (node.access & Opcodes.ACC_PUBLIC) != 0;
  }

  public boolean isProtected() {
    return (node.access & Opcodes.ACC_PROTECTED) != 0;
  }

  public boolean isFinal() {
    return (node.access & Opcodes.ACC_FINAL) != 0;
  }

  public boolean isSynchronized() {
    return (node.access & Opcodes.ACC_SYNCHRONIZED) != 0;
  }

  public boolean isConstructor() {
    return node.name.equals("<init>");
  }

  public boolean isClassInitializer() {
    return node.name.equals("<clinit>");
  }

  /** Whether the method takes part in virtual dispatch (JVMS 5.4.5). */
  public boolean isVirtual() {
    return !isStatic() && !isPrivate() && !isConstructor() && !isClassInitializer();
  }

  /** Whether the method has a body to compile. */
  public boolean hasCode() {
    return !isAbstract() && !isNative() && node.instructions != null
        && node.instructions.size() > 0;
  }

  @Override
  public String toString() {
    return owner.binaryName() + "." + node.name + node.desc;
  }
}
