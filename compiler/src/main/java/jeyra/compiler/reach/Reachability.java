package jeyra.compiler.reach;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jeyra.compiler.diag.DebugOptions;
import jeyra.compiler.diag.Diagnostics;
import jeyra.compiler.model.ClassAttributes;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import jeyra.compiler.substitute.Annotations;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Closed-world reachability from the roots: which methods can run, which classes are
 * instantiated, initialised, or need their {@code Class} object.
 *
 * <p>This class runs the worklist and owns the answers. Calls are followed with a points-to
 * analysis ({@link PointsTo}, {@link MethodFlows}): a virtual or interface call reaches, for
 * each type that can actually arrive at its receiver, the method JVMS selection
 * ({@link Resolver}) picks, rather than every implementation of every instantiated class (as
 * rapid type analysis would). What else each instruction needs is found by
 * {@link InstructionScan}, what the runtime reaches by name by {@link LinkageRoots}; code
 * behind a branch on a build-time constant ({@link BuildTimeConstants}) is not analysed.
 */
public final class Reachability {
  private final Universe universe;
  private final Resolver resolver;
  private final BuildTimeConstants constants;
  private final DebugOptions debug;
  private final PointsTo pointsTo;
  private final UnsafeAccesses unsafeAccesses;
  private final LinkageRoots linkageRoots;
  private final InstructionScan scan;
  private final CallGraph calls = new CallGraph();
  private final UnsupportedCode unsupported = new UnsupportedCode();

  private final Set<MethodInfo> reachable = new LinkedHashSet<>();
  private final Deque<MethodInfo> worklist = new ArrayDeque<>();
  /** Methods whose shared flows are built (or queued to be). */
  private final Set<MethodInfo> sharedFlows = new HashSet<>();
  /**
   * For static methods whose callers so far all pass some parameter the same constant, those
   * constants (null where not constant); absent once no parameter is constant.
   */
  private final Map<MethodInfo, Object[]> sharedConstants = new HashMap<>();
  /** The shared flows built with constant parameters, which wider callers extend. */
  private final Map<MethodInfo, MethodFlows> constantFlows = new HashMap<>();
  /** Methods whose shared constants widened since their flows were built, in order. */
  private final Set<MethodInfo> widened = new LinkedHashSet<>();
  private final Set<ClassInfo> instantiated = new LinkedHashSet<>();
  /** Build-time class initialisation, or null to initialise every class at run time. */
  private ImageState imageState;
  private final Map<ClassInfo, List<ClassInfo>> instantiatedSubtypes = new HashMap<>();
  private final Map<ClassInfo, MethodInfo> instantiatedBy = new HashMap<>();
  private final Set<MethodInfo> nativesWithoutCode = new LinkedHashSet<>();

  /**
   * @param universe the closed world
   * @param resolver resolution and selection over it
   * @param constants what is constant at build time for the target
   * @param diagnostics where errors and warnings go
   * @param debug switches for investigating the analysis
   */
  public Reachability(Universe universe, Resolver resolver, BuildTimeConstants constants,
      Diagnostics diagnostics, DebugOptions debug) {
    this.universe = universe;
    this.resolver = resolver;
    this.constants = constants;
    this.debug = debug;
    this.pointsTo = new PointsTo(universe);
    this.unsafeAccesses = new UnsafeAccesses(universe);
    this.linkageRoots = new LinkageRoots(this, universe, pointsTo);
    this.scan = new InstructionScan(this, linkageRoots, universe, resolver, diagnostics,
        unsupported);
  }

  // ---- roots ----

  /**
   * The programs' {@code main} methods (one, or several for a multi-call executable), which
   * {@code Linkage.invokeMain} calls.
   */
  public void setMainMethods(List<MethodInfo> mains) {
    linkageRoots.setMainMethods(mains);
  }

  /** Adds a method that runs no matter what (an exported symbol, a runtime support method). */
  public void addRoot(MethodInfo method, String reason) {
    calls.root(method, reason);
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
   * @param field the field
   * @param types the types of the values it holds
   */
  public void addRootField(FieldInfo field, ClassInfo... types) {
    for (ClassInfo type : types) {
      pointsTo.add(pointsTo.fieldFlow(field), type);
    }
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
    instantiate(type, null);
  }

  /**
   * Has classes that can be initialised while building start initialised: their initialisers
   * are not roots; what their state refers to is. Call before {@link #run}.
   */
  public void useImageState(ImageState state) {
    this.imageState = state;
  }

  /** Records what image objects refer to, as the flows they feed. */
  private final ImageState.ReferenceSink imageReferences = new ImageState.ReferenceSink() {
    @Override
    public void staticField(FieldInfo field, ClassInfo valueType) {
      pointsTo.add(pointsTo.fieldFlow(field), valueType);
    }

    @Override
    public void instanceField(FieldInfo field, ClassInfo valueType) {
      pointsTo.add(pointsTo.fieldFlow(field), valueType);
    }

    @Override
    public void element(ClassInfo arrayType, ClassInfo elementType) {
      pointsTo.add(pointsTo.elementFlow(arrayType), elementType);
    }

    @Override
    public void instantiated(ClassInfo type) {
      instantiate(type, null);
    }

    @Override
    public void classObject(ClassInfo type) {
      needHub(type);
    }
  };

  /** Registers a class for Linkage.newInstance (see {@code @Instantiable}). */
  public void registerInstantiable(ClassInfo type) {
    linkageRoots.registerInstantiable(type);
  }

  // ---- the analysis ----

  /** Runs the analysis to its fixed point. */
  public void run() {
    while (true) {
      pointsTo.propagate();
      if (worklist.isEmpty() && widened.isEmpty()) {
        return;
      }
      if (!widened.isEmpty()) {
        MethodInfo method = widened.iterator().next();
        widened.remove(method);
        Object[] constants = sharedConstants.get(method);
        MethodFlows flows = constants == null ? constantFlows.remove(method)
            : constantFlows.get(method);
        if (flows != null) {
          flows.extend(constants);
        }
        continue;
      }
      MethodInfo method = worklist.poll();
      if (method.hasCode()) {
        Object[] constants = sharedConstants.get(method);
        MethodFlows flows = new MethodFlows(this, pointsTo, method, constants);
        flows.build();
        if (constants != null) {
          constantFlows.put(method, flows);
        }
      }
    }
  }

  /**
   * Makes {@code method} reachable from {@code from} (null for a root), with the flows every
   * caller shares. The caller records the edge in the call graph, which knows calls by
   * context.
   */
  void reach(MethodInfo method, MethodInfo from) {
    reachShared(method, from, null);
  }

  /**
   * Makes {@code method} reachable from {@code from} through its shared flows, by a call that
   * passes these constants ({@link LiveCode.Facts#arguments}; null if it passes none). Code of
   * a static method that the constants all its callers pass rule out is not analysed until a
   * caller passes something else (the shared flows then widen to it).
   */
  void reachShared(MethodInfo method, MethodInfo from, Object[] constants) {
    reachCopy(method, from);
    boolean known = method.isStatic() && constants != null && anyConstant(constants);
    if (sharedFlows.add(method)) {
      if (known) {
        sharedConstants.put(method, constants.clone());
      }
      worklist.add(method);
      return;
    }
    Object[] before = sharedConstants.get(method);
    if (before == null) {
      return; // nothing constant left to widen
    }
    Object[] after = before.clone();
    for (int i = 0; i < after.length; i++) {
      if (!known || !Objects.equals(after[i], constants[i])) {
        after[i] = null;
      }
    }
    if (!Arrays.equals(before, after)) {
      if (anyConstant(after)) {
        sharedConstants.put(method, after);
      } else {
        sharedConstants.remove(method);
      }
      widened.add(method);
    }
  }

  private static boolean anyConstant(Object[] constants) {
    for (Object constant : constants) {
      if (constant != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Makes {@code method} reachable from {@code from} through a copy of its flows for one call
   * site, which the caller builds: the shared flows wait for a caller that needs them, so
   * code that only other callers' arguments can reach is not analysed.
   */
  void reachCopy(MethodInfo method, MethodInfo from) {
    if (!reachable.add(method)) {
      return;
    }
    if (from != null) {
      calls.reachedFrom(method, from);
    }
    needHub(method.owner());
    if (method.isNative() && !method.hasCode() && !CompilerNatives.isImplemented(method)
        && !Annotations.has(method.node().invisibleAnnotations, Annotations.IMPORT)) {
      nativesWithoutCode.add(method);
      unsupported.nativeWithoutCode(method);
    }
  }

  /** Scans instructions of a method that one of its contexts found live (once each). */
  void scanLive(MethodInfo method, boolean[] live) {
    scan.scan(method, live);
  }

  /** A type whose {@code Class} object the image holds, with those of its supertypes. */
  void needHub(ClassInfo type) {
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

  private void needHubIfPresent(String internalName) {
    ClassInfo type = universe.lookup(internalName);
    if (type != null) {
      needHub(type);
    }
  }

  /** A type of which objects exist, allocated by {@code by} (null for the runtime). */
  void instantiate(ClassInfo type, MethodInfo by) {
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
    if (type.hasFinalizer()) {
      registerFinalizer(type, by);
    }
    for (ClassInfo supertype : universe.supertypes(type)) {
      instantiatedSubtypes.computeIfAbsent(supertype, k -> new ArrayList<>()).add(type);
    }
    pointsTo.instantiated(type);
  }

  /**
   * Instances of {@code type} are registered for finalization as they are allocated: the
   * support method that registers them is reached, with {@code type} as its argument, and
   * through the JDK's Finalizer thread so is the class's {@code finalize}.
   */
  private void registerFinalizer(ClassInfo type, MethodInfo by) {
    MethodInfo register = RuntimeSupport.REGISTER_FINALIZER.in(universe);
    if (by != null) {
      reachByCall(register, by);
    } else {
      calls.root(register, "registers objects with a finalizer");
      reach(register, null);
    }
    pointsTo.add(pointsTo.parameters(register)[0], type);
  }

  /**
   * Class initialisation (JVMS 5.5), triggered by {@code from}: the class's initialiser, its
   * superclass's, and those of superinterfaces that declare non-abstract instance methods.
   */
  void initialize(ClassInfo type, MethodInfo from) {
    if (from != null) {
      // Each way to an initialiser counts, for what the program's own code reaches.
      for (MethodInfo initializer : resolver.initializersRun(type)) {
        calls.initialization(from, initializer);
      }
    }
    if (type.initializationReached()) {
      return;
    }
    type.markInitializationReached();
    needHub(type);
    linkageRoots.offerEnumValues(type);
    MethodInfo initializer = type.classInitializer();
    if (initializer != null) {
      if (imageState != null && imageState.initializeWhileBuilding(type)) {
        imageState.references(type, imageReferences);
      } else {
        reach(initializer, from);
      }
    }
    if (!type.isInterface()) {
      if (type.superclass() != null) {
        initialize(type.superclass(), from);
      }
      for (ClassInfo superinterface : universe.supertypes(type)) {
        if (superinterface.isInterface() && Resolver.declaresDefaultMethod(superinterface)) {
          initialize(superinterface, from);
        }
      }
    }
  }

  /** The type an allocation instruction creates (instantiating it), or null if missing. */
  ClassInfo allocatedType(AbstractInsnNode insn, MethodInfo by) {
    ClassInfo type = resolver.allocatedType(insn);
    if (type != null) {
      instantiate(type, by);
    }
    return type;
  }

  /** Makes {@code method} reachable by a call from {@code caller}'s shared context. */
  void reachByCall(MethodInfo method, MethodInfo caller) {
    reach(method, caller);
    calls.call(calls.node(caller), calls.node(method), false);
  }

  /** Resolves a field instruction's field, or null (a warning was reported by the scan). */
  FieldInfo resolveField(FieldInsnNode insn) {
    ClassInfo owner = universe.lookup(insn.owner);
    return owner == null ? null : resolver.resolveField(owner, insn.name, insn.desc);
  }

  /** How a call dispatches, or null when it cannot be resolved (the scan reported it). */
  Resolver.CallTarget callTarget(MethodInfo caller, MethodInsnNode insn) {
    return resolver.callTarget(caller, insn);
  }

  Universe universe() {
    return universe;
  }

  DebugOptions debug() {
    return debug;
  }

  UnsafeAccesses unsafeAccesses() {
    return unsafeAccesses;
  }

  LinkageRoots linkageRoots() {
    return linkageRoots;
  }

  CallGraph callGraph() {
    return calls;
  }

  // ---- answers ----

  public Resolver resolver() {
    return resolver;
  }

  /** What is constant at build time, as the analysis saw it. */
  public BuildTimeConstants constants() {
    return constants;
  }

  /**
   * The instructions of a method that code generation compiles: those live in a context the
   * analysis built (see {@link BuildTimeConstants#compiledLive}).
   */
  public boolean[] compiledLive(MethodInfo method) {
    return constants.compiledLive(method);
  }

  /** The reachable methods, in the order found. */
  public Set<MethodInfo> reachableMethods() {
    return reachable;
  }

  /**
   * The reachable methods by class, name and descriptor: the order code generation uses, so
   * that the executable does not depend on the order the analysis found them in (which
   * varies between runs for some virtual calls' receivers; the cause is not found yet).
   */
  public List<MethodInfo> reachableMethodsInNameOrder() {
    List<MethodInfo> methods = new ArrayList<>(reachable);
    methods.sort(Comparator.comparing((MethodInfo method) -> method.owner().name())
        .thenComparing(MethodInfo::name).thenComparing(MethodInfo::descriptor));
    return methods;
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

  /** Native methods reached that no substitution implements (and no C symbol). */
  public Set<MethodInfo> nativesWithoutCode() {
    return nativesWithoutCode;
  }

  /**
   * The reachable code that throws because jeyra cannot compile it yet, split by whether
   * the program's own code reaches it (see {@link UnsupportedCode}).
   */
  public UnsupportedCode.Findings unsupportedCode() {
    return unsupported.findings(calls, reachable);
  }

  public List<MethodInfo> mainMethods() {
    return linkageRoots.mainMethods();
  }

  /** The constructors Linkage.newInstance dispatches to. */
  public List<MethodInfo> instantiableConstructors() {
    return linkageRoots.instantiableConstructors();
  }

  /** The values() methods Linkage.enumValues dispatches to. */
  public List<MethodInfo> enumValuesMethods() {
    return linkageRoots.enumValuesMethods();
  }

  /**
   * How a method was reached: {@code main -> a -> b}, for messages.
   *
   * @param method a reachable method
   */
  public String howReached(MethodInfo method) {
    return calls.howReached(method, debug.fullChains());
  }

  /** Answers "why is this reachable?" for {@code --why-reachable}. */
  public WhyReachable whyReachable() {
    return new WhyReachable(universe, reachable, instantiated, calls);
  }

  /**
   * Writes every reachable method with the method that first reached it, every instantiated
   * type with the method that instantiated it, every call edge and the type flows: for
   * finding why the closed world is as large as it is.
   */
  public void dump(PrintStream out) {
    calls.dump(out, reachable);
    for (ClassInfo type : instantiated) {
      out.println("N " + type + " <- " + instantiatedBy.get(type));
    }
    pointsTo.dump(out);
  }
}
