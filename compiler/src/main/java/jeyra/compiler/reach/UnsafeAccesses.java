package jeyra.compiler.reach;

import java.util.HashMap;
import java.util.Map;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Insns;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The points-to model of {@code jdk.internal.misc.Unsafe}'s reference accesses.
 *
 * <p>Inside Unsafe they are raw memory operations, which the analysis could only treat as
 * "any object may be stored anywhere": every {@code Object} field of the program would then
 * hold every type the JDK ever swaps in with a CAS. At the call site, though, the JDK names
 * where it goes: almost always an offset constant made by {@code objectFieldOffset(C.class,
 * "f")}, or an array base plus a scaled index. So each call is modelled as an access to that
 * field, or to the elements (or reference fields) of the objects reaching the call.
 */
final class UnsafeAccesses {
  static final String UNSAFE = "jdk/internal/misc/Unsafe";
  private static final String OFFSET_BY_NAME = "(Ljava/lang/Class;Ljava/lang/String;)J";

  /** How an Unsafe method touches the reference at {@code (o, offset)}. */
  enum Access {
    READ(true, false),
    WRITE(false, true),
    READ_WRITE(true, true);

    final boolean reads;
    final boolean writes;

    Access(boolean reads, boolean writes) {
      this.reads = reads;
      this.writes = writes;
    }
  }

  private final Universe universe;
  private final Map<FieldInfo, FieldInfo> offsetConstants = new HashMap<>();

  UnsafeAccesses(Universe universe) {
    this.universe = universe;
  }

  /**
   * The access an Unsafe call makes to a reference at {@code (Object o, long offset)}, or null
   * if it is not such a call.
   */
  static Access accessOf(MethodInsnNode call) {
    if (!call.owner.equals(UNSAFE) || !call.name.contains("Reference")
        || !call.desc.startsWith("(Ljava/lang/Object;J")) {
      return null;
    }
    if (call.name.startsWith("get") && !call.name.startsWith("getAndSet")) {
      return Access.READ;
    }
    if (call.name.startsWith("put") || call.name.startsWith("compareAndSet")
        || call.name.startsWith("weakCompareAndSet")) {
      return Access.WRITE;
    }
    if (call.name.startsWith("compareAndExchange") || call.name.startsWith("getAndSet")) {
      return Access.READ_WRITE;
    }
    return null;
  }

  /**
   * The field an offset value denotes, if the analysis can tell: a direct
   * {@code objectFieldOffset(C.class, "f")}, a static final field initialised by one, or the
   * address of a static field ({@code Linkage.staticFieldAddress(C.class, "f").toLong()}).
   */
  FieldInfo fieldAt(SourceValue offset, FrameLookup frames) {
    if (offset.insns.size() != 1) {
      return null;
    }
    AbstractInsnNode source = offset.insns.iterator().next();
    if (source instanceof MethodInsnNode) {
      MethodInsnNode call = (MethodInsnNode) source;
      if (call.owner.equals(UNSAFE) && call.name.equals("objectFieldOffset")
          && call.desc.equals(OFFSET_BY_NAME)) {
        return namedField(frames.constantOperand(call, 1), frames.constantOperand(call, 0),
            false);
      }
      if (call.owner.equals(Intrinsics.WORD) && call.name.equals("toLong")) {
        AbstractInsnNode address = frames.singleSource(call, 0);
        if (address instanceof MethodInsnNode
            && ((MethodInsnNode) address).owner.equals(Intrinsics.LINKAGE)
            && ((MethodInsnNode) address).name.equals("staticFieldAddress")) {
          return namedField(frames.constantOperand(address, 1),
              frames.constantOperand(address, 0), true);
        }
      }
      return null;
    }
    if (source.getOpcode() == Opcodes.GETSTATIC) {
      FieldInsnNode get = (FieldInsnNode) source;
      ClassInfo owner = universe.lookup(get.owner);
      FieldInfo constant = owner == null ? null : owner.field(get.name, get.desc);
      return constant == null ? null : offsetConstant(constant);
    }
    return null;
  }

  /**
   * The field whose offset a static final long holds, when its class initialiser stores
   * {@code objectFieldOffset(C.class, "f")} into it (and nothing else does).
   */
  private FieldInfo offsetConstant(FieldInfo constant) {
    if (!constant.isStatic() || !constant.isFinal() || !constant.descriptor().equals("J")) {
      return null;
    }
    if (offsetConstants.containsKey(constant)) {
      return offsetConstants.get(constant);
    }
    FieldInfo found = null;
    MethodInfo initializer = constant.owner().classInitializer();
    if (initializer != null && initializer.hasCode()) {
      int stores = 0;
      for (AbstractInsnNode insn : initializer.node().instructions) {
        if (insn.getOpcode() != Opcodes.PUTSTATIC
            || !((FieldInsnNode) insn).name.equals(constant.name())
            || !((FieldInsnNode) insn).owner.equals(constant.owner().name())) {
          continue;
        }
        stores++;
        found = offsetByNamePattern(Insns.previousReal(insn));
      }
      if (stores != 1) {
        found = null;
      }
    }
    offsetConstants.put(constant, found);
    return found;
  }

  /** {@code ldc C.class; ldc "f"; invokevirtual objectFieldOffset(Class, String)} ending here. */
  private FieldInfo offsetByNamePattern(AbstractInsnNode call) {
    if (!(call instanceof MethodInsnNode) || !((MethodInsnNode) call).owner.equals(UNSAFE)
        || !((MethodInsnNode) call).name.equals("objectFieldOffset")
        || !((MethodInsnNode) call).desc.equals(OFFSET_BY_NAME)) {
      return null;
    }
    AbstractInsnNode name = Insns.previousReal(call);
    AbstractInsnNode type = Insns.previousReal(name);
    if (!(name instanceof LdcInsnNode) || !(type instanceof LdcInsnNode)) {
      return null;
    }
    return namedField(((LdcInsnNode) type).cst, ((LdcInsnNode) name).cst, false);
  }


  private FieldInfo namedField(Object type, Object name, boolean isStatic) {
    if (!(type instanceof Type) || !(name instanceof String)) {
      return null;
    }
    ClassInfo owner = universe.lookup((Type) type);
    if (owner == null) {
      return null;
    }
    for (FieldInfo field : owner.fields()) {
      if (field.name().equals(name) && field.isStatic() == isStatic) {
        return field;
      }
    }
    return null;
  }

  /** What {@link #fieldAt} needs to know about the method's other values. */
  interface FrameLookup {
    /** The constant an operand of an instruction comes from (an ldc), or null. */
    Object constantOperand(AbstractInsnNode insn, int fromTop);

    /** The one instruction an operand of an instruction comes from, or null. */
    AbstractInsnNode singleSource(AbstractInsnNode insn, int fromTop);
  }

  /**
   * An Unsafe access whose offset the analysis cannot name: the objects reaching the call say
   * where it may go (the elements of an array, or the reference fields of an object).
   */
  static final class ObjectAccess implements TypeFlow.FlowObserver {
    private final TypeFlow written;
    private final TypeFlow read;
    private final Object where;

    /**
     * @param written the flow of the stored value, or null
     * @param read the flow of the value read, or null
     * @param where the method making the access, to report when the access can go anywhere
     *     (with {@code --debug}), or null not to report it
     */
    ObjectAccess(TypeFlow written, TypeFlow read, Object where) {
      this.where = where;
      this.written = written;
      this.read = read;
    }

    @Override
    public void added(PointsTo pointsTo, ClassInfo type) {
      if (type.isArray()) {
        if (!type.componentType().isPrimitive()) {
          connect(pointsTo, pointsTo.elementFlow(type));
        }
        return;
      }
      if (type.name().equals("java/lang/Class")) {
        becameUnknown(pointsTo); // static fields through a Class base: anywhere
        return;
      }
      for (ClassInfo at = type; at != null; at = at.superclass()) {
        for (FieldInfo field : at.fields()) {
          if (!field.isStatic() && pointsTo.referenceType(field.type()) != null) {
            connect(pointsTo, pointsTo.fieldFlow(field));
          }
        }
      }
    }

    private void connect(PointsTo pointsTo, TypeFlow place) {
      if (written != null) {
        pointsTo.edge(written, place);
      }
      if (read != null) {
        pointsTo.edge(place, read);
      }
    }

    @Override
    public void becameUnknown(PointsTo pointsTo) {
      if (where != null) {
        System.err.println("jeyra: Unsafe access at an unknown place in " + where);
      }
      if (written != null) {
        pointsTo.observe(written, new MethodFlows.RawStore());
      }
      if (read != null) {
        pointsTo.makeUnknown(read);
      }
    }
  }
}
