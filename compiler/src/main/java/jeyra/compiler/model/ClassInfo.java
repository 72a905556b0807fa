package jeyra.compiler.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * One type of the closed world: a loaded class or interface, an array type or a primitive
 * type, with the results of the later stages (reachability, layout) attached as they run.
 */
public final class ClassInfo {
  private final String name;
  private final ClassKind kind;
  private final ClassNode node;
  private final Origin origin;
  private final String module;
  private final ClassInfo componentType;
  private final Type primitiveType;
  private ClassInfo superclass;
  private List<ClassInfo> interfaces = List.of();
  private final Map<String, MethodInfo> methods = new LinkedHashMap<>();
  private final List<FieldInfo> fields = new ArrayList<>();

  /** {@link #hasFinalizer}, once asked (the interpreter asks at every {@code new}). */
  private Boolean hasFinalizer;

  // Results of reachability.
  private boolean hubNeeded;
  private boolean instantiated;
  private boolean initializationReached;

  // Results of layout.
  private int instanceSize = -1;
  private int typeId = -1;
  private int lastSubtypeId = -1;
  private int interfaceIndex = -1;
  private List<MethodInfo> vtable = List.of();

  private ClassInfo(String name, ClassKind kind, ClassNode node, Origin origin, String module,
      ClassInfo componentType, Type primitiveType) {
    this.name = name;
    this.kind = kind;
    this.node = node;
    this.origin = origin;
    this.module = module;
    this.componentType = componentType;
    this.primitiveType = primitiveType;
    if (node != null) {
      for (MethodNode method : node.methods) {
        methods.put(method.name + method.desc, new MethodInfo(this, method));
      }
      for (FieldNode field : node.fields) {
        fields.add(new FieldInfo(this, field));
      }
    }
  }

  /** A class or interface parsed from a class file. */
  static ClassInfo ofClassFile(ClassNode node, Origin origin, String module) {
    ClassKind kind = (node.access & Opcodes.ACC_INTERFACE) != 0 ? ClassKind.INTERFACE
        : ClassKind.CLASS;
    return new ClassInfo(node.name, kind, node, origin, module, null, null);
  }

  /** The array type whose elements are {@code component}. */
  static ClassInfo ofArray(ClassInfo component) {
    String descriptor = "[" + component.descriptor();
    Origin origin = component.origin == Origin.USER ? Origin.USER : Origin.SYNTHETIC;
    return new ClassInfo(descriptor, ClassKind.ARRAY, null, origin, component.module, component,
        null);
  }

  /** A primitive type ({@code Type.INT_TYPE}, ..., {@code Type.VOID_TYPE}). */
  static ClassInfo ofPrimitive(Type type) {
    return new ClassInfo(type.getClassName(), ClassKind.PRIMITIVE, null, Origin.SYNTHETIC,
        "java.base", null, type);
  }

  /**
   * The name in internal form for classes ({@code java/lang/String}), the descriptor for
   * arrays ({@code [I}), and the Java name for primitives ({@code int}).
   */
  public String name() {
    return name;
  }

  /** The name {@code Class.getName()} returns ({@code java.lang.String}, {@code [I}). */
  public String binaryName() {
    return name.replace('/', '.');
  }

  /** The field descriptor of this type ({@code Ljava/lang/String;}, {@code [I}, {@code I}). */
  public String descriptor() {
    switch (kind) {
      case ARRAY:
        return name;
      case PRIMITIVE:
        return primitiveType.getDescriptor();
      default:
        return "L" + name + ";";
    }
  }

  public ClassKind kind() {
    return kind;
  }

  public boolean isInterface() {
    return kind == ClassKind.INTERFACE;
  }

  public boolean isArray() {
    return kind == ClassKind.ARRAY;
  }

  public boolean isPrimitive() {
    return kind == ClassKind.PRIMITIVE;
  }

  /** The parsed class file, or null for array and primitive types. */
  public ClassNode node() {
    return node;
  }

  public Origin origin() {
    return origin;
  }

  /** The JDK module holding the class ({@code java.base}), or null outside the JDK. */
  public String module() {
    return module;
  }

  /** The element type of an array type, or null. */
  public ClassInfo componentType() {
    return componentType;
  }

  /** The primitive type of a primitive {@code ClassInfo}, or null. */
  public Type primitiveType() {
    return primitiveType;
  }

  /** The class file's access flags; arrays are public final abstract as in the JVM. */
  public int access() {
    if (node != null) {
      return node.access;
    }
    return Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT;
  }

  public boolean isAbstract() {
    return (access() & Opcodes.ACC_ABSTRACT) != 0;
  }

  public boolean isFinal() {
    return (access() & Opcodes.ACC_FINAL) != 0;
  }

  /** The superclass; null for {@code java.lang.Object}, interfaces and primitives. */
  public ClassInfo superclass() {
    return superclass;
  }

  /** The direct superinterfaces, in declaration order. */
  public List<ClassInfo> interfaces() {
    return interfaces;
  }

  void setHierarchy(ClassInfo superclass, List<ClassInfo> interfaces) {
    this.superclass = superclass;
    this.interfaces = List.copyOf(interfaces);
  }

  /** The methods this type declares, in class file order. */
  public Collection<MethodInfo> methods() {
    return Collections.unmodifiableCollection(methods.values());
  }

  /** The declared method with this name and descriptor, or null. */
  public MethodInfo method(String name, String descriptor) {
    return methods.get(name + descriptor);
  }

  /** The fields this type declares, in class file order. */
  public List<FieldInfo> fields() {
    return Collections.unmodifiableList(fields);
  }

  /** The declared field with this name and descriptor, or null. */
  public FieldInfo field(String name, String descriptor) {
    for (FieldInfo field : fields) {
      if (field.name().equals(name) && field.descriptor().equals(descriptor)) {
        return field;
      }
    }
    return null;
  }

  /** The class initialiser, or null. */
  public MethodInfo classInitializer() {
    return methods.get("<clinit>()V");
  }

  /** The source file name from the class file, or null. */
  public String sourceFile() {
    return node == null ? null : node.sourceFile;
  }

  /** The package in internal form ({@code java/lang}), empty for the unnamed package. */
  public String packageName() {
    if (kind == ClassKind.ARRAY) {
      ClassInfo element = this;
      while (element.isArray()) {
        element = element.componentType;
      }
      return element.packageName();
    }
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /**
   * Whether instances must be registered for finalization, by HotSpot's rule
   * ({@code has_finalizer}): the nearest class, below {@code Object}, that declares
   * {@code finalize()V} declares one that does more than return. A class that overrides a
   * finalizer with an empty method turns finalization off for itself and its subclasses.
   */
  public boolean hasFinalizer() {
    if (hasFinalizer == null) {
      hasFinalizer = kind == ClassKind.CLASS && nearestFinalizerDoesWork();
    }
    return hasFinalizer;
  }

  private boolean nearestFinalizerDoesWork() {
    for (ClassInfo owner = this; owner != null && owner.superclass != null;
        owner = owner.superclass) {
      MethodInfo finalize = owner.method("finalize", "()V");
      if (finalize != null) {
        return !Insns.onlyReturns(finalize.node());
      }
    }
    return false;
  }

  // ---- reachability results ----

  /** Whether the image needs this type's {@code Class} object (its hub). */
  public boolean hubNeeded() {
    return hubNeeded;
  }

  public void markHubNeeded() {
    hubNeeded = true;
  }

  /** Whether reachable code allocates instances of exactly this type. */
  public boolean isInstantiated() {
    return instantiated;
  }

  public void markInstantiated() {
    instantiated = true;
  }

  /** Whether reachable code can trigger this type's initialisation (JVMS 5.5). */
  public boolean initializationReached() {
    return initializationReached;
  }

  public void markInitializationReached() {
    initializationReached = true;
  }

  // ---- layout results ----

  /** Bytes in an instance, header included; -1 for types without instances. */
  public int instanceSize() {
    return instanceSize;
  }

  public void setInstanceSize(int instanceSize) {
    this.instanceSize = instanceSize;
  }

  /**
   * This type's number in a depth-first preorder walk of the class tree: the classes that
   * are subclasses of this one have the numbers {@code typeId()..lastSubtypeId()}.
   */
  public int typeId() {
    return typeId;
  }

  public int lastSubtypeId() {
    return lastSubtypeId;
  }

  public void setTypeIds(int typeId, int lastSubtypeId) {
    this.typeId = typeId;
    this.lastSubtypeId = lastSubtypeId;
  }

  /** For an interface, its bit in every class's interface set; otherwise -1. */
  public int interfaceIndex() {
    return interfaceIndex;
  }

  public void setInterfaceIndex(int interfaceIndex) {
    this.interfaceIndex = interfaceIndex;
  }

  /** The methods in this class's vtable, by slot; entries may be null (never called). */
  public List<MethodInfo> vtable() {
    return vtable;
  }

  public void setVtable(List<MethodInfo> vtable) {
    this.vtable = vtable;
  }

  @Override
  public String toString() {
    return binaryName();
  }
}
