package jeyra.compiler.reach;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import jeyra.arch.Target;
import jeyra.compiler.diag.Diagnostics;
import jeyra.compiler.model.ClassAttributes;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Locations;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Closed-world reachability from the roots: which methods can run, which classes are
 * instantiated, initialised, or need their {@code Class} object.
 *
 * <p>Calls are followed with a points-to analysis ({@link PointsTo}, {@link MethodFlows}): a
 * virtual or interface call reaches, for each type that can actually arrive at its receiver,
 * the method JVMS selection picks, rather than every implementation of every instantiated
 * class (as rapid type analysis would). A symbolic reference that cannot be resolved is
 * reported as a warning and compiles to a throw of the {@code LinkageError} the JVM would
 * throw; an instruction jeyra cannot compile is an error naming it and how it was reached.
 */
public final class Reachability {
  private final Universe universe;
  private final Resolver resolver;
  private final Diagnostics diagnostics;
  private final ClassInfo objectClass;

  private final Set<MethodInfo> reachable = new LinkedHashSet<>();
  private final Map<MethodInfo, MethodInfo> reachedFrom = new HashMap<>();
  /** Every call edge, for -Djeyra.debug.reachDump (which finds what pulls code in). */
  private final Set<String> allEdges =
      System.getProperty("jeyra.debug.reachDump") != null ? new LinkedHashSet<>() : null;
  private final Map<MethodInfo, String> rootReasons = new LinkedHashMap<>();
  private final Deque<MethodInfo> worklist = new ArrayDeque<>();
  private final Set<ClassInfo> instantiated = new LinkedHashSet<>();
  private final Map<ClassInfo, List<ClassInfo>> instantiatedSubtypes = new HashMap<>();
  private final Map<ClassInfo, MethodInfo> instantiatedBy = new HashMap<>();
  private final PointsTo pointsTo;
  private final UnsafeAccesses unsafeAccesses;
  private final Target target;
  private final Map<MethodInfo, boolean[]> liveCode = new HashMap<>();
  private final Map<MethodInfo, Optional<Object>> constantResults = new HashMap<>();
  private final Set<MethodInfo> nativesWithoutCode = new LinkedHashSet<>();
  private List<MethodInfo> mainMethods = List.of();
  /** Whether Linkage.enumValues is reachable: then enums whose constants can exist get it. */
  private MethodInfo enumValuesCaller;
  private final Set<ClassInfo> classLiterals = new HashSet<>();
  private final List<MethodInfo> enumValuesMethods = new ArrayList<>();
  /** What Linkage.enumValues returns: the arrays of every enum it can answer for. */
  private final TypeFlow enumConstants;
  /** Classes Linkage.newInstance may create (@Instantiable), and whether it is reachable. */
  private final List<ClassInfo> instantiableClasses = new ArrayList<>();
  private final List<MethodInfo> instantiableConstructors = new ArrayList<>();
  private MethodInfo newInstanceCaller;
  /** What Linkage.newInstance returns. */
  private final TypeFlow newInstances;

  /**
   * @param universe the closed world
   * @param diagnostics where errors and warnings go
   */
  public Reachability(Universe universe, Target target, Diagnostics diagnostics) {
    this.universe = universe;
    this.target = target;
    this.resolver = new Resolver(universe);
    this.diagnostics = diagnostics;
    this.objectClass = universe.require("java/lang/Object");
    this.pointsTo = new PointsTo(universe);
    this.unsafeAccesses = new UnsafeAccesses(universe);
    this.enumConstants = pointsTo.newFlow();
    this.newInstances = pointsTo.newFlow();
  }

  /**
   * The instructions of a method that can run, given build-time constants (see
   * {@link LiveCode}).
   */
  public boolean[] live(MethodInfo method) {
    return liveCode.computeIfAbsent(method, m -> LiveCode.compute(m.owner().name(), m.node(),
        this::constantResult));
  }

  /** What an {@code invokestatic} always returns at build time, or null. */
  private Object constantResult(MethodInsnNode call) {
    if (call.owner.equals(Intrinsics.TARGET_INFO)) {
      return targetQuery(call);
    }
    if (Intrinsics.isIntrinsicClass(call.owner)) {
      return null;
    }
    ClassInfo owner = universe.lookup(call.owner);
    MethodInfo resolved = owner == null ? null : resolver.resolveMethod(owner, call.name,
        call.desc);
    if (resolved == null || !resolved.isStatic() || !resolved.hasCode()) {
      return null;
    }
    return constantResults.computeIfAbsent(resolved,
        m -> Optional.ofNullable(constantBody(m))).orElse(null);
  }

  /** The constant a method's whole body returns ({@code push; return}), or null. */
  private static Object constantBody(MethodInfo method) {
    AbstractInsnNode first = null;
    AbstractInsnNode second = null;
    int count = 0;
    for (AbstractInsnNode insn = method.node().instructions.getFirst(); insn != null;
        insn = insn.getNext()) {
      if (insn.getOpcode() < 0) {
        continue;
      }
      if (++count == 1) {
        first = insn;
      } else if (count == 2) {
        second = insn;
      } else {
        return null;
      }
    }
    if (count != 2 || second.getOpcode() < Opcodes.IRETURN
        || second.getOpcode() > Opcodes.ARETURN) {
      return null;
    }
    switch (first.getOpcode()) {
      case Opcodes.ACONST_NULL:
        return LiveCode.NULL;
      case Opcodes.ICONST_M1: case Opcodes.ICONST_0: case Opcodes.ICONST_1:
      case Opcodes.ICONST_2: case Opcodes.ICONST_3: case Opcodes.ICONST_4:
      case Opcodes.ICONST_5:
        return first.getOpcode() - Opcodes.ICONST_0;
      case Opcodes.BIPUSH: case Opcodes.SIPUSH:
        return ((IntInsnNode) first).operand;
      default:
        return null;
    }
  }

  /** The value of a {@code TargetInfo} query, as code generation will fold it. */
  private Object targetQuery(MethodInsnNode call) {
    AbstractInsnNode previous = call.getPrevious();
    while (previous != null && previous.getOpcode() < 0) {
      previous = previous.getPrevious();
    }
    String argument = previous instanceof LdcInsnNode
        && ((LdcInsnNode) previous).cst instanceof String ? (String) ((LdcInsnNode) previous).cst
        : null;
    switch (call.name) {
      case "wordBytes":
        return target.wordBytes();
      case "bigEndian":
        return target.bigEndian() ? 1 : 0;
      case "unalignedAccess":
        return target.unalignedAccess() ? 1 : 0;
      case "hasSyscall":
        return argument == null ? null : target.syscallNumber(argument).isPresent() ? 1 : 0;
      case "constant":
        return argument == null || target.constant(argument).isEmpty() ? null
            : (Object) target.constant(argument).getAsInt();
      default:
        return null;
    }
  }

  /** A call's target: a method for direct calls, else the static type and resolved method. */
  record CallTarget(MethodInfo direct, ClassInfo staticType, MethodInfo resolved) {}

  Universe universe() {
    return universe;
  }

  public Resolver resolver() {
    return resolver;
  }

  /**
   * The programs' {@code main} methods (one, or several for a multi-call executable), which
   * {@code Linkage.invokeMain} calls.
   */
  public void setMainMethods(List<MethodInfo> mains) {
    this.mainMethods = List.copyOf(mains);
  }

  public List<MethodInfo> mainMethods() {
    return mainMethods;
  }

  UnsafeAccesses unsafeAccesses() {
    return unsafeAccesses;
  }

  /** Adds a method that runs no matter what (an exported symbol, a runtime support method). */
  public void addRoot(MethodInfo method, String reason) {
    rootReasons.putIfAbsent(method, reason);
    reach(method, null);
    // Compiled code and C call roots with arguments the analysis does not see.
    for (TypeFlow parameter : pointsTo.parameters(method)) {
      if (parameter != null) {
        pointsTo.makeUnknown(parameter);
      }
    }
  }

  /**
   * Declares what an image object's field holds: the compiler fills fields of hubs, strings
   * and runtime tables that no bytecode writes.
   *
   * @param owner the class declaring the field
   * @param name the field's name
   * @param types the types of the values it holds
   */
  public void addRootField(ClassInfo owner, String name, ClassInfo... types) {
    for (FieldInfo field : owner.fields()) {
      if (field.name().equals(name)) {
        for (ClassInfo type : types) {
          pointsTo.add(pointsTo.fieldFlow(field), type);
        }
        return;
      }
    }
    throw new IllegalStateException(owner + " has no field " + name);
  }

  /** Declares that image arrays of this type hold elements of these types. */
  public void addRootElements(ClassInfo arrayType, ClassInfo... types) {
    for (ClassInfo type : types) {
      pointsTo.add(pointsTo.elementFlow(arrayType), type);
    }
  }

  /** Marks a type as needing its {@code Class} object (a type the runtime names). */
  public void addRootType(ClassInfo type) {
    needHub(type);
  }

  /** Marks a type as instantiated by the runtime (for example through reflection). */
  public void addRootInstantiated(ClassInfo type) {
    instantiate(type);
  }

  /** Runs the analysis to its fixed point. */
  public void run() {
    while (true) {
      pointsTo.propagate();
      if (worklist.isEmpty()) {
        return;
      }
      MethodInfo method = worklist.poll();
      if (method.hasCode()) {
        scan(method);
        new MethodFlows(this, pointsTo, method).build();
      }
    }
  }

  /**
   * Writes every reachable method with the method that first reached it, and every
   * instantiated type with the method that instantiated it: for finding why the closed world
   * is as large as it is.
   */
  public void dump(java.io.PrintStream out) {
    for (MethodInfo method : reachable) {
      MethodInfo from = reachedFrom.get(method);
      out.println("M " + method + " <- " + (from == null ? rootReasons.get(method) : from));
    }
    for (ClassInfo type : instantiated) {
      out.println("N " + type + " <- " + instantiatedBy.get(type));
    }
    if (allEdges != null) {
      for (String edge : allEdges) {
        out.println("E " + edge);
      }
    }
    pointsTo.dump(out);
  }

  /** The reachable methods, in the order found. */
  public Set<MethodInfo> reachableMethods() {
    return reachable;
  }

  public boolean isReachable(MethodInfo method) {
    return reachable.contains(method);
  }

  /** The instantiated types, arrays included. */
  public Set<ClassInfo> instantiatedTypes() {
    return instantiated;
  }

  /** The instantiated subtypes of a type (itself included), in the order found. */
  public List<ClassInfo> instantiatedSubtypes(ClassInfo type) {
    return instantiatedSubtypes.getOrDefault(type, List.of());
  }

  /** Native methods reached that no substitution implements. */
  public Set<MethodInfo> nativesWithoutCode() {
    return nativesWithoutCode;
  }

  /**
   * How a method was reached: {@code main -> a -> b}, for messages.
   *
   * @param method a reachable method
   */
  public String howReached(MethodInfo method) {
    List<String> chain = new ArrayList<>();
    Set<MethodInfo> seen = new LinkedHashSet<>();
    for (MethodInfo at = method; at != null && seen.add(at); at = reachedFrom.get(at)) {
      chain.add(0, at.owner().binaryName() + "." + at.name());
      String reason = rootReasons.get(at);
      if (reason != null) {
        chain.add(0, reason);
        break;
      }
    }
    if (chain.size() > 8 && !Boolean.getBoolean("jeyra.debug.fullChains")) {
      List<String> shortened = new ArrayList<>(chain.subList(0, 3));
      shortened.add("...");
      shortened.addAll(chain.subList(chain.size() - 4, chain.size()));
      chain = shortened;
    }
    return String.join(" -> ", chain);
  }

  /** A method reached by a call in {@code from} (from the flows). */
  void reachFrom(MethodInfo method, MethodInfo from) {
    reach(method, from);
  }

  private void reach(MethodInfo method, MethodInfo from) {
    if (allEdges != null && from != null) {
      allEdges.add(from + " -> " + method);
    }
    if (!reachable.add(method)) {
      return;
    }
    if (from != null) {
      reachedFrom.put(method, from);
    }
    needHub(method.owner());
    if (method.isNative() && !method.hasCode() && !CompilerNatives.isImplemented(method)) {
      nativesWithoutCode.add(method);
    }
    worklist.add(method);
  }

  private void needHub(ClassInfo type) {
    if (type.hubNeeded()) {
      return;
    }
    type.markHubNeeded();
    if (type.superclass() != null) {
      needHub(type.superclass());
    }
    for (ClassInfo superinterface : type.interfaces()) {
      needHub(superinterface);
    }
    if (type.componentType() != null) {
      needHub(type.componentType());
    }
    if (!type.isArray() && !type.isPrimitive()) {
      // Class.getSimpleName and friends name the classes a nested class is declared in.
      InnerClassNode entry = ClassAttributes.innerClassEntry(type);
      if (entry != null && entry.outerName != null) {
        needHubIfPresent(entry.outerName);
      }
      if (type.node().outerClass != null) {
        needHubIfPresent(type.node().outerClass);
      }
    }
  }

  /**
   * An enum whose constants may exist (its initialiser is reachable) or whose class literal
   * the program holds: once Linkage.enumValues is reachable, its values() is too.
   */
  private void offerEnumValues(ClassInfo type) {
    if (enumValuesCaller == null || !isEnum(type)) {
      return;
    }
    MethodInfo values = type.method("values", "()[" + type.descriptor());
    if (values == null || !values.isStatic() || enumValuesMethods.contains(values)) {
      return;
    }
    enumValuesMethods.add(values);
    initialize(type, enumValuesCaller);
    reach(values, enumValuesCaller);
    TypeFlow result = pointsTo.result(values);
    if (result != null) {
      pointsTo.edge(result, enumConstantsFlow());
    }
  }

  private static boolean isEnum(ClassInfo type) {
    return (type.access() & Opcodes.ACC_ENUM) != 0 && type.superclass() != null
        && type.superclass().name().equals("java/lang/Enum");
  }

  /**
   * A class named by a constant string passed to Class.forName: it joins the image, so that
   * the lookup finds it, and its initialiser is reachable if the call may initialise it.
   */
  void classNamedByConstant(String binaryName, MethodInfo from, boolean initialize) {
    ClassInfo type = universe.lookup(binaryName.replace('.', '/'));
    if (type == null || type.isArray()) {
      return; // ClassNotFoundException at run time, as on a JVM without the class
    }
    needHub(type);
    if (initialize) {
      initialize(type, from);
    }
  }

  /** Registers a class for Linkage.newInstance (see {@code @Instantiable}). */
  public void registerInstantiable(ClassInfo type) {
    if (instantiableClasses.contains(type)) {
      return;
    }
    instantiableClasses.add(type);
    if (newInstanceCaller != null) {
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
    instantiate(type, newInstanceCaller);
    reach(constructor, newInstanceCaller);
    pointsTo.add(newInstancesFlow(), type);
    TypeFlow[] parameters = pointsTo.parameters(constructor);
    pointsTo.add(parameters[0], type);
  }

  /** The constructors Linkage.newInstance dispatches to. */
  public List<MethodInfo> instantiableConstructors() {
    return instantiableConstructors;
  }

  /** What Linkage.newInstance returns. */
  TypeFlow newInstancesFlow() {
    return newInstances;
  }

  /** The values() methods Linkage.enumValues dispatches to. */
  public List<MethodInfo> enumValuesMethods() {
    return enumValuesMethods;
  }

  /** What Linkage.enumValues returns: the arrays of every enum it can answer for. */
  TypeFlow enumConstantsFlow() {
    return enumConstants;
  }

  private void needHubIfPresent(String internalName) {
    ClassInfo type = universe.lookup(internalName);
    if (type != null) {
      needHub(type);
    }
  }

  private void instantiate(ClassInfo type) {
    instantiate(type, null);
  }

  private void instantiate(ClassInfo type, MethodInfo by) {
    if (!instantiated.add(type)) {
      return;
    }
    if (by != null) {
      instantiatedBy.put(type, by);
    }
    type.markInstantiated();
    needHub(type);
    if (!type.isArray()) {
      initialize(type, by);
    }
    for (ClassInfo supertype : universe.supertypes(type)) {
      instantiatedSubtypes.computeIfAbsent(supertype, k -> new ArrayList<>()).add(type);
    }
    pointsTo.instantiated(type);
  }

  /** The type an allocation instruction creates (instantiating it), or null if missing. */
  ClassInfo allocatedType(AbstractInsnNode insn, MethodInfo by) {
    ClassInfo type;
    switch (insn.getOpcode()) {
      case Opcodes.NEW:
        type = universe.lookup(((TypeInsnNode) insn).desc);
        if (type == null || type.isInterface() || type.isAbstract()) {
          return null;
        }
        break;
      case Opcodes.NEWARRAY:
        type = universe.lookup(primitiveArrayDescriptor(((IntInsnNode) insn).operand));
        break;
      case Opcodes.ANEWARRAY: {
        ClassInfo component = universe.lookup(((TypeInsnNode) insn).desc);
        type = component == null ? null : universe.arrayOf(component);
        break;
      }
      default:
        type = universe.lookup(((MultiANewArrayInsnNode) insn).desc);
    }
    if (type != null) {
      instantiate(type, by);
    }
    return type;
  }

  /** Resolves a field instruction's field, or null (a warning was reported by the scan). */
  FieldInfo resolveField(FieldInsnNode insn) {
    ClassInfo owner = universe.lookup(insn.owner);
    return owner == null ? null : resolver.resolveField(owner, insn.name, insn.desc);
  }

  /**
   * How a call dispatches: directly for static, special, private and final targets;
   * otherwise by receiver type. Null when it cannot be resolved (the scan reported it).
   */
  CallTarget callTarget(MethodInfo caller, MethodInsnNode insn) {
    ClassInfo owner = universe.lookup(insn.owner);
    if (owner == null) {
      return null;
    }
    int opcode = insn.getOpcode();
    MethodInfo resolved = opcode == Opcodes.INVOKEINTERFACE
        ? resolver.resolveInterfaceMethod(owner, insn.name, insn.desc)
        : resolver.resolveMethod(owner, insn.name, insn.desc);
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
   * Class initialisation (JVMS 5.5): the class's initialiser, its superclass's, and those of
   * superinterfaces that declare non-abstract instance methods.
   */
  private void initialize(ClassInfo type, MethodInfo from) {
    if (type.initializationReached()) {
      return;
    }
    type.markInitializationReached();
    needHub(type);
    offerEnumValues(type);
    MethodInfo initializer = type.classInitializer();
    if (initializer != null) {
      reach(initializer, from);
    }
    if (!type.isInterface()) {
      if (type.superclass() != null) {
        initialize(type.superclass(), from);
      }
      for (ClassInfo superinterface : universe.supertypes(type)) {
        if (superinterface.isInterface() && declaresDefaultMethod(superinterface)) {
          initialize(superinterface, from);
        }
      }
    }
  }

  /** Whether an interface declares a non-abstract, non-static method (JVMS 5.5 step 7). */
  public static boolean declaresDefaultMethod(ClassInfo type) {
    for (MethodInfo method : type.methods()) {
      if (!method.isAbstract() && !method.isStatic() && !method.isClassInitializer()) {
        return true;
      }
    }
    return false;
  }

  private void scan(MethodInfo method) {
    for (TryCatchBlockNode handler : method.node().tryCatchBlocks) {
      if (handler.type != null) {
        ClassInfo caught = universe.lookup(handler.type);
        if (caught == null) {
          warnMissing(method, null, handler.type);
        } else {
          needHub(caught);
        }
      }
    }
    boolean[] live = live(method);
    int index = -1;
    for (AbstractInsnNode insn = method.node().instructions.getFirst(); insn != null;
        insn = insn.getNext()) {
      index++;
      if (!live[index]) {
        continue;
      }
      switch (insn.getOpcode()) {
        case Opcodes.NEW: {
          ClassInfo type = lookupType(method, insn, ((TypeInsnNode) insn).desc);
          if (type != null) {
            if (type.isInterface() || type.isAbstract()) {
              warn(method, insn, "InstantiationError: " + type.binaryName() + " is abstract");
            } else {
              allocatedType(insn, method);
            }
          }
          break;
        }
        case Opcodes.ANEWARRAY:
          // An array allocated in reachable code exists, whether or not a flow needs it:
          // its class is needed by the allocation itself.
          if (lookupType(method, insn, ((TypeInsnNode) insn).desc) != null) {
            allocatedType(insn, method);
          }
          break;
        case Opcodes.NEWARRAY:
          allocatedType(insn, method);
          break;
        case Opcodes.MULTIANEWARRAY: {
          MultiANewArrayInsnNode multi = (MultiANewArrayInsnNode) insn;
          ClassInfo array = lookupType(method, insn, multi.desc);
          for (int level = 0; array != null && level < multi.dims; level++) {
            instantiate(array);
            array = array.componentType();
          }
          break;
        }
        case Opcodes.CHECKCAST:
        case Opcodes.INSTANCEOF: {
          ClassInfo type = lookupType(method, insn, ((TypeInsnNode) insn).desc);
          if (type != null) {
            needHub(type);
          }
          break;
        }
        case Opcodes.GETSTATIC:
        case Opcodes.PUTSTATIC:
        case Opcodes.GETFIELD:
        case Opcodes.PUTFIELD:
          scanField(method, (FieldInsnNode) insn);
          break;
        case Opcodes.INVOKEVIRTUAL:
        case Opcodes.INVOKESPECIAL:
        case Opcodes.INVOKESTATIC:
        case Opcodes.INVOKEINTERFACE:
          scanInvoke(method, (MethodInsnNode) insn);
          break;
        case Opcodes.INVOKEDYNAMIC:
          unsupportedInvokeDynamic(method, (InvokeDynamicInsnNode) insn);
          break;
        case Opcodes.LDC:
          scanConstant(method, insn, ((LdcInsnNode) insn).cst);
          break;
        default:
          break;
      }
    }
  }

  private void scanConstant(MethodInfo method, AbstractInsnNode insn, Object constant) {
    if (constant instanceof Type) {
      Type type = (Type) constant;
      if (type.getSort() == Type.METHOD) {
        error(method, insn, "ldc of a MethodType constant is not supported yet");
        return;
      }
      ClassInfo literal = lookupType(method, insn, type.getSort() == Type.OBJECT
          ? type.getInternalName() : type.getDescriptor());
      if (literal != null) {
        needHub(literal);
        if (classLiterals.add(literal)) {
          offerEnumValues(literal);
        }
      }
    } else if (constant instanceof Handle) {
      error(method, insn, "ldc of a MethodHandle constant is not supported yet");
    } else if (constant instanceof ConstantDynamic) {
      error(method, insn, "ldc of a dynamic constant (condy) is not supported yet");
    }
  }

  private void scanField(MethodInfo method, FieldInsnNode insn) {
    ClassInfo owner = lookupType(method, insn, insn.owner);
    if (owner == null) {
      return;
    }
    FieldInfo field = resolver.resolveField(owner, insn.name, insn.desc);
    if (field == null) {
      warn(method, insn, "NoSuchFieldError: " + owner.binaryName() + "." + insn.name);
      return;
    }
    boolean isStaticAccess = insn.getOpcode() == Opcodes.GETSTATIC
        || insn.getOpcode() == Opcodes.PUTSTATIC;
    if (field.isStatic() != isStaticAccess) {
      warn(method, insn, "IncompatibleClassChangeError: field " + field + " is "
          + (field.isStatic() ? "" : "not ") + "static");
      return;
    }
    needHub(field.owner());
    if (field.isStatic()) {
      initialize(field.owner(), method);
    }
  }

  private void scanInvoke(MethodInfo method, MethodInsnNode insn) {
    if (Intrinsics.isIntrinsicClass(insn.owner)) {
      scanIntrinsic(method, insn);
      return;
    }
    String ownerName = insn.owner;
    ClassInfo owner = lookupType(method, insn, ownerName);
    if (owner == null) {
      return;
    }
    int opcode = insn.getOpcode();
    if (opcode == Opcodes.INVOKEINTERFACE && !owner.isInterface()) {
      warn(method, insn, "IncompatibleClassChangeError: invokeinterface on class "
          + owner.binaryName());
      return;
    }
    if (opcode == Opcodes.INVOKEVIRTUAL && owner.isInterface()) {
      warn(method, insn, "IncompatibleClassChangeError: invokevirtual on interface "
          + owner.binaryName());
      return;
    }
    MethodInfo resolved = opcode == Opcodes.INVOKEINTERFACE
        ? resolver.resolveInterfaceMethod(owner, insn.name, insn.desc)
        : resolver.resolveMethod(owner, insn.name, insn.desc);
    if (resolved == null) {
      if (isSignaturePolymorphic(owner, insn.name)) {
        error(method, insn, "calls to signature-polymorphic method " + owner.binaryName() + "."
            + insn.name + " (MethodHandle/VarHandle invocation) are not supported yet");
      } else {
        warn(method, insn, "NoSuchMethodError: " + owner.binaryName() + "." + insn.name
            + insn.desc);
      }
      return;
    }
    if (isSignaturePolymorphic(resolved)) {
      error(method, insn, "calls to signature-polymorphic method " + resolved
          + " (MethodHandle/VarHandle invocation) are not supported yet");
      return;
    }
    if (resolved.isStatic() != (opcode == Opcodes.INVOKESTATIC)) {
      warn(method, insn, "IncompatibleClassChangeError: method " + resolved + " is "
          + (resolved.isStatic() ? "" : "not ") + "static");
      return;
    }
    if (opcode == Opcodes.INVOKESTATIC) {
      initialize(resolved.owner(), method);
    } else if (opcode == Opcodes.INVOKESPECIAL) {
      MethodInfo target = specialTarget(method.owner(), owner, resolved);
      if (target == null || target.isAbstract()) {
        warn(method, insn, "AbstractMethodError: " + resolved);
      }
    }
    // The flows (MethodFlows) reach the targets.
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
    return resolver.select(start, resolved);
  }

  private static boolean isSignaturePolymorphic(ClassInfo owner, String name) {
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

  private void scanIntrinsic(MethodInfo method, MethodInsnNode insn) {
    if (!insn.owner.equals(Intrinsics.LINKAGE)) {
      return;
    }
    if (insn.name.equals("invokeMain")) {
      if (mainMethods.isEmpty()) {
        error(method, insn, "Linkage.invokeMain reached, but no main class was given");
        return;
      }
      for (MethodInfo main : mainMethods) {
        initialize(main.owner(), method);
      }
    } else if (insn.name.equals("newInstance")) {
      if (newInstanceCaller == null) {
        newInstanceCaller = method;
        for (ClassInfo type : instantiableClasses) {
          reachInstantiable(type);
        }
      }
    } else if (insn.name.equals("enumValues")) {
      if (enumValuesCaller == null) {
        enumValuesCaller = method;
        for (ClassInfo type : List.copyOf(universe.loadedClasses())) {
          if (type.initializationReached() || classLiterals.contains(type)) {
            offerEnumValues(type);
          }
        }
      }
    } else if (insn.name.equals("classLiteral")) {
      AbstractInsnNode previous = insn.getPrevious();
      while (previous != null && previous.getOpcode() < 0) {
        previous = previous.getPrevious();
      }
      if (!(previous instanceof LdcInsnNode) || !(((LdcInsnNode) previous).cst instanceof String)) {
        error(method, insn, "Linkage.classLiteral needs a constant descriptor");
        return;
      }
      ClassInfo type = universe.lookup(Type.getType((String) ((LdcInsnNode) previous).cst));
      if (type == null) {
        error(method, insn, "Linkage.classLiteral names a missing type "
            + ((LdcInsnNode) previous).cst);
      } else {
        needHub(type);
      }
    }
  }

  private void unsupportedInvokeDynamic(MethodInfo method, InvokeDynamicInsnNode insn) {
    error(method, insn, "invokedynamic with bootstrap method "
        + insn.bsm.getOwner().replace('/', '.') + "." + insn.bsm.getName()
        + " is not supported yet (only string concatenation is)");
  }

  private ClassInfo lookupType(MethodInfo method, AbstractInsnNode insn, String name) {
    ClassInfo type = universe.lookup(name);
    if (type == null) {
      warnMissing(method, insn, name);
    }
    return type;
  }

  private void warnMissing(MethodInfo method, AbstractInsnNode insn, String name) {
    warn(method, insn, "NoClassDefFoundError: " + name.replace('/', '.')
        + " is not on the class path");
  }

  private static String primitiveArrayDescriptor(int arrayType) {
    switch (arrayType) {
      case Opcodes.T_BOOLEAN: return "[Z";
      case Opcodes.T_CHAR: return "[C";
      case Opcodes.T_FLOAT: return "[F";
      case Opcodes.T_DOUBLE: return "[D";
      case Opcodes.T_BYTE: return "[B";
      case Opcodes.T_SHORT: return "[S";
      case Opcodes.T_INT: return "[I";
      case Opcodes.T_LONG: return "[J";
      default: throw new IllegalArgumentException("newarray type " + arrayType);
    }
  }

  /** The array descriptor {@code newarray} creates for its operand. */
  public static String newarrayDescriptor(int arrayType) {
    return primitiveArrayDescriptor(arrayType);
  }

  private void warn(MethodInfo method, AbstractInsnNode insn, String problem) {
    diagnostics.warning(Locations.of(universe, method, insn) + ": " + problem
        + "; it is thrown if the instruction runs");
  }

  /** Whether an unsupported instruction in this method compiles to a throw (not an error). */
  public static boolean unsupportedThrows(MethodInfo method) {
    return method.owner().origin() != jeyra.compiler.model.Origin.USER;
  }

  /**
   * An instruction jeyra cannot compile. In the program's own classes that is a build error.
   * In the JDK the analysis reaches far more code than runs (it cannot see which branches a
   * program takes), so there it is a warning, and the instruction throws InternalError if it
   * is ever executed.
   */
  private void error(MethodInfo method, AbstractInsnNode insn, String problem) {
    String message = Locations.of(universe, method, insn) + ": " + problem + " (reached by "
        + howReached(method) + ")";
    if (method.owner().origin() == jeyra.compiler.model.Origin.USER) {
      diagnostics.error(message);
    } else {
      diagnostics.warning(message + "; it throws InternalError if executed");
    }
  }
}
