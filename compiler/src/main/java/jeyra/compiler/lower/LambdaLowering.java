package jeyra.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import jeyra.compiler.model.ClassTransformer;
import jeyra.compiler.model.Descriptors;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lowers {@code LambdaMetafactory.metafactory} and {@code altMetafactory} call sites (lambdas
 * and method references) to a class per site, generated at build time as the JDK generates
 * one at run time: it implements the functional interface (and any marker interfaces), holds
 * the captured values in final fields, adapts arguments and results as the metafactory
 * specifies, and calls the implementation method directly. The call site becomes a call of
 * the class's factory; a lambda that captures nothing is a single shared instance, as with
 * the JDK.
 *
 * <p>Differences from the JVM: the class is not hidden (its name, {@code
 * Outer$$Lambda$N}, has no address suffix), and serializable lambdas do not serialize.
 *
 * <p>A call site the metafactory would refuse (arguments of the wrong kinds, arities that do
 * not match, a void implementation for a method that returns a value) becomes a call of a helper that throws
 * {@code BootstrapMethodError}, as the JVM does when it runs.
 */
public final class LambdaLowering implements ClassTransformer {
  private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";
  private static final int FLAG_SERIALIZABLE = 1;
  private static final int FLAG_MARKERS = 2;
  private static final int FLAG_BRIDGES = 4;

  private final SyntheticClasses synthetic;

  public LambdaLowering(SyntheticClasses synthetic) {
    this.synthetic = synthetic;
  }

  @Override
  public void transform(ClassNode node, Origin origin) {
    int counter = 0;
    List<MethodNode> throwers = new ArrayList<>();
    for (MethodNode method : node.methods) {
      if (method.instructions == null) {
        continue;
      }
      for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null;
          insn = insn.getNext()) {
        if (!(insn instanceof InvokeDynamicInsnNode)) {
          continue;
        }
        InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
        if (!indy.bsm.getOwner().equals(METAFACTORY)) {
          continue;
        }
        String className = node.name + "$$Lambda$" + counter++;
        String problem = problem(indy);
        MethodInsnNode call;
        if (problem == null) {
          synthetic.add(generate(className, indy));
          call = new MethodInsnNode(Opcodes.INVOKESTATIC, className, "jeyra$create", indy.desc,
              false);
        } else {
          String name = SyntheticNames.uniqueMethodName(node,
              "jeyra$lambdaError$" + throwers.size());
          throwers.add(BootstrapErrors.thrower(name, indy.desc, "LambdaMetafactory: " + problem));
          call = new MethodInsnNode(Opcodes.INVOKESTATIC, node.name, name, indy.desc,
              (node.access & Opcodes.ACC_INTERFACE) != 0);
        }
        method.instructions.set(indy, call);
        insn = call;
      }
    }
    node.methods.addAll(throwers);
  }

  /**
   * Why the metafactory would refuse a call site, or null: its bootstrap arguments are not
   * (MethodType, MethodHandle, MethodType[, flags...]), the arities of the captured values,
   * the interface method and the implementation disagree, or the implementation returns
   * void where a value is wanted. (The metafactory checks more of the types: which of those a
   * call site javac did not make gets wrong is not modelled yet.)
   */
  private static String problem(InvokeDynamicInsnNode indy) {
    Object[] arguments = indy.bsmArgs;
    if (Type.getReturnType(indy.desc).getSort() != Type.OBJECT) {
      return "the call site does not return an interface: " + indy.desc;
    }
    if (arguments.length < 3 || !isMethodType(arguments[0])
        || !(arguments[1] instanceof Handle) || !isMethodType(arguments[2])) {
      return "its arguments are not (MethodType, MethodHandle, MethodType)";
    }
    Handle implementation = (Handle) arguments[1];
    int tag = implementation.getTag();
    if (!Descriptors.isMethod(implementation.getDesc()) || (tag != Opcodes.H_INVOKESTATIC
        && tag != Opcodes.H_INVOKEVIRTUAL && tag != Opcodes.H_INVOKEINTERFACE
        && tag != Opcodes.H_INVOKESPECIAL && tag != Opcodes.H_NEWINVOKESPECIAL)) {
      return "its implementation is not a method handle it can call: " + implementation;
    }
    int sam = Type.getArgumentTypes(((Type) arguments[0]).getDescriptor()).length;
    if (Type.getArgumentTypes(((Type) arguments[2]).getDescriptor()).length != sam) {
      return "the interface method and its instantiation take different numbers of arguments";
    }
    int parameters = Type.getArgumentTypes(implementation.getDesc()).length
        + (tag == Opcodes.H_INVOKESTATIC || tag == Opcodes.H_NEWINVOKESPECIAL ? 0 : 1);
    if (parameters != Type.getArgumentTypes(indy.desc).length + sam) {
      return "the implementation takes " + parameters + " arguments, the captured values and "
          + "the interface method give " + (Type.getArgumentTypes(indy.desc).length + sam);
    }
    int samResult = ((Type) arguments[0]).getReturnType().getSort();
    int implementationResult = tag == Opcodes.H_NEWINVOKESPECIAL ? Type.OBJECT
        : Type.getReturnType(implementation.getDesc()).getSort();
    if (samResult != Type.VOID && implementationResult == Type.VOID) {
      return "the implementation returns void, the interface method a value";
    }
    if (indy.bsm.getName().equals("altMetafactory")) {
      return altProblem(arguments, sam);
    }
    return null;
  }

  /** The rest of {@code altMetafactory}'s arguments: flags, marker interfaces, bridges. */
  private static String altProblem(Object[] arguments, int samArguments) {
    if (arguments.length < 4 || !(arguments[3] instanceof Integer)) {
      return "its flags are missing";
    }
    int flags = (Integer) arguments[3];
    int next = 4;
    for (int flag : new int[] {FLAG_MARKERS, FLAG_BRIDGES}) {
      if ((flags & flag) == 0) {
        continue;
      }
      if (next >= arguments.length || !(arguments[next] instanceof Integer)) {
        return "a count of marker interfaces or bridges is missing";
      }
      int count = (Integer) arguments[next++];
      if (count < 0 || count > arguments.length - next) {
        return "it lists " + count + " marker interfaces or bridges, but has fewer arguments";
      }
      for (int i = 0; i < count; i++) {
        Object value = arguments[next++];
        boolean fits = flag == FLAG_MARKERS
            ? value instanceof Type && ((Type) value).getSort() == Type.OBJECT
            : isMethodType(value) && Type.getArgumentTypes(((Type) value).getDescriptor())
                .length == samArguments;
        if (!fits) {
          return flag == FLAG_MARKERS ? "a marker interface is not a class: " + value
              : "a bridge is not a method type of the interface method's arity: " + value;
        }
      }
    }
    return null;
  }

  private static boolean isMethodType(Object value) {
    return value instanceof Type && ((Type) value).getSort() == Type.METHOD
        && Descriptors.isMethod(((Type) value).getDescriptor());
  }

  private static ClassNode generate(String className, InvokeDynamicInsnNode indy) {
    Type factoryType = Type.getMethodType(indy.desc);
    Type interfaceType = factoryType.getReturnType();
    Type samType = (Type) indy.bsmArgs[0];
    Handle implementation = (Handle) indy.bsmArgs[1];
    Type instantiatedType = (Type) indy.bsmArgs[2];
    List<String> interfaces = new ArrayList<>();
    interfaces.add(interfaceType.getInternalName());
    List<Type> bridges = new ArrayList<>();
    if (indy.bsm.getName().equals("altMetafactory")) {
      int flags = (Integer) indy.bsmArgs[3];
      int next = 4;
      if ((flags & FLAG_SERIALIZABLE) != 0) {
        interfaces.add("java/io/Serializable"); // what the metafactory adds for the flag
      }
      if ((flags & FLAG_MARKERS) != 0) {
        int count = (Integer) indy.bsmArgs[next++];
        for (int i = 0; i < count; i++) {
          String marker = ((Type) indy.bsmArgs[next++]).getInternalName();
          if (!interfaces.contains(marker)) {
            interfaces.add(marker);
          }
        }
      }
      if ((flags & FLAG_BRIDGES) != 0) {
        int count = (Integer) indy.bsmArgs[next++];
        for (int i = 0; i < count; i++) {
          bridges.add((Type) indy.bsmArgs[next++]);
        }
      }
    }
    ClassNode lambda = new ClassNode();
    lambda.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
        className, null, "java/lang/Object", interfaces.toArray(new String[0]));
    lambda.sourceFile = null;
    Type[] captured = factoryType.getArgumentTypes();
    for (int i = 0; i < captured.length; i++) {
      lambda.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg$" + (i + 1),
          captured[i].getDescriptor(), null, null));
    }
    lambda.methods.add(constructor(className, captured));
    lambda.methods.add(factory(lambda, className, factoryType));
    lambda.methods.add(samMethod(className, indy.name, samType, instantiatedType,
        implementation, captured));
    for (Type bridge : bridges) {
      if (!bridge.equals(samType)) {
        lambda.methods.add(bridge(className, indy.name, bridge, samType));
      }
    }
    return lambda;
  }

  private static MethodNode constructor(String className, Type[] captured) {
    MethodNode init = new MethodNode(Opcodes.ACC_PRIVATE, "<init>",
        Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
    InsnList code = init.instructions;
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V",
        false));
    int slot = 1;
    for (int i = 0; i < captured.length; i++) {
      code.add(new VarInsnNode(Opcodes.ALOAD, 0));
      code.add(new VarInsnNode(captured[i].getOpcode(Opcodes.ILOAD), slot));
      code.add(new FieldInsnNode(Opcodes.PUTFIELD, className, "arg$" + (i + 1),
          captured[i].getDescriptor()));
      slot += captured[i].getSize();
    }
    code.add(new InsnNode(Opcodes.RETURN));
    return init;
  }

  /** The factory the call site calls: a new instance, or the shared one if nothing is captured. */
  private static MethodNode factory(ClassNode lambda, String className, Type factoryType) {
    Type[] captured = factoryType.getArgumentTypes();
    MethodNode create = new MethodNode(Opcodes.ACC_STATIC, "jeyra$create",
        factoryType.getDescriptor(), null, null);
    InsnList code = create.instructions;
    if (captured.length == 0) {
      String instanceDescriptor = "L" + className + ";";
      lambda.fields.add(new FieldNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL,
          "jeyra$instance", instanceDescriptor, null, null));
      MethodNode clinit = new MethodNode(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
      clinit.instructions.add(new TypeInsnNode(Opcodes.NEW, className));
      clinit.instructions.add(new InsnNode(Opcodes.DUP));
      clinit.instructions.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, className, "<init>",
          "()V", false));
      clinit.instructions.add(new FieldInsnNode(Opcodes.PUTSTATIC, className, "jeyra$instance",
          instanceDescriptor));
      clinit.instructions.add(new InsnNode(Opcodes.RETURN));
      lambda.methods.add(clinit);
      code.add(new FieldInsnNode(Opcodes.GETSTATIC, className, "jeyra$instance",
          instanceDescriptor));
      code.add(new InsnNode(Opcodes.ARETURN));
      return create;
    }
    code.add(new TypeInsnNode(Opcodes.NEW, className));
    code.add(new InsnNode(Opcodes.DUP));
    int slot = 0;
    for (Type type : captured) {
      code.add(new VarInsnNode(type.getOpcode(Opcodes.ILOAD), slot));
      slot += type.getSize();
    }
    code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, className, "<init>",
        Type.getMethodDescriptor(Type.VOID_TYPE, captured), false));
    code.add(new InsnNode(Opcodes.ARETURN));
    return create;
  }

  /**
   * The interface method: captured values, then the interface arguments adapted to the
   * implementation's parameters, the call, and the result adapted back.
   */
  private static MethodNode samMethod(String className, String name, Type samType,
      Type instantiatedType, Handle implementation, Type[] captured) {
    MethodNode sam = new MethodNode(Opcodes.ACC_PUBLIC, name, samType.getDescriptor(), null,
        null);
    InsnList code = sam.instructions;
    int tag = implementation.getTag();
    Type implType = Type.getMethodType(implementation.getDesc());
    List<Type> implParameters = new ArrayList<>();
    if (tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE
        || tag == Opcodes.H_INVOKESPECIAL) {
      implParameters.add(Type.getObjectType(implementation.getOwner()));
    }
    for (Type parameter : implType.getArgumentTypes()) {
      implParameters.add(parameter);
    }
    if (tag == Opcodes.H_NEWINVOKESPECIAL) {
      code.add(new TypeInsnNode(Opcodes.NEW, implementation.getOwner()));
      code.add(new InsnNode(Opcodes.DUP));
    }
    int parameter = 0;
    for (int i = 0; i < captured.length; i++) {
      code.add(new VarInsnNode(Opcodes.ALOAD, 0));
      code.add(new FieldInsnNode(Opcodes.GETFIELD, className, "arg$" + (i + 1),
          captured[i].getDescriptor()));
      Conversions.convert(code, captured[i], implParameters.get(parameter++));
    }
    Type[] samArguments = samType.getArgumentTypes();
    Type[] instantiated = instantiatedType.getArgumentTypes();
    int slot = 1;
    for (int i = 0; i < samArguments.length; i++) {
      code.add(new VarInsnNode(samArguments[i].getOpcode(Opcodes.ILOAD), slot));
      slot += samArguments[i].getSize();
      Type known = instantiated[i];
      if (!known.equals(samArguments[i]) && !Conversions.isPrimitive(samArguments[i])) {
        // The metafactory guarantees the instantiated type; the cast makes it explicit.
        if (!Conversions.isPrimitive(known)) {
          code.add(new TypeInsnNode(Opcodes.CHECKCAST, known.getInternalName()));
        }
      }
      Conversions.convert(code, Conversions.isPrimitive(known) ? samArguments[i] : known,
          implParameters.get(parameter++));
    }
    Type result;
    switch (tag) {
      case Opcodes.H_INVOKESTATIC:
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, implementation.getOwner(),
            implementation.getName(), implementation.getDesc(), implementation.isInterface()));
        result = implType.getReturnType();
        break;
      case Opcodes.H_INVOKEINTERFACE:
        code.add(new MethodInsnNode(Opcodes.INVOKEINTERFACE, implementation.getOwner(),
            implementation.getName(), implementation.getDesc(), true));
        result = implType.getReturnType();
        break;
      case Opcodes.H_INVOKEVIRTUAL:
      case Opcodes.H_INVOKESPECIAL:
        // A private implementation method (the usual target of H_INVOKESPECIAL) is selected
        // directly by invokevirtual too; jeyra does not check access across classes.
        code.add(new MethodInsnNode(implementation.isInterface() ? Opcodes.INVOKEINTERFACE
            : Opcodes.INVOKEVIRTUAL, implementation.getOwner(), implementation.getName(),
            implementation.getDesc(), implementation.isInterface()));
        result = implType.getReturnType();
        break;
      case Opcodes.H_NEWINVOKESPECIAL:
        code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, implementation.getOwner(), "<init>",
            implementation.getDesc(), false));
        result = Type.getObjectType(implementation.getOwner());
        break;
      default:
        throw new IllegalStateException("lambda implementation handle kind " + tag);
    }
    Type samResult = samType.getReturnType();
    if (samResult.getSort() == Type.VOID) {
      if (result.getSort() != Type.VOID) {
        code.add(new InsnNode(result.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP));
      }
      code.add(new InsnNode(Opcodes.RETURN));
    } else {
      Conversions.convert(code, result, samResult);
      code.add(new InsnNode(samResult.getOpcode(Opcodes.IRETURN)));
    }
    return sam;
  }

  /** A bridge with another erasure of the interface method, calling the main one. */
  private static MethodNode bridge(String className, String name, Type bridgeType,
      Type samType) {
    MethodNode bridge = new MethodNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_BRIDGE
        | Opcodes.ACC_SYNTHETIC, name, bridgeType.getDescriptor(), null, null);
    InsnList code = bridge.instructions;
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    Type[] from = bridgeType.getArgumentTypes();
    Type[] to = samType.getArgumentTypes();
    int slot = 1;
    for (int i = 0; i < from.length; i++) {
      code.add(new VarInsnNode(from[i].getOpcode(Opcodes.ILOAD), slot));
      slot += from[i].getSize();
      Conversions.convert(code, from[i], to[i]);
    }
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, className, name, samType.getDescriptor(),
        false));
    if (bridgeType.getReturnType().getSort() == Type.VOID) {
      if (samType.getReturnType().getSort() != Type.VOID) {
        code.add(new InsnNode(samType.getReturnType().getSize() == 2 ? Opcodes.POP2
            : Opcodes.POP));
      }
      code.add(new InsnNode(Opcodes.RETURN));
    } else {
      Conversions.convert(code, samType.getReturnType(), bridgeType.getReturnType());
      code.add(new InsnNode(bridgeType.getReturnType().getOpcode(Opcodes.IRETURN)));
    }
    return bridge;
  }
}
