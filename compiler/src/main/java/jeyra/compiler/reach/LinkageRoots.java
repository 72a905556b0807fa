package jeyra.compiler.reach;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.Opcodes;

/**
 * What the runtime reaches by name rather than by a call in the bytecode, through the
 * {@code Linkage} intrinsics and {@code Class.forName}: the programs' {@code main} methods,
 * the {@code values()} of enums ({@code Linkage.enumValues}, for
 * {@code Class.getEnumConstants}), the constructors of {@code @Instantiable} classes
 * ({@code Linkage.newInstance}), and classes named by constant strings.
 *
 * <p>Each of these is a root only once its intrinsic is reachable, so a program that never
 * asks for enum constants compiles no {@code values()} method.
 */
final class LinkageRoots {
  private final Reachability reachability;
  private final Universe universe;
  private final PointsTo pointsTo;
  private List<MethodInfo> mainMethods = List.of();

  /** The method that calls Linkage.enumValues, once it is reachable. */
  private MethodInfo enumValuesCaller;
  private final Set<ClassInfo> classLiterals = new HashSet<>();
  private final List<MethodInfo> enumValuesMethods = new ArrayList<>();
  /** What Linkage.enumValues returns: the arrays of every enum it can answer for. */
  private final TypeFlow enumConstants;

  /** Classes Linkage.newInstance may create (@Instantiable). */
  private final List<ClassInfo> instantiableClasses = new ArrayList<>();
  private final List<MethodInfo> instantiableConstructors = new ArrayList<>();
  /** The method that calls Linkage.newInstance, once it is reachable. */
  private MethodInfo newInstanceCaller;
  /** What Linkage.newInstance returns. */
  private final TypeFlow newInstances;

  LinkageRoots(Reachability reachability, Universe universe, PointsTo pointsTo) {
    this.reachability = reachability;
    this.universe = universe;
    this.pointsTo = pointsTo;
    this.enumConstants = pointsTo.newFlow();
    this.newInstances = pointsTo.newFlow();
  }

  void setMainMethods(List<MethodInfo> mains) {
    mainMethods = List.copyOf(mains);
  }

  List<MethodInfo> mainMethods() {
    return mainMethods;
  }

  /** {@code Linkage.invokeMain} is reachable from {@code caller}: the programs start there. */
  void invokeMainReached(MethodInfo caller) {
    for (MethodInfo main : mainMethods) {
      reachability.initialize(main.owner(), caller);
    }
  }

  // ---- Linkage.enumValues ----

  /** {@code Linkage.enumValues} is reachable from {@code caller}. */
  void enumValuesReached(MethodInfo caller) {
    if (enumValuesCaller != null) {
      return;
    }
    enumValuesCaller = caller;
    for (ClassInfo type : universe.loadedClasses()) {
      if (type.initializationReached() || classLiterals.contains(type)) {
        offerEnumValues(type);
      }
    }
  }

  /** The program holds a class literal: its enum constants may be asked for. */
  void classLiteral(ClassInfo type) {
    if (classLiterals.add(type)) {
      offerEnumValues(type);
    }
  }

  /**
   * An enum whose constants may exist (its initialiser is reachable) or whose class literal
   * the program holds: once Linkage.enumValues is reachable, its values() is too.
   */
  void offerEnumValues(ClassInfo type) {
    if (enumValuesCaller == null || !isEnum(type)) {
      return;
    }
    MethodInfo values = type.method("values", "()[" + type.descriptor());
    if (values == null || !values.isStatic() || enumValuesMethods.contains(values)) {
      return;
    }
    enumValuesMethods.add(values);
    reachability.initialize(type, enumValuesCaller);
    reachability.reachByCall(values, enumValuesCaller);
    TypeFlow result = pointsTo.result(values);
    if (result != null) {
      pointsTo.edge(result, enumConstants);
    }
  }

  private static boolean isEnum(ClassInfo type) {
    return (type.access() & Opcodes.ACC_ENUM) != 0 && type.superclass() != null
        && type.superclass().name().equals("java/lang/Enum");
  }

  /** The values() methods Linkage.enumValues dispatches to. */
  List<MethodInfo> enumValuesMethods() {
    return enumValuesMethods;
  }

  /** What Linkage.enumValues returns. */
  TypeFlow enumConstantsFlow() {
    return enumConstants;
  }

  // ---- Linkage.newInstance ----

  /** Registers a class for Linkage.newInstance (see {@code @Instantiable}). */
  void registerInstantiable(ClassInfo type) {
    if (instantiableClasses.contains(type)) {
      return;
    }
    instantiableClasses.add(type);
    if (newInstanceCaller != null) {
      reachInstantiable(type);
    }
  }

  /** {@code Linkage.newInstance} is reachable from {@code caller}. */
  void newInstanceReached(MethodInfo caller) {
    if (newInstanceCaller != null) {
      return;
    }
    newInstanceCaller = caller;
    for (ClassInfo type : instantiableClasses) {
      reachInstantiable(type);
    }
  }

  private void reachInstantiable(ClassInfo type) {
    MethodInfo constructor = type.method("<init>", "()V");
    if (constructor == null || !constructor.isPublic() || type.isAbstract()
        || type.isInterface()) {
      return; // Linkage.newInstance answers null, as the JDK finds no usable constructor
    }
    instantiableConstructors.add(constructor);
    reachability.instantiate(type, newInstanceCaller);
    reachability.reachByCall(constructor, newInstanceCaller);
    pointsTo.add(newInstances, type);
    pointsTo.add(pointsTo.parameters(constructor)[0], type);
  }

  /** The constructors Linkage.newInstance dispatches to. */
  List<MethodInfo> instantiableConstructors() {
    return instantiableConstructors;
  }

  /** What Linkage.newInstance returns. */
  TypeFlow newInstancesFlow() {
    return newInstances;
  }

  // ---- Class.forName ----

  /**
   * A class named by a constant string passed to Class.forName: it joins the image, so that
   * the lookup finds it, and its initialiser is reachable if the call may initialise it.
   */
  void classNamedByConstant(String binaryName, MethodInfo from, boolean initialize) {
    ClassInfo type = universe.lookup(binaryName.replace('.', '/'));
    if (type == null || type.isArray()) {
      return; // ClassNotFoundException at run time, as on a JVM without the class
    }
    reachability.needHub(type);
    if (initialize) {
      reachability.initialize(type, from);
    }
  }
}
