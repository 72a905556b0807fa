package jeyra.compiler.model;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;
import org.objectweb.asm.tree.InnerClassNode;

/**
 * Facts the JDK finds through reflection on class attributes (generic signatures, inner
 * class tables), decided at build time.
 */
public final class ClassAttributes {
  private ClassAttributes() {}

  /** The class's own entry in its InnerClasses attribute, or null for a top-level class. */
  public static InnerClassNode innerClassEntry(ClassInfo type) {
    for (InnerClassNode entry : type.node().innerClasses) {
      if (entry.name.equals(type.name())) {
        return entry;
      }
    }
    return null;
  }

  /**
   * Whether a class declares {@code Comparable<C>} among its own interfaces, C being the class
   * itself: a plain class type, not a type variable or a parameterised type. This is the test
   * {@code HashMap.comparableClassFor} makes with {@code getGenericInterfaces()}.
   */
  public static boolean declaresSelfComparable(ClassInfo type) {
    if (type.isArray() || type.isPrimitive() || type.node().signature == null) {
      return false;
    }
    boolean[] found = {false};
    new SignatureReader(type.node().signature).accept(new SignatureVisitor(Opcodes.ASM9) {
      @Override
      public SignatureVisitor visitInterface() {
        return new InterfaceType(type.name(), found);
      }
    });
    return found[0];
  }

  /** One declared interface: {@code Comparable<C>} with C the class sets the flag. */
  private static final class InterfaceType extends SignatureVisitor {
    private final String self;
    private final boolean[] found;
    private boolean comparable;
    private int arguments;
    private TypeArgument argument;

    InterfaceType(String self, boolean[] found) {
      super(Opcodes.ASM9);
      this.self = self;
      this.found = found;
    }

    @Override
    public void visitClassType(String name) {
      comparable = name.equals("java/lang/Comparable");
    }

    @Override
    public void visitInnerClassType(String name) {
      comparable = false;
    }

    @Override
    public void visitTypeArgument() {
      arguments++; // an unbounded wildcard: Comparable<?>
    }

    @Override
    public SignatureVisitor visitTypeArgument(char wildcard) {
      arguments++;
      argument = wildcard == SignatureVisitor.INSTANCEOF ? new TypeArgument() : null;
      return argument != null ? argument : new SignatureVisitor(Opcodes.ASM9) {};
    }

    @Override
    public void visitEnd() {
      if (comparable && arguments == 1 && argument != null && argument.isPlainClass(self)) {
        found[0] = true;
      }
    }
  }

  /** The type argument of an interface: records whether it is exactly one plain class. */
  private static final class TypeArgument extends SignatureVisitor {
    private String className;
    private boolean parameterised;

    TypeArgument() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visitClassType(String name) {
      className = name;
    }

    @Override
    public void visitInnerClassType(String name) {
      parameterised = true;
    }

    @Override
    public SignatureVisitor visitArrayType() {
      parameterised = true;
      return new SignatureVisitor(Opcodes.ASM9) {};
    }

    @Override
    public void visitTypeArgument() {
      parameterised = true;
    }

    @Override
    public SignatureVisitor visitTypeArgument(char wildcard) {
      parameterised = true;
      return new SignatureVisitor(Opcodes.ASM9) {};
    }

    boolean isPlainClass(String name) {
      return !parameterised && name.equals(className);
    }
  }
}
