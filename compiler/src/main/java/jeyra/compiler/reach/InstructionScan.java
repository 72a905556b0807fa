package jeyra.compiler.reach;

import java.util.HashMap;
import java.util.Map;
import jeyra.compiler.diag.Diagnostics;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Insns;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.Locations;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * What each live instruction of a reachable method needs besides the calls the type flows
 * follow: the classes it names (their {@code Class} objects), the class initialisations it
 * triggers (JVMS 5.5), the objects it allocates; and what it cannot do. A symbolic
 * reference that does not resolve is a warning (the instruction throws the JVM's
 * {@code LinkageError}); a construct jeyra cannot compile is an error in the program's own
 * code and a warning elsewhere (see {@link UnsupportedCode}).
 */
final class InstructionScan {
  private final Reachability reachability;
  private final LinkageRoots linkageRoots;
  private final Universe universe;
  private final Resolver resolver;
  private final Diagnostics diagnostics;
  private final UnsupportedCode unsupportedCode;
  /** For each method scanned, the instructions scanned so far. */
  private final Map<MethodInfo, boolean[]> scanned = new HashMap<>();

  InstructionScan(Reachability reachability, LinkageRoots linkageRoots, Universe universe,
      Resolver resolver, Diagnostics diagnostics, UnsupportedCode unsupportedCode) {
    this.reachability = reachability;
    this.linkageRoots = linkageRoots;
    this.universe = universe;
    this.resolver = resolver;
    this.diagnostics = diagnostics;
    this.unsupportedCode = unsupportedCode;
  }

  /**
   * Scans the instructions of a method that {@code live} marks and no earlier call scanned,
   * and on the first call its exception handlers: each context of the analysis may find more
   * of the method live.
   */
  void scan(MethodInfo method, boolean[] live) {
    boolean[] done = scanned.get(method);
    if (done == null) {
      done = new boolean[live.length];
      scanned.put(method, done);
      for (TryCatchBlockNode handler : method.node().tryCatchBlocks) {
        if (handler.type != null) {
          ClassInfo caught = universe.lookup(handler.type);
          if (caught == null) {
            warnMissing(method, null, handler.type);
          } else {
            reachability.needHub(caught);
          }
        }
      }
    }
    int index = -1;
    for (AbstractInsnNode insn = method.node().instructions.getFirst(); insn != null;
        insn = insn.getNext()) {
      index++;
      if (live[index] && !done[index]) {
        done[index] = true;
        scan(method, insn);
      }
    }
  }

  private void scan(MethodInfo method, AbstractInsnNode insn) {
    switch (insn.getOpcode()) {
      case Opcodes.NEW: {
        ClassInfo type = lookupType(method, insn, ((TypeInsnNode) insn).desc);
        if (type != null) {
          if (type.isInterface() || type.isAbstract()) {
            warn(method, insn, "InstantiationError: " + type.binaryName() + " is abstract");
          } else {
            reachability.allocatedType(insn, method);
          }
        }
        break;
      }
      case Opcodes.ANEWARRAY:
        // An array allocated in reachable code exists, whether or not a flow needs it: its
        // class is needed by the allocation itself.
        if (lookupType(method, insn, ((TypeInsnNode) insn).desc) != null) {
          reachability.allocatedType(insn, method);
        }
        break;
      case Opcodes.NEWARRAY:
        reachability.allocatedType(insn, method);
        break;
      case Opcodes.MULTIANEWARRAY: {
        MultiANewArrayInsnNode multi = (MultiANewArrayInsnNode) insn;
        ClassInfo array = lookupType(method, insn, multi.desc);
        for (int level = 0; array != null && level < multi.dims; level++) {
          reachability.instantiate(array, null);
          array = array.componentType();
        }
        break;
      }
      case Opcodes.CHECKCAST:
      case Opcodes.INSTANCEOF: {
        ClassInfo type = lookupType(method, insn, ((TypeInsnNode) insn).desc);
        if (type != null) {
          reachability.needHub(type);
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
      case Opcodes.INVOKEDYNAMIC: {
        InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
        unsupported(method, insn, "invokedynamic with bootstrap method "
            + indy.bsm.getOwner().replace('/', '.') + "." + indy.bsm.getName()
            + " is not supported yet (string concatenation, lambdas and records' methods are,"
            + " in the forms javac makes)");
        break;
      }
      case Opcodes.LDC:
        scanConstant(method, insn, ((LdcInsnNode) insn).cst);
        break;
      default:
        break;
    }
  }

  private void scanConstant(MethodInfo method, AbstractInsnNode insn, Object constant) {
    if (constant instanceof Type) {
      Type type = (Type) constant;
      if (type.getSort() == Type.METHOD) {
        unsupported(method, insn, "ldc of a MethodType constant is not supported yet");
        return;
      }
      ClassInfo literal = lookupType(method, insn, type.getSort() == Type.OBJECT
          ? type.getInternalName() : type.getDescriptor());
      if (literal != null) {
        reachability.needHub(literal);
        linkageRoots.classLiteral(literal);
      }
    } else if (constant instanceof Handle) {
      unsupported(method, insn, "ldc of a MethodHandle constant is not supported yet");
    } else if (constant instanceof ConstantDynamic) {
      unsupported(method, insn, "ldc of a dynamic constant (condy) is not supported yet");
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
    reachability.needHub(field.owner());
    if (field.isStatic()) {
      reachability.initialize(field.owner(), method);
    }
  }

  private void scanInvoke(MethodInfo method, MethodInsnNode insn) {
    if (Intrinsics.isIntrinsicClass(insn.owner)) {
      scanIntrinsic(method, insn);
      return;
    }
    ClassInfo owner = lookupType(method, insn, insn.owner);
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
      if (Resolver.isSignaturePolymorphic(owner, insn.name)) {
        unsupported(method, insn, "calls to signature-polymorphic method " + owner.binaryName()
            + "." + insn.name + " (MethodHandle/VarHandle invocation) are not supported yet");
      } else {
        warn(method, insn, "NoSuchMethodError: " + owner.binaryName() + "." + insn.name
            + insn.desc);
      }
      return;
    }
    if (Resolver.isSignaturePolymorphic(resolved)) {
      unsupported(method, insn, "calls to signature-polymorphic method " + resolved
          + " (MethodHandle/VarHandle invocation) are not supported yet");
      return;
    }
    if (resolved.isStatic() != (opcode == Opcodes.INVOKESTATIC)) {
      warn(method, insn, "IncompatibleClassChangeError: method " + resolved + " is "
          + (resolved.isStatic() ? "" : "not ") + "static");
      return;
    }
    if (opcode == Opcodes.INVOKESTATIC) {
      reachability.initialize(resolved.owner(), method);
    } else if (opcode == Opcodes.INVOKESPECIAL) {
      MethodInfo target = resolver.specialTarget(method.owner(), owner, resolved);
      if (target == null || target.isAbstract()) {
        warn(method, insn, "AbstractMethodError: " + resolved);
      }
    }
    // The flows (MethodFlows) reach the targets.
  }

  private void scanIntrinsic(MethodInfo method, MethodInsnNode insn) {
    if (!insn.owner.equals(Intrinsics.LINKAGE)) {
      return;
    }
    switch (insn.name) {
      case "invokeMain":
        if (linkageRoots.mainMethods().isEmpty()) {
          unsupported(method, insn, "Linkage.invokeMain reached, but no main class was given");
        }
        linkageRoots.invokeMainReached(method);
        break;
      case "newInstance":
        linkageRoots.newInstanceReached(method);
        break;
      case "enumValues":
        linkageRoots.enumValuesReached(method);
        break;
      case "classLiteral": {
        String descriptor = Insns.constantStringArgument(insn);
        if (descriptor == null) {
          unsupported(method, insn, "Linkage.classLiteral needs a constant descriptor");
          return;
        }
        ClassInfo type = universe.lookup(Type.getType(descriptor));
        if (type == null) {
          unsupported(method, insn, "Linkage.classLiteral names a missing type " + descriptor);
        } else {
          reachability.needHub(type);
        }
        break;
      }
      default:
        break;
    }
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

  private void warn(MethodInfo method, AbstractInsnNode insn, String problem) {
    diagnostics.warning(Locations.of(universe, method, insn) + ": " + problem
        + "; it is thrown if the instruction runs");
  }

  /**
   * An instruction jeyra cannot compile: an error in the program's own code, a warning
   * elsewhere (see {@link UnsupportedCode}).
   */
  private void unsupported(MethodInfo method, AbstractInsnNode insn, String problem) {
    String location = Locations.of(universe, method, insn);
    if (UnsupportedCode.throwsAtRunTime(method)) {
      unsupportedCode.instruction(method, location, problem);
    } else {
      diagnostics.error(location + ": " + problem + " (reached by "
          + reachability.howReached(method) + ")");
    }
  }
}
