package jeyra.compiler.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Insns;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Field and method resolution (JVMS 5.4.3.2-4), method selection (JVMS 5.4.6) and overriding
 * (JVMS 5.4.5), over the closed world.
 *
 * <p>Resolution answers what a symbolic reference in an instruction names; selection answers
 * which method runs for a receiver of a given class. Both return null where the JVM would
 * throw a {@code LinkageError}; the caller turns that into the right error.
 */
public final class Resolver {
  private final Universe universe;
  /** For each class, the class initialisers its initialisation runs (its own included). */
  private final Map<ClassInfo, List<MethodInfo>> initializersRun = new HashMap<>();

  /** @param universe the closed world; not null */
  public Resolver(Universe universe) {
    this.universe = universe;
  }

  public Universe universe() {
    return universe;
  }

  /** Field resolution (JVMS 5.4.3.2): the class, its superinterfaces, then its superclass. */
  public FieldInfo resolveField(ClassInfo type, String name, String descriptor) {
    FieldInfo declared = type.field(name, descriptor);
    if (declared != null) {
      return declared;
    }
    for (ClassInfo superinterface : type.interfaces()) {
      FieldInfo found = resolveField(superinterface, name, descriptor);
      if (found != null) {
        return found;
      }
    }
    return type.superclass() == null ? null : resolveField(type.superclass(), name, descriptor);
  }

  /**
   * Method resolution for {@code invokevirtual}, {@code invokespecial} and
   * {@code invokestatic} on a class (JVMS 5.4.3.3); for an interface owner (allowed for
   * {@code invokestatic} and {@code invokespecial} since Java 8) interface method resolution.
   */
  public MethodInfo resolveMethod(ClassInfo type, String name, String descriptor) {
    if (type.isInterface()) {
      return resolveInterfaceMethod(type, name, descriptor);
    }
    for (ClassInfo c = type; c != null; c = c.superclass()) {
      MethodInfo declared = c.method(name, descriptor);
      if (declared != null) {
        return declared;
      }
    }
    return maximallySpecific(type, name, descriptor, true);
  }

  /** Interface method resolution (JVMS 5.4.3.4). */
  public MethodInfo resolveInterfaceMethod(ClassInfo type, String name, String descriptor) {
    MethodInfo declared = type.method(name, descriptor);
    if (declared != null) {
      return declared;
    }
    MethodInfo inObject = universe.require("java/lang/Object").method(name, descriptor);
    if (inObject != null && inObject.isPublic() && !inObject.isStatic()) {
      return inObject;
    }
    return maximallySpecific(type, name, descriptor, true);
  }

  /**
   * The maximally-specific superinterface methods of {@code type} with this name and
   * descriptor (JVMS 5.4.3.3): the one non-abstract one if there is exactly one, otherwise
   * (when {@code acceptAbstract}) any of them, otherwise null.
   */
  private MethodInfo maximallySpecific(ClassInfo type, String name, String descriptor,
      boolean acceptAbstract) {
    List<MethodInfo> candidates = new ArrayList<>();
    for (ClassInfo supertype : universe.supertypes(type)) {
      if (!supertype.isInterface()) {
        continue;
      }
      MethodInfo method = supertype.method(name, descriptor);
      if (method != null && !method.isPrivate() && !method.isStatic()) {
        candidates.add(method);
      }
    }
    List<MethodInfo> maximal = new ArrayList<>();
    for (MethodInfo candidate : candidates) {
      boolean shadowed = false;
      for (MethodInfo other : candidates) {
        if (other != candidate && other.owner() != candidate.owner()
            && universe.supertypes(other.owner()).contains(candidate.owner())) {
          shadowed = true;
          break;
        }
      }
      if (!shadowed) {
        maximal.add(candidate);
      }
    }
    MethodInfo concrete = null;
    int concreteCount = 0;
    for (MethodInfo method : maximal) {
      if (!method.isAbstract()) {
        concrete = method;
        concreteCount++;
      }
    }
    if (concreteCount == 1) {
      return concrete;
    }
    return acceptAbstract && !maximal.isEmpty() ? maximal.get(0) : null;
  }

  /**
   * Method selection (JVMS 5.4.6): the method that runs when {@code resolved} is invoked on an
   * instance of exactly {@code receiver}.
   *
   * @return the selected method, or null where the JVM throws {@code AbstractMethodError}
   *     (none, or several default methods conflict); the result may itself be abstract
   */
  public MethodInfo select(ClassInfo receiver, MethodInfo resolved) {
    if (resolved.isPrivate()) {
      return resolved;
    }
    String name = resolved.name();
    String descriptor = resolved.descriptor();
    for (ClassInfo c = receiver; c != null; c = c.superclass()) {
      MethodInfo declared = c.method(name, descriptor);
      if (declared != null && !declared.isStatic() && overrides(declared, resolved)) {
        return declared;
      }
    }
    MethodInfo fromInterfaces = maximallySpecific(receiver, name, descriptor, false);
    return fromInterfaces;
  }

  /**
   * Whether {@code candidate} overrides {@code overridden} (JVMS 5.4.5), or is it: same name
   * and descriptor, not private, and {@code overridden} is accessible to it or overridden
   * through an intermediate class.
   */
  public boolean overrides(MethodInfo candidate, MethodInfo overridden) {
    if (candidate == overridden) {
      return true;
    }
    if (candidate.isPrivate() || candidate.isStatic()
        || !candidate.name().equals(overridden.name())
        || !candidate.descriptor().equals(overridden.descriptor())) {
      return false;
    }
    if (overridden.owner().isInterface()) {
      return true;
    }
    if (overridden.isPublic() || overridden.isProtected()) {
      return true;
    }
    if (overridden.isPrivate()) {
      return false;
    }
    if (candidate.owner().packageName().equals(overridden.owner().packageName())) {
      return true;
    }
    // Package-private in another package: overridden only through a method in between that
    // itself overrides it.
    for (ClassInfo c = candidate.owner().superclass(); c != null && c != overridden.owner();
        c = c.superclass()) {
      MethodInfo between = c.method(candidate.name(), candidate.descriptor());
      if (between != null && between != candidate && !between.isPrivate()
          && !between.isStatic() && overrides(between, overridden)
          && overrides(candidate, between)) {
        return true;
      }
    }
    return false;
  }

  /** A call's target: a method for direct calls, else the static type and resolved method. */
  public record CallTarget(MethodInfo direct, ClassInfo staticType, MethodInfo resolved) {}

  /**
   * How a call dispatches: directly for static, special, private and final targets;
   * otherwise by receiver type (JVMS 6.5 invokevirtual, invokeinterface).
   *
   * @param caller the method making the call
   * @return the target, or null where the JVM throws a {@code LinkageError} (the analysis
   *     reports those)
   */
  public CallTarget callTarget(MethodInfo caller, MethodInsnNode insn) {
    ClassInfo owner = universe.lookup(insn.owner);
    if (owner == null) {
      return null;
    }
    int opcode = insn.getOpcode();
    MethodInfo resolved = opcode == Opcodes.INVOKEINTERFACE
        ? resolveInterfaceMethod(owner, insn.name, insn.desc)
        : resolveMethod(owner, insn.name, insn.desc);
    if (resolved == null || isSignaturePolymorphic(resolved)
        || resolved.isStatic() != (opcode == Opcodes.INVOKESTATIC)) {
      return null;
    }
    switch (opcode) {
      case Opcodes.INVOKESTATIC:
        return new CallTarget(resolved, null, null);
      case Opcodes.INVOKESPECIAL: {
        MethodInfo target = specialTarget(caller.owner(), owner, resolved);
        return target == null || target.isAbstract() ? null : new CallTarget(target, null, null);
      }
      default:
        if (resolved.isPrivate() || (!resolved.owner().isInterface() && resolved.isFinal())) {
          return new CallTarget(resolved, null, null);
        }
        return new CallTarget(null, owner, resolved);
    }
  }

  /**
   * The method {@code invokespecial} runs (JVMS 6.5 invokespecial): for a call to a
   * superclass's or superinterface's method from {@code caller}, selection restarts at the
   * caller's direct superclass (or the named interface); otherwise the resolved method.
   */
  public MethodInfo specialTarget(ClassInfo caller, ClassInfo named, MethodInfo resolved) {
    if (resolved.isConstructor() || resolved.isPrivate()) {
      return resolved;
    }
    ClassInfo start;
    if (named.isInterface()) {
      start = named;
    } else if (named != caller && caller.superclass() != null
        && universe.supertypes(caller).contains(named) && !caller.isInterface()) {
      start = caller.superclass();
    } else {
      return resolved;
    }
    for (ClassInfo c = start; c != null; c = c.superclass()) {
      MethodInfo declared = c.method(resolved.name(), resolved.descriptor());
      if (declared != null && !declared.isStatic()) {
        return declared;
      }
      if (c.isInterface()) {
        break;
      }
    }
    return select(start, resolved);
  }

  /** Whether {@code owner.name} would be a signature-polymorphic method (JVMS 2.9.3). */
  public static boolean isSignaturePolymorphic(ClassInfo owner, String name) {
    String ownerName = owner.name();
    return ownerName.equals("java/lang/invoke/MethodHandle")
        || ownerName.equals("java/lang/invoke/VarHandle");
  }

  /** JVMS 2.9.3: a native varargs method of MethodHandle or VarHandle taking Object[]. */
  public static boolean isSignaturePolymorphic(MethodInfo method) {
    String owner = method.owner().name();
    return (owner.equals("java/lang/invoke/MethodHandle")
        || owner.equals("java/lang/invoke/VarHandle"))
        && method.isNative() && (method.access() & Opcodes.ACC_VARARGS) != 0
        && method.descriptor().startsWith("([Ljava/lang/Object;)");
  }

  /**
   * Whether an interface declares a non-abstract, non-static method, which makes its
   * initialisation part of its implementing classes' (JVMS 5.5 step 7).
   */
  public static boolean declaresDefaultMethod(ClassInfo type) {
    for (MethodInfo method : type.methods()) {
      if (!method.isAbstract() && !method.isStatic() && !method.isClassInitializer()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The types initialising a class initialises first (JVMS 5.5 step 7): its superclass and
   * its superinterfaces that declare default methods; none for an interface.
   */
  public List<ClassInfo> initializedFirst(ClassInfo type) {
    List<ClassInfo> first = new ArrayList<>();
    if (type.isInterface()) {
      return first;
    }
    if (type.superclass() != null) {
      first.add(type.superclass());
    }
    for (ClassInfo superinterface : universe.supertypes(type)) {
      if (superinterface.isInterface() && superinterface != type
          && declaresDefaultMethod(superinterface)) {
        first.add(superinterface);
      }
    }
    return first;
  }

  /**
   * The class initialisers that initialising {@code type} runs (JVMS 5.5): its own first,
   * then its superclasses' and those of superinterfaces that declare default methods.
   */
  public List<MethodInfo> initializersRun(ClassInfo type) {
    List<MethodInfo> known = initializersRun.get(type);
    if (known != null) {
      return known;
    }
    List<MethodInfo> initializers = new ArrayList<>();
    if (type.classInitializer() != null) {
      initializers.add(type.classInitializer());
    }
    if (!type.isInterface()) {
      if (type.superclass() != null) {
        initializers.addAll(initializersRun(type.superclass()));
      }
      for (ClassInfo superinterface : universe.supertypes(type)) {
        if (superinterface.isInterface() && declaresDefaultMethod(superinterface)
            && superinterface.classInitializer() != null) {
          initializers.add(superinterface.classInitializer());
        }
      }
    }
    initializersRun.put(type, List.copyOf(initializers));
    return initializers;
  }

  /**
   * The type an allocation instruction ({@code new}, {@code newarray}, {@code anewarray},
   * {@code multianewarray}) creates; null if it is missing, or abstract for {@code new}.
   */
  public ClassInfo allocatedType(AbstractInsnNode insn) {
    switch (insn.getOpcode()) {
      case Opcodes.NEW: {
        ClassInfo type = universe.lookup(((TypeInsnNode) insn).desc);
        return type == null || type.isInterface() || type.isAbstract() ? null : type;
      }
      case Opcodes.NEWARRAY:
        return universe.lookup(Insns.newarrayDescriptor(((IntInsnNode) insn).operand));
      case Opcodes.ANEWARRAY: {
        ClassInfo component = universe.lookup(((TypeInsnNode) insn).desc);
        return component == null ? null : universe.arrayOf(component);
      }
      default:
        return universe.lookup(((MultiANewArrayInsnNode) insn).desc);
    }
  }
}
