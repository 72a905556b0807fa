package jeyra.compiler.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.load.BytecodeOffsets;
import jeyra.compiler.load.ClassFileParser;
import jeyra.compiler.load.ClassPath;
import jeyra.compiler.load.ClassVerifier;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * The closed world: every type the program can name, loaded on demand, with the subtype
 * relation of JVMS 4.10.1.2 (and {@code checkcast}'s rules for arrays, JVMS 6.5).
 */
public final class Universe {
  private final ClassPath classPath;
  private final List<ClassTransformer> transformers = new ArrayList<>();
  private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
  private final Set<String> missing = new HashSet<>();
  private final Set<String> loading = new HashSet<>();
  private final Map<Type, ClassInfo> primitives = new HashMap<>();
  private final Map<ClassInfo, Set<ClassInfo>> supertypes = new HashMap<>();
  private final BytecodeOffsets offsets = new BytecodeOffsets();

  /** @param classPath where classes come from; not null */
  public Universe(ClassPath classPath) {
    this.classPath = classPath;
  }

  /** Adds a transformation applied to every class loaded from now on. */
  public void addTransformer(ClassTransformer transformer) {
    transformers.add(transformer);
  }

  public ClassPath classPath() {
    return classPath;
  }

  /** Bytecode offsets of the instructions of every class loaded. */
  public BytecodeOffsets offsets() {
    return offsets;
  }

  /**
   * Looks up a type by internal name or, for arrays, by descriptor.
   *
   * @param name {@code java/lang/String} or {@code [I}
   * @return the type, or null if its class file (or an array's element class) is missing
   * @throws CompileError if the class file is malformed or its superclass is missing
   */
  public ClassInfo lookup(String name) {
    ClassInfo known = classes.get(name);
    if (known != null) {
      return known;
    }
    if (missing.contains(name)) {
      return null;
    }
    ClassInfo loaded = name.startsWith("[") ? loadArray(name) : loadClass(name);
    if (loaded == null) {
      missing.add(name);
    }
    return loaded;
  }

  /** A type this build has already loaded, or null: never loads one. */
  public ClassInfo loaded(String name) {
    return classes.get(name);
  }

  /**
   * Looks up a type that must exist (the runtime's own classes, {@code java.lang.Object}).
   *
   * @throws CompileError if it is missing
   */
  public ClassInfo require(String name) {
    ClassInfo type = lookup(name);
    if (type == null) {
      throw new CompileError("class " + name.replace('/', '.') + " not found ("
          + "it is part of jeyra's runtime or the JDK and must always be present)");
    }
    return type;
  }

  /** Looks up the type of a field descriptor or ASM {@link Type}; null if missing. */
  public ClassInfo lookup(Type type) {
    switch (type.getSort()) {
      case Type.OBJECT:
        return lookup(type.getInternalName());
      case Type.ARRAY:
        return lookup(type.getDescriptor());
      case Type.METHOD:
        throw new IllegalArgumentException("not a field type: " + type);
      default:
        return primitive(type);
    }
  }

  /** The {@code ClassInfo} of a primitive type, {@code void} included. */
  public ClassInfo primitive(Type type) {
    return primitives.computeIfAbsent(type, ClassInfo::ofPrimitive);
  }

  /** The array type with the given element type. */
  public ClassInfo arrayOf(ClassInfo component) {
    return lookup("[" + component.descriptor());
  }

  /** Every type loaded so far, in load order. */
  public Collection<ClassInfo> loadedClasses() {
    return List.copyOf(classes.values());
  }

  /** The primitive types created so far. */
  public Collection<ClassInfo> primitiveClasses() {
    return List.copyOf(primitives.values());
  }

  private ClassInfo loadArray(String descriptor) {
    ClassInfo component = lookup(Type.getType(descriptor.substring(1)));
    if (component == null) {
      return null;
    }
    ClassInfo array = ClassInfo.ofArray(component);
    array.setHierarchy(require("java/lang/Object"),
        List.of(require("java/lang/Cloneable"), require("java/io/Serializable")));
    classes.put(descriptor, array);
    return array;
  }

  private ClassInfo loadClass(String name) {
    ClassPath.Found found = classPath.find(name);
    if (found == null) {
      return null;
    }
    if (!loading.add(name)) {
      throw new CompileError("class " + name.replace('/', '.')
          + " is its own superclass or superinterface (ClassCircularityError)");
    }
    try {
      String origin = name + ".class in " + found.where();
      ClassNode node = ClassFileParser.parse(found.bytes(), origin, name, offsets);
      if (found.origin() == Origin.USER) {
        ClassVerifier.verify(found.bytes(), node, origin);
      }
      for (ClassTransformer transformer : transformers) {
        transformer.transform(node, found.origin());
      }
      ClassInfo info = ClassInfo.ofClassFile(node, found.origin(), found.module());
      ClassInfo superclass = null;
      if (node.superName != null) {
        superclass = lookup(node.superName);
        if (superclass == null) {
          throw new CompileError("class " + info.binaryName() + " (from " + found.where()
              + ") extends " + node.superName.replace('/', '.')
              + ", which is not on the class path");
        }
        if (superclass.isInterface()) {
          throw new CompileError("class " + info.binaryName() + " extends interface "
              + superclass.binaryName() + " (IncompatibleClassChangeError)");
        }
      } else if (!name.equals("java/lang/Object")) {
        throw new CompileError("malformed class file " + name + ".class in " + found.where()
            + ": no superclass");
      }
      if (info.isInterface() && superclass != null && !superclass.name().equals("java/lang/Object")) {
        throw new CompileError("interface " + info.binaryName() + " has superclass "
            + superclass.binaryName() + ", expected java.lang.Object");
      }
      List<ClassInfo> interfaces = new ArrayList<>();
      for (String interfaceName : node.interfaces) {
        ClassInfo superinterface = lookup(interfaceName);
        if (superinterface == null) {
          throw new CompileError("class " + info.binaryName() + " (from " + found.where()
              + ") implements " + interfaceName.replace('/', '.')
              + ", which is not on the class path");
        }
        if (!superinterface.isInterface()) {
          throw new CompileError("class " + info.binaryName() + " implements class "
              + superinterface.binaryName() + " (IncompatibleClassChangeError)");
        }
        interfaces.add(superinterface);
      }
      info.setHierarchy(info.isInterface() ? null : superclass, interfaces);
      classes.put(name, info);
      return info;
    } finally {
      loading.remove(name);
    }
  }

  /** Every supertype of {@code type}, itself included: superclasses and superinterfaces. */
  public Set<ClassInfo> supertypes(ClassInfo type) {
    Set<ClassInfo> known = supertypes.get(type);
    if (known != null) {
      return known;
    }
    Set<ClassInfo> result = new LinkedHashSet<>();
    result.add(type);
    if (type.superclass() != null) {
      result.addAll(supertypes(type.superclass()));
    }
    for (ClassInfo superinterface : type.interfaces()) {
      result.addAll(supertypes(superinterface));
    }
    if (type.isInterface()) {
      result.add(require("java/lang/Object"));
    }
    supertypes.put(type, result);
    return result;
  }

  /**
   * Whether a value of type {@code from} can be assigned to {@code to}: the relation
   * {@code checkcast} and {@code instanceof} test (JVMS 6.5, checkcast).
   */
  public boolean isAssignable(ClassInfo from, ClassInfo to) {
    if (from == to) {
      return true;
    }
    if (from.isPrimitive() || to.isPrimitive()) {
      return false;
    }
    if (from.isArray() && to.isArray()) {
      ClassInfo fromComponent = from.componentType();
      ClassInfo toComponent = to.componentType();
      if (fromComponent.isPrimitive() || toComponent.isPrimitive()) {
        return fromComponent == toComponent;
      }
      return isAssignable(fromComponent, toComponent);
    }
    return supertypes(from).contains(to);
  }
}
