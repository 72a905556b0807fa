package jeyra.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import jeyra.compiler.model.ClassTransformer;
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
        ClassNode lambda = generate(className, indy);
        synthetic.add(lambda);
        MethodInsnNode call = new MethodInsnNode(Opcodes.INVOKESTATIC, className, "jeyra$create",
            indy.desc, false);
        method.instructions.set(indy, call);
        insn = call;
      }
    }
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
