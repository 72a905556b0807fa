package jeyra.compiler.reach;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jeyra.arch.Target;
import jeyra.compiler.layout.ObjectLayout;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Insns;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * What is constant at build time, decided in one place: the answers of the
 * {@code TargetInfo} queries for the target being built, static methods whose whole body
 * returns a constant (such as {@code System.getSecurityManager()}, which jeyra substitutes to
 * return null), and the {@code static final} fields of primitive type of classes initialised
 * while building. The analysis uses them, with the constants callers pass, to skip code
 * behind branches on such constants ({@link LiveCode}); code generation compiles what the
 * analysis found live ({@link #compiledLive}) and folds the same queries into the same values.
 */
public final class BuildTimeConstants implements LiveCode.Constants {
  private final Universe universe;
  private final Resolver resolver;
  private final Target target;
  private final ObjectLayout objects;
  private final Map<MethodInfo, Optional<Object>> constantBodies = new HashMap<>();
  private final Map<MethodInfo, boolean[]> liveCode = new HashMap<>();
  /** For each method the analysis built flows for, what is live in any of its contexts. */
  private final Map<MethodInfo, boolean[]> analysedCode = new HashMap<>();
  private ImageState imageState;

  /**
   * @param universe the closed world
   * @param resolver resolves the methods that calls name
   * @param target the target being built
   * @param objects the target's object layout
   */
  public BuildTimeConstants(Universe universe, Resolver resolver, Target target,
      ObjectLayout objects) {
    this.universe = universe;
    this.resolver = resolver;
    this.target = target;
    this.objects = objects;
  }

  /**
   * Lets the {@code static final} fields of classes initialised while building count as
   * constants. Call before anything asks for {@link #live} code.
   */
  public void useImageState(ImageState state) {
    if (!liveCode.isEmpty()) {
      throw new IllegalStateException("live code was computed without the image state");
    }
    this.imageState = state;
  }

  /**
   * The value of a {@code TargetInfo} query for this target: an {@code Integer} (booleans
   * as 0 or 1), or a {@code String} for {@code javaOsArch}.
   *
   * @param query the name of the {@code TargetInfo} method
   * @param argument the constant string argument of {@code constant} and {@code hasSyscall},
   *     null for the others (or when the argument is not a constant)
   * @return the value, or null if the query has none: an unknown query, a missing argument,
   *     or a constant this target does not define
   */
  public Object targetQuery(String query, String argument) {
    switch (query) {
      case "wordBytes":
        return target.wordBytes();
      case "bigEndian":
        return target.bigEndian() ? 1 : 0;
      case "unalignedAccess":
        return target.unalignedAccess() ? 1 : 0;
      case "framePreviousOffset":
        return target.frameRecord().previousFramePointerOffset();
      case "frameReturnAddressOffset":
        return target.frameRecord().returnAddressOffset();
      case "javaOsArch":
        return target.javaOsArch();
      case "objectHeaderBytes":
        return objects.headerBytes();
      case "lockOffset":
        return objects.lockOffset();
      case "identityHashOffset":
        return objects.identityHashOffset();
      case "arrayLengthOffset":
        return objects.arrayLengthOffset();
      case "arrayBaseOffset":
        return objects.arrayBaseOffset();
      case "hasSyscall":
        return argument == null ? null : target.syscallNumber(argument).isPresent() ? 1 : 0;
      case "constant":
        return argument == null || target.constant(argument).isEmpty() ? null
            : (Object) target.constant(argument).getAsInt();
      default:
        return null;
    }
  }

  /** What an {@code invokestatic} always returns at build time, or null (see {@link LiveCode}). */
  @Override
  public Object constantResult(MethodInsnNode call) {
    if (call.owner.equals(Intrinsics.TARGET_INFO)) {
      Object value = targetQuery(call.name, Insns.constantStringArgument(call));
      return value instanceof Integer ? value : null;
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
    return constantBodies.computeIfAbsent(resolved,
        m -> Optional.ofNullable(constantBody(m))).orElse(null);
  }

  /**
   * What a {@code getstatic} always reads: the value a {@code static final} field of primitive
   * type got while building ({@code Integer}, {@code Long}, {@code Float}, {@code Double}), or
   * null if the field can change or its class is initialised at run time.
   */
  @Override
  public Object constantField(FieldInsnNode read) {
    if (imageState == null || read.getOpcode() != Opcodes.GETSTATIC) {
      return null;
    }
    ClassInfo owner = universe.lookup(read.owner);
    FieldInfo field = owner == null ? null : resolver.resolveField(owner, read.name, read.desc);
    return field == null ? null : imageState.finalStaticValue(field);
  }

  /**
   * The instructions of a method that can run, given these constants (see {@link LiveCode})
   * and nothing about its arguments; computed once per method.
   */
  public boolean[] live(MethodInfo method) {
    return liveCode.computeIfAbsent(method, m -> LiveCode.compute(m.owner().name(), m.node(),
        this));
  }

  /**
   * Analyses a method for one context of the analysis: its shared one (every caller's view,
   * {@code parameters} null) or a copy for a call site that passes some constants. What is
   * live here is added to what {@link #compiledLive} gives code generation.
   *
   * @param parameters the constant each parameter of a static method holds (null where not
   *     constant), or null
   */
  public LiveCode.Facts analyze(MethodInfo method, Object[] parameters) {
    LiveCode.Facts facts = LiveCode.analyze(method.owner().name(), method.node(), this,
        parameters);
    boolean[] union = analysedCode.get(method);
    if (union == null) {
      analysedCode.put(method, facts.live().clone());
    } else {
      for (int i = 0; i < union.length; i++) {
        union[i] |= facts.live()[i];
      }
    }
    return facts;
  }

  /**
   * The instructions of a method that code generation compiles: those live in some context
   * the analysis built flows for, so a branch that every caller's constants rule out is not
   * compiled (the same code serves all of them); else those {@link #live} in general.
   */
  public boolean[] compiledLive(MethodInfo method) {
    boolean[] union = analysedCode.get(method);
    return union != null ? union : live(method);
  }

  /** The constant a method's whole body returns ({@code push; return}), or null. */
  private static Object constantBody(MethodInfo method) {
    AbstractInsnNode first = Insns.firstReal(method.node().instructions);
    AbstractInsnNode second = Insns.nextReal(first);
    if (first == null || second == null || Insns.nextReal(second) != null
        || second.getOpcode() < Opcodes.IRETURN || second.getOpcode() > Opcodes.ARETURN) {
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
}
