package jeyra.compiler.reach;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.substitute.Annotations;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Builds the type flows of one reachable method: a flow per instruction that produces a
 * reference, edges from each instruction's operands (found by ASM's source analysis) to
 * where they go, and observers at virtual calls and array accesses.
 */
final class MethodFlows {
  private final Reachability reachability;
  private final PointsTo analysis;
  private final MethodInfo method;
  private final MethodNode node;
  private final Map<AbstractInsnNode, TypeFlow> flows = new IdentityHashMap<>();
  private final Map<Set<AbstractInsnNode>, TypeFlow> mergedFlows = new HashMap<>();
  private final java.util.ArrayDeque<AbstractInsnNode> unproduced = new java.util.ArrayDeque<>();
  private Frame<SourceValue>[] frames;
  private AbstractInsnNode[] insns;
  /** What is live in this context, and the constants its calls pass. */
  private LiveCode.Facts facts;

  /** Stands for a parameter's value in the source analysis. */
  private static final class ParameterSource extends InsnNode {
    final int local;

    ParameterSource(int local) {
      super(Opcodes.NOP);
      this.local = local;
    }
  }

  /** Stands for the exception a handler receives. */
  private static final class CaughtSource extends InsnNode {
    final String type;

    CaughtSource(String type) {
      super(Opcodes.NOP);
      this.type = type;
    }
  }

  /**
   * ASM's source analysis, with parameters and caught exceptions as sources too. The marker
   * for each is made once: the analysis iterates to a fixed point, which a fresh marker per
   * visit would never reach.
   */
  private static final class Sources extends SourceInterpreter {
    private final Map<Integer, SourceValue> parameters = new HashMap<>();
    private final Map<TryCatchBlockNode, SourceValue> caught = new IdentityHashMap<>();

    Sources() {
      super(Opcodes.ASM9);
    }

    @Override
    public SourceValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
      return parameters.computeIfAbsent(local,
          key -> new SourceValue(type.getSize(), new ParameterSource(local)));
    }

    @Override
    public SourceValue newExceptionValue(TryCatchBlockNode tryCatchBlockNode,
        Frame<SourceValue> handlerFrame, Type exceptionType) {
      return caught.computeIfAbsent(tryCatchBlockNode,
          handler -> new SourceValue(1, new CaughtSource(handler.type)));
    }
  }

  /** Static methods up to this many instructions are analysed once per call site. */
  private static final int CLONE_MAX_INSTRUCTIONS = 60;
  private static final int CLONE_MAX_DEPTH = 5;

  private final TypeFlow[] parameterFlows;
  private final TypeFlow resultFlow;
  /**
   * The constants a static method's parameters hold in this context (null where not
   * constant), or null if none is: for a copy, what its call site passes; for the shared
   * flows, what every caller so far passes, which {@link #extend} widens.
   */
  private Object[] parameterConstants;
  /** The instructions consumed so far. */
  private boolean[] consumed;
  /**
   * The static calls consumed so far, by instruction index, if a wider context can change
   * the constants they pass (see {@link #extend}); else null.
   */
  private Map<Integer, StaticCall> staticCalls;
  private final int depth;
  /** This method in its context, for the calls it makes. */
  private final CallGraph.Node context;

  /**
   * The method's shared flows: its parameters and result as every caller sees them.
   *
   * @param parameterConstants for a static method, the constants every caller so far passes
   *     (null where not constant), or null if none is
   */
  MethodFlows(Reachability reachability, PointsTo analysis, MethodInfo method,
      Object[] parameterConstants) {
    this(reachability, analysis, method, analysis.parameters(method), analysis.result(method),
        parameterConstants, 0, reachability.callGraph().node(method));
    if (parameterConstants != null) {
      staticCalls = new HashMap<>();
    }
  }

  private MethodFlows(Reachability reachability, PointsTo analysis, MethodInfo method,
      TypeFlow[] parameterFlows, TypeFlow resultFlow, Object[] parameterConstants, int depth,
      CallGraph.Node context) {
    this.reachability = reachability;
    this.analysis = analysis;
    this.method = method;
    this.node = method.node();
    this.parameterFlows = parameterFlows;
    this.resultFlow = resultFlow;
    this.parameterConstants = parameterConstants;
    this.depth = depth;
    this.context = context;
  }

  /**
   * Whether calls to a method get a copy of its flows for the call site: small static
   * helpers such as {@code Objects.requireNonNull} or {@code String.valueOf}, which would
   * otherwise mix the types of all their callers.
   */
  private boolean clonePerCallSite(MethodInfo target) {
    return depth < CLONE_MAX_DEPTH && target.isStatic() && target.hasCode()
        && !target.isClassInitializer()
        && target.node().instructions.size() <= CLONE_MAX_INSTRUCTIONS
        && analysis.result(target) != null;
  }

  @SuppressWarnings("unchecked")
  void build() {
    facts = reachability.constants().analyze(method, parameterConstants);
    reachability.scanLive(method, facts.live());
    try {
      long start = System.nanoTime();
      frames = new Analyzer<>(new Sources()).analyze(method.owner().name(), node);
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis > 200 && reachability.debug().slowFlows()) {
        System.err.println("flows of " + method + ": " + millis + " ms, "
            + node.instructions.size() + " instructions");
      }
    } catch (AnalyzerException e) {
      return; // reported when the method is compiled
    }
    insns = node.instructions.toArray();
    consumed = new boolean[insns.length];
    consumeLive();
  }

  /**
   * Widens the shared flows to what callers now pass: the code the old constants ruled out
   * is analysed, and static calls whose constant arguments changed are linked again. A copy
   * made for the old constants stays; it serves a context that is now one of several.
   *
   * @param constants the parameters' constants now (null where not constant), or null
   */
  void extend(Object[] constants) {
    parameterConstants = constants;
    facts = reachability.constants().analyze(method, parameterConstants);
    reachability.scanLive(method, facts.live());
    if (frames != null) {
      consumeLive();
    }
  }

  /** Consumes the live instructions not consumed yet, and fills the flows they need. */
  private void consumeLive() {
    boolean[] live = facts.live();
    for (int i = 0; i < insns.length; i++) {
      if (frames[i] == null || !live[i] || insns[i].getOpcode() < 0) {
        continue;
      }
      if (!consumed[i]) {
        consumed[i] = true;
        consume(i, insns[i]);
      } else if (staticCalls != null && staticCalls.containsKey(i)) {
        staticCalls.get(i).relink(i);
      }
    }
    while (!unproduced.isEmpty()) {
      AbstractInsnNode source = unproduced.poll();
      produce(source, flows.get(source));
    }
  }

  /** A static call of the shared flows, linked with the constants it passed then. */
  private final class StaticCall {
    private final MethodInfo target;
    private final TypeFlow[] arguments;
    private final TypeFlow result;
    private Object[] constants;

    StaticCall(MethodInfo target, TypeFlow[] arguments, TypeFlow result, Object[] constants) {
      this.target = target;
      this.arguments = arguments;
      this.result = result;
      this.constants = constants;
    }

    void relink(int index) {
      Object[] now = facts.arguments(index, arguments.length);
      if (!Arrays.equals(now, constants)) {
        constants = now;
        link(target, arguments, result, null, false, now);
      }
    }
  }

  // ---- sources ----

  /** The flow of a value that had these sources. */
  private TypeFlow flowOf(SourceValue value) {
    if (value.insns.size() == 1) {
      return flowOf(value.insns.iterator().next());
    }
    TypeFlow merged = mergedFlows.get(value.insns);
    if (merged == null) {
      merged = analysis.newFlow();
      mergedFlows.put(Set.copyOf(value.insns), merged);
      for (AbstractInsnNode source : value.insns) {
        analysis.edge(flowOf(source), merged);
      }
    }
    return merged;
  }

  private TypeFlow flowOf(AbstractInsnNode source) {
    TypeFlow known = flows.get(source);
    if (known != null) {
      return known;
    }
    TypeFlow flow = analysis.newFlow();
    flows.put(source, flow);
    unproduced.add(source); // filled by build(), iteratively: copy chains can be long
    return flow;
  }

  private int indexOf(AbstractInsnNode insn) {
    return node.instructions.indexOf(insn);
  }

  private Frame<SourceValue> frameAt(AbstractInsnNode insn) {
    return frames[indexOf(insn)];
  }

  private SourceValue stack(Frame<SourceValue> frame, int fromTop) {
    return frame.getStack(frame.getStackSize() - 1 - fromTop);
  }

  /** Fills the flow of the value an instruction produces. */
  private void produce(AbstractInsnNode source, TypeFlow flow) {
    if (source instanceof ParameterSource) {
      TypeFlow[] parameters = parameterFlows;
      int index = parameterIndex(((ParameterSource) source).local);
      if (index >= 0 && parameters[index] != null) {
        analysis.edge(parameters[index], flow);
      }
      return;
    }
    if (source instanceof CaughtSource) {
      String caught = ((CaughtSource) source).type;
      ClassInfo type = reachability.universe().lookup(caught == null ? "java/lang/Throwable"
          : caught);
      if (type != null) {
        analysis.edge(analysis.cone(type), flow);
      }
      return;
    }
    Frame<SourceValue> frame = frameAt(source);
    switch (source.getOpcode()) {
      case Opcodes.LDC: {
        Object constant = ((LdcInsnNode) source).cst;
        if (constant instanceof String) {
          analysis.add(flow, reachability.universe().require("java/lang/String"));
        } else if (constant instanceof Type && ((Type) constant).getSort() != Type.METHOD) {
          analysis.add(flow, reachability.universe().require("java/lang/Class"));
        }
        return;
      }
      case Opcodes.NEW:
      case Opcodes.NEWARRAY:
      case Opcodes.ANEWARRAY:
      case Opcodes.MULTIANEWARRAY: {
        ClassInfo created = reachability.allocatedType(source, method);
        if (created != null) {
          analysis.add(flow, created);
          if (source.getOpcode() == Opcodes.MULTIANEWARRAY) {
            ClassInfo level = created;
            for (int i = 1; i < ((MultiANewArrayInsnNode) source).dims; i++) {
              analysis.add(analysis.elementFlow(level), level.componentType());
              level = level.componentType();
            }
          }
        }
        return;
      }
      case Opcodes.ALOAD:
        analysis.edge(flowOf(frame.getLocal(((VarInsnNode) source).var)), flow);
        return;
      case Opcodes.ASTORE:
      case Opcodes.DUP:
        analysis.edge(flowOf(stack(frame, 0)), flow);
        return;
      case Opcodes.DUP_X1:
      case Opcodes.SWAP:
      case Opcodes.DUP2:
        analysis.edge(flowOf(stack(frame, 0)), flow);
        analysis.edge(flowOf(stack(frame, 1)), flow);
        return;
      case Opcodes.DUP_X2:
      case Opcodes.DUP2_X1:
      case Opcodes.DUP2_X2:
        for (int i = 0; i < Math.min(frame.getStackSize(), 4); i++) {
          analysis.edge(flowOf(stack(frame, i)), flow);
        }
        return;
      case Opcodes.CHECKCAST: {
        ClassInfo target = reachability.universe().lookup(((TypeInsnNode) source).desc);
        TypeFlow filtered = target == null ? analysis.newFlow() : analysis.filteredFlow(target);
        analysis.edge(flowOf(stack(frame, 0)), filtered);
        analysis.edge(filtered, flow);
        return;
      }
      case Opcodes.GETFIELD:
      case Opcodes.GETSTATIC: {
        FieldInfo field = reachability.resolveField((FieldInsnNode) source);
        if (field != null) {
          analysis.edge(analysis.fieldFlow(field), flow);
        }
        return;
      }
      case Opcodes.AALOAD:
        analysis.observe(flowOf(stack(frame, 1)), new ArrayRead(flow));
        return;
      case Opcodes.INVOKEVIRTUAL:
      case Opcodes.INVOKESPECIAL:
      case Opcodes.INVOKESTATIC:
      case Opcodes.INVOKEINTERFACE:
        // The result flow: filled by linking the call (see consume).
        return;
      default:
        return; // aconst_null and non-reference producers: nothing flows
    }
  }

  private int parameterIndex(int local) {
    int slot = 0;
    int index = 0;
    if (!method.isStatic()) {
      if (local == 0) {
        return 0;
      }
      slot = 1;
      index = 1;
    }
    for (Type argument : method.type().getArgumentTypes()) {
      if (slot == local) {
        return index;
      }
      slot += argument.getSize();
      index++;
    }
    return -1;
  }

  // ---- consumers ----

  private void consume(int index, AbstractInsnNode insn) {
    Frame<SourceValue> frame = frames[index];
    switch (insn.getOpcode()) {
      case Opcodes.PUTFIELD:
      case Opcodes.PUTSTATIC: {
        FieldInfo field = reachability.resolveField((FieldInsnNode) insn);
        if (field != null && analysis.referenceType(field.type()) != null) {
          analysis.edge(flowOf(stack(frame, 0)), analysis.fieldFlow(field));
        }
        return;
      }
      case Opcodes.AASTORE:
        analysis.observe(flowOf(stack(frame, 2)), new ArrayWrite(flowOf(stack(frame, 0))));
        return;
      case Opcodes.ARETURN: {
        TypeFlow result = resultFlow;
        if (result != null) {
          analysis.edge(flowOf(stack(frame, 0)), result);
        }
        return;
      }
      case Opcodes.INVOKEVIRTUAL:
      case Opcodes.INVOKESPECIAL:
      case Opcodes.INVOKESTATIC:
      case Opcodes.INVOKEINTERFACE:
        invoke((MethodInsnNode) insn, frame, index);
        return;
      default:
        return;
    }
  }

  private TypeFlow[] arguments(MethodInsnNode call, Frame<SourceValue> frame) {
    Type[] types = Type.getArgumentTypes(call.desc);
    boolean hasReceiver = call.getOpcode() != Opcodes.INVOKESTATIC;
    int count = types.length + (hasReceiver ? 1 : 0);
    TypeFlow[] flows = new TypeFlow[count];
    for (int i = 0; i < count; i++) {
      flows[i] = flowOf(stack(frame, count - 1 - i));
    }
    return flows;
  }

  private void invoke(MethodInsnNode call, Frame<SourceValue> frame, int index) {
    TypeFlow result = flowOf(call);
    TypeFlow[] arguments = arguments(call, frame);
    if (Intrinsics.isIntrinsicClass(call.owner)) {
      intrinsic(call, arguments, result);
      return;
    }
    if (call.owner.equals("java/lang/System") && call.name.equals("arraycopy")) {
      // The copy moves elements behind the flows' backs: model it.
      TypeFlow destination = arguments[2];
      analysis.observe(arguments[0], new ArrayCopy(destination));
    }
    Resolver.CallTarget target = reachability.callTarget(method, call);
    if (target == null) {
      return;
    }
    if (call.owner.equals("java/lang/Class") && call.name.equals("forName")) {
      classForName(call, frame);
    }
    UnsafeAccesses.Access access = UnsafeAccesses.accessOf(call);
    if (access != null) {
      unsafeAccess(call, frame, access, arguments, result);
      // The Unsafe method itself still runs, but sees none of the values: it would only
      // know them as raw memory, and the access is modelled here.
      TypeFlow[] receiverOnly = new TypeFlow[arguments.length];
      receiverOnly[0] = arguments[0];
      for (int i = 1; i < arguments.length; i++) {
        receiverOnly[i] = analysis.newFlow();
      }
      arguments = receiverOnly;
      result = analysis.newFlow();
    }
    boolean onThis = receiverIsThis(call, frame);
    if (target.direct() != null) {
      if (target.direct().isStatic()) {
        Object[] constants = facts.arguments(index, arguments.length);
        if (staticCalls != null) {
          staticCalls.put(index, new StaticCall(target.direct(), arguments, result, constants));
        }
        link(target.direct(), arguments, result, null, false, constants);
      } else {
        // An instance method runs only if some object reaches the call: a call on a
        // receiver that is always null (a common JDK idiom) reaches nothing.
        analysis.observe(arguments[0], new DirectCall(target.direct(), arguments, result,
            onThis));
      }
    } else {
      analysis.observe(arguments[0], new VirtualCall(target.staticType(), target.resolved(),
          arguments, result, onThis));
    }
  }

  /**
   * Whether an instance call's receiver is this method's own {@code this}: loaded from local 0
   * while it still holds the parameter. The call graph then knows the receiver's type
   * wherever it knows the caller's.
   */
  private boolean receiverIsThis(MethodInsnNode call, Frame<SourceValue> frame) {
    if (method.isStatic() || call.getOpcode() == Opcodes.INVOKESTATIC) {
      return false;
    }
    SourceValue receiver = stack(frame, Type.getArgumentTypes(call.desc).length);
    if (receiver.insns.size() != 1) {
      return false;
    }
    AbstractInsnNode load = receiver.insns.iterator().next();
    if (load.getOpcode() != Opcodes.ALOAD || ((VarInsnNode) load).var != 0) {
      return false;
    }
    SourceValue local = frameAt(load).getLocal(0);
    return local.insns.size() == 1 && local.insns.iterator().next() instanceof ParameterSource;
  }

  /**
   * {@code Class.forName} with a constant name: the class must be in the image, and its
   * initialiser too when the call may initialise it (as the JDK's own SharedSecrets do).
   */
  private void classForName(MethodInsnNode call, Frame<SourceValue> frame) {
    Type[] parameters = Type.getArgumentTypes(call.desc);
    int nameIndex = parameters.length > 0 && parameters[0].getSort() == Type.OBJECT
        && parameters[0].getInternalName().equals("java/lang/Module") ? 1 : 0;
    if (nameIndex >= parameters.length) {
      return;
    }
    AbstractInsnNode source = frameLookup.singleSource(call, parameters.length - 1 - nameIndex);
    if (source instanceof LdcInsnNode && ((LdcInsnNode) source).cst instanceof String) {
      // forName(String) initialises, forName(String, boolean, ClassLoader) may, and
      // forName(Module, String) never does.
      boolean mayInitialize = parameters.length != 2;
      reachability.linkageRoots().classNamedByConstant((String) ((LdcInsnNode) source).cst, method,
          mayInitialize);
    }
  }

  /** An Unsafe reference access at {@code (o, offset)}: see {@link UnsafeAccesses}. */
  private void unsafeAccess(MethodInsnNode call, Frame<SourceValue> frame,
      UnsafeAccesses.Access access, TypeFlow[] arguments, TypeFlow result) {
    int count = arguments.length;
    SourceValue offset = stack(frame, count - 1 - 2); // (unsafe, o, offset, ...)
    TypeFlow written = access.writes ? arguments[count - 1] : null;
    TypeFlow read = access.reads ? result : null;
    FieldInfo field = reachability.unsafeAccesses().fieldAt(offset, frameLookup);
    if (field != null) {
      TypeFlow place = analysis.fieldFlow(field);
      if (written != null) {
        analysis.edge(written, place);
      }
      if (read != null) {
        analysis.edge(place, read);
      }
      return;
    }
    analysis.observe(arguments[1], new UnsafeAccesses.ObjectAccess(written, read,
        reachability.debug().trace() ? method : null));
  }

  private final UnsafeAccesses.FrameLookup frameLookup = new UnsafeAccesses.FrameLookup() {
    @Override
    public Object constantOperand(AbstractInsnNode insn, int fromTop) {
      AbstractInsnNode source = singleSource(insn, fromTop);
      return source instanceof LdcInsnNode ? ((LdcInsnNode) source).cst : null;
    }

    @Override
    public AbstractInsnNode singleSource(AbstractInsnNode insn, int fromTop) {
      Frame<SourceValue> at = frameAt(insn);
      if (at == null || at.getStackSize() <= fromTop) {
        return null;
      }
      SourceValue value = stack(at, fromTop);
      return value.insns.size() == 1 ? value.insns.iterator().next() : null;
    }
  };

  /**
   * Connects a call's arguments and result to a target method, and reaches it.
   *
   * @param receiverType for a virtual call, the receiver type that selected the target
   * @param onThis whether the receiver is this method's own {@code this}
   */
  private void link(MethodInfo target, TypeFlow[] arguments, TypeFlow result,
      ClassInfo receiverType, boolean onThis) {
    link(target, arguments, result, receiverType, onThis, null);
  }

  /** @param constants for a static call, the constants it passes (or null) */
  private void link(MethodInfo target, TypeFlow[] arguments, TypeFlow result,
      ClassInfo receiverType, boolean onThis, Object[] constants) {
    CallGraph calls = reachability.callGraph();
    if (clonePerCallSite(target)) {
      reachability.reachCopy(target, method);
      CallGraph.Node copy = calls.copy(target);
      calls.call(context, copy, false);
      TypeFlow[] copies = new TypeFlow[analysis.parameters(target).length];
      for (int i = 0; i < copies.length; i++) {
        if (analysis.parameters(target)[i] != null) {
          copies[i] = analysis.newFlow();
          analysis.edge(arguments[i], copies[i]);
        }
      }
      TypeFlow returned = analysis.newFlow();
      analysis.edge(returned, result);
      new MethodFlows(reachability, analysis, target, copies, returned, constants, depth + 1,
          copy).build();
      return;
    }
    reachability.reachShared(target, method, constants);
    if (receiverType != null) {
      calls.dispatch(context, calls.node(target), receiverType, arguments[0], onThis);
    } else {
      calls.call(context, calls.node(target), onThis);
    }
    TypeFlow[] parameters = analysis.parameters(target);
    for (int i = 0; i < parameters.length && i < arguments.length; i++) {
      if (parameters[i] == null) {
        continue;
      }
      if (i == 0 && receiverType != null) {
        analysis.add(parameters[0], receiverType);
      } else {
        analysis.edge(arguments[i], parameters[i]);
      }
    }
    TypeFlow returned = analysis.result(target);
    if (returned != null) {
      if (target.isNative() && !target.hasCode()
          && !Annotations.has(target.node().invisibleAnnotations, Annotations.IMPORT)) {
        return; // throws UnsatisfiedLinkError: returns nothing
      }
      analysis.edge(returned, result);
    }
  }

  private void intrinsic(MethodInsnNode call, TypeFlow[] arguments, TypeFlow result) {
    String name = call.name;
    if (call.owner.equals(Intrinsics.WORD)) {
      if (name.equals("toObject") || name.equals("readObject")
          || name.equals("readObjectVolatile") || name.equals("compareAndExchangeObject")
          || name.equals("getAndSetObject")) {
        analysis.makeUnknown(result);
      }
      // Raw writes of references go to object headers and thread blocks, never to Java
      // fields: the runtime writes Java fields through Unsafe, whose calls are modelled where
      // they are made (UnsafeAccesses). So a raw write needs no flow of its own.
    } else if (call.owner.equals(Intrinsics.LINKAGE)) {
      if (name.equals("classLiteral")) {
        analysis.add(result, reachability.universe().require("java/lang/Class"));
      } else if (name.equals("mainClassName")) {
        analysis.add(result, reachability.universe().require("java/lang/String"));
      } else if (name.equals("newInstance")) {
        analysis.edge(reachability.linkageRoots().newInstancesFlow(), result);
      } else if (name.equals("enumValues")) {
        analysis.edge(reachability.linkageRoots().enumConstantsFlow(), result);
      } else if (name.equals("invokeMain")) {
        TypeFlow[] mainArguments = {arguments[1]}; // (program, args): main takes args
        for (MethodInfo main : reachability.mainMethods()) {
          link(main, mainArguments, result, null, false);
        }
      }
    }
  }

  // ---- observers ----

  /** A virtual or interface call: each receiver type selects a target. */
  private final class VirtualCall implements TypeFlow.FlowObserver {
    private final ClassInfo staticType;
    private final MethodInfo resolved;
    private final TypeFlow[] arguments;
    private final TypeFlow result;
    private final boolean onThis;
    private final Map<ClassInfo, Boolean> seen = new HashMap<>();

    VirtualCall(ClassInfo staticType, MethodInfo resolved, TypeFlow[] arguments,
        TypeFlow result, boolean onThis) {
      this.staticType = staticType;
      this.resolved = resolved;
      this.arguments = arguments;
      this.result = result;
      this.onThis = onThis;
    }

    @Override
    public void added(PointsTo pointsTo, ClassInfo type) {
      if (seen.put(type, Boolean.TRUE) != null || !pointsTo.isAssignable(type, staticType)) {
        return;
      }
      MethodInfo selected = reachability.resolver().select(type, resolved);
      if (selected != null && !selected.isAbstract()) {
        link(selected, arguments, result, type, onThis);
      }
    }

    @Override
    public void becameUnknown(PointsTo pointsTo) {
      pointsTo.observe(pointsTo.cone(staticType), this);
    }
  }

  /** A call of a known instance method: linked once a receiver arrives. */
  private final class DirectCall implements TypeFlow.FlowObserver {
    private final MethodInfo target;
    private final TypeFlow[] arguments;
    private final TypeFlow result;
    private final boolean onThis;
    private boolean linked;

    DirectCall(MethodInfo target, TypeFlow[] arguments, TypeFlow result, boolean onThis) {
      this.target = target;
      this.arguments = arguments;
      this.result = result;
      this.onThis = onThis;
    }

    @Override
    public void added(PointsTo pointsTo, ClassInfo type) {
      if (!linked) {
        linked = true;
        link(target, arguments, result, null, onThis);
      }
    }

    @Override
    public void becameUnknown(PointsTo pointsTo) {
      added(pointsTo, null);
    }
  }

  /** {@code aaload}: the result gets the elements of each array type read from. */
  private static final class ArrayRead implements TypeFlow.FlowObserver {
    private final TypeFlow result;

    ArrayRead(TypeFlow result) {
      this.result = result;
    }

    @Override
    public void added(PointsTo pointsTo, ClassInfo type) {
      if (type.isArray() && !type.componentType().isPrimitive()) {
        pointsTo.edge(pointsTo.elementFlow(type), result);
      }
    }

    @Override
    public void becameUnknown(PointsTo pointsTo) {
      pointsTo.observe(pointsTo.cone(objectArray(pointsTo)), this);
    }
  }

  /** {@code aastore}: the value goes to the elements of each array type written to. */
  private static final class ArrayWrite implements TypeFlow.FlowObserver {
    private final TypeFlow value;

    ArrayWrite(TypeFlow value) {
      this.value = value;
    }

    @Override
    public void added(PointsTo pointsTo, ClassInfo type) {
      if (type.isArray() && !type.componentType().isPrimitive()) {
        pointsTo.edge(value, pointsTo.elementFlow(type));
      }
    }

    @Override
    public void becameUnknown(PointsTo pointsTo) {
      pointsTo.observe(pointsTo.cone(objectArray(pointsTo)), this);
    }
  }

  /** {@code System.arraycopy}: elements of each source array type reach each destination. */
  private static final class ArrayCopy implements TypeFlow.FlowObserver {
    private final TypeFlow destination;

    ArrayCopy(TypeFlow destination) {
      this.destination = destination;
    }

    @Override
    public void added(PointsTo pointsTo, ClassInfo source) {
      if (!source.isArray() || source.componentType().isPrimitive()) {
        return;
      }
      pointsTo.observe(destination, new ArrayWrite(pointsTo.elementFlow(source)));
    }

    @Override
    public void becameUnknown(PointsTo pointsTo) {
      pointsTo.observe(pointsTo.cone(objectArray(pointsTo)), this);
    }
  }

  /** A reference written to raw memory. */
  static final class RawStore implements TypeFlow.FlowObserver {
    @Override
    public void added(PointsTo pointsTo, ClassInfo type) {
      pointsTo.rawStore(type);
    }

    @Override
    public void becameUnknown(PointsTo pointsTo) {
      // A value read from raw memory and written back: it came from a tracked store.
    }
  }

  private static ClassInfo objectArray(PointsTo pointsTo) {
    return pointsTo.referenceType(Type.getType("[Ljava/lang/Object;"));
  }
}
