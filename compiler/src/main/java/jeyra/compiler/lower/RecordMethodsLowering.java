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
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lowers records' {@code ObjectMethods.bootstrap} call sites ({@code toString},
 * {@code hashCode}, {@code equals}) to plain static methods with exactly the JDK's behaviour:
 * {@code Point[x=1, y=2]}; a hash of {@code 31 * h + hash(component)} from 0; equality by
 * identity, then by class, then component by component ({@code Float.compare} and
 * {@code Double.compare} for floating point, {@code Objects.equals} for references), tested
 * from the last component to the first as the JDK's combinators do.
 *
 * <p>A call site {@code ObjectMethods.bootstrap} would refuse (arguments of the wrong kinds,
 * names that do not match the getters, a type that is not the method's) becomes a call of a
 * helper that throws {@code BootstrapMethodError}, as the JVM does when it runs. One the JDK
 * accepts in a form javac does not make (getters that are not field reads of the record) is
 * left alone, and the build reports it as unsupported.
 */
public final class RecordMethodsLowering implements ClassTransformer {
  private static final String OBJECT_METHODS = "java/lang/runtime/ObjectMethods";

  @Override
  public void transform(ClassNode node, Origin origin) {
    List<MethodNode> helpers = new ArrayList<>();
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
        if (!indy.bsm.getOwner().equals(OBJECT_METHODS)) {
          continue;
        }
        String problem = problem(indy);
        if (problem == null && !isSupported(node, indy)) {
          continue;
        }
        String name = SyntheticNames.uniqueMethodName(node,
            "jeyra$record$" + indy.name + "$" + helpers.size());
        MethodNode helper = problem == null ? helper(node, indy, name)
            : BootstrapErrors.thrower(name, indy.desc, "ObjectMethods: " + problem);
        helpers.add(helper);
        MethodInsnNode call = new MethodInsnNode(Opcodes.INVOKESTATIC, node.name, helper.name,
            helper.desc, false);
        method.instructions.set(indy, call);
        insn = call;
      }
    }
    node.methods.addAll(helpers);
  }

  /**
   * Why {@code ObjectMethods.bootstrap} would refuse a call site, or null: JDK 17's checks,
   * which are of the arguments' kinds, the method's name and exact type, and for
   * {@code toString} alone that the names match the getters.
   */
  private static String problem(InvokeDynamicInsnNode indy) {
    Object[] arguments = indy.bsmArgs;
    if (arguments.length < 2 || !(arguments[0] instanceof Type)
        || ((Type) arguments[0]).getSort() != Type.OBJECT || !(arguments[1] instanceof String)) {
      return "its arguments are not (Class, String, MethodHandle...)";
    }
    for (int i = 2; i < arguments.length; i++) {
      if (!(arguments[i] instanceof Handle)) {
        return "a getter is not a method handle: " + arguments[i];
      }
    }
    String record = ((Type) arguments[0]).getDescriptor();
    String expected;
    switch (indy.name) {
      case "toString":
        expected = "(" + record + ")Ljava/lang/String;";
        break;
      case "hashCode":
        expected = "(" + record + ")I";
        break;
      case "equals":
        expected = "(" + record + "Ljava/lang/Object;)Z";
        break;
      default:
        return "it makes toString, hashCode and equals, not " + indy.name;
    }
    if (!indy.desc.equals(expected)) {
      return indy.name + " must have the type " + expected + ", not " + indy.desc;
    }
    int getters = arguments.length - 2;
    String names = (String) arguments[1];
    if (indy.name.equals("toString")
        && (names.isEmpty() ? 0 : names.split(";").length) != getters) {
      return "the names \"" + names + "\" do not match its " + getters + " getters";
    }
    return null;
  }

  /**
   * Whether the helper can do what the JDK would: in the form javac makes, the call site is in
   * the record and every getter reads one of its fields. Anything else is left to fail the
   * build as an unsupported invokedynamic.
   */
  private static boolean isSupported(ClassNode node, InvokeDynamicInsnNode indy) {
    if (!((Type) indy.bsmArgs[0]).getInternalName().equals(node.name)) {
      return false;
    }
    for (int i = 2; i < indy.bsmArgs.length; i++) {
      Handle getter = (Handle) indy.bsmArgs[i];
      if (getter.getTag() != Opcodes.H_GETFIELD || !getter.getOwner().equals(node.name)
          || !Descriptors.isField(getter.getDesc())) {
        return false;
      }
    }
    return true;
  }

  private static MethodNode helper(ClassNode node, InvokeDynamicInsnNode indy, String name) {
    String recordClass = ((Type) indy.bsmArgs[0]).getInternalName();
    String names = (String) indy.bsmArgs[1];
    List<Handle> getters = new ArrayList<>();
    for (int i = 2; i < indy.bsmArgs.length; i++) {
      getters.add((Handle) indy.bsmArgs[i]);
    }
    MethodNode helper = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC
        | Opcodes.ACC_SYNTHETIC, name, indy.desc, null, null);
    switch (indy.name) {
      case "toString":
        toString(helper.instructions, simpleName(node),
            names.isEmpty() ? new String[0] : names.split(";"), getters);
        break;
      case "hashCode":
        hashCode(helper.instructions, getters);
        break;
      case "equals":
        equals(helper.instructions, recordClass, getters);
        break;
      default:
        throw new IllegalStateException("ObjectMethods for " + indy.name);
    }
    helper.maxLocals = 3;
    helper.maxStack = 6;
    return helper;
  }

  /** {@code Class.getSimpleName()} of the record, from its InnerClasses attribute. */
  private static String simpleName(ClassNode node) {
    for (InnerClassNode inner : node.innerClasses) {
      if (inner.name.equals(node.name) && inner.innerName != null) {
        return inner.innerName;
      }
    }
    return node.name.substring(node.name.lastIndexOf('/') + 1);
  }

  private static void getField(InsnList code, Handle getter) {
    code.add(new FieldInsnNode(Opcodes.GETFIELD, getter.getOwner(), getter.getName(),
        getter.getDesc()));
  }

  private static void toString(InsnList code, String simpleName, String[] names,
      List<Handle> getters) {
    String builder = "java/lang/StringBuilder";
    code.add(new TypeInsnNode(Opcodes.NEW, builder));
    code.add(new InsnNode(Opcodes.DUP));
    code.add(new LdcInsnNode(simpleName + "["));
    code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, builder, "<init>",
        "(Ljava/lang/String;)V", false));
    for (int i = 0; i < getters.size(); i++) {
      code.add(new LdcInsnNode((i == 0 ? "" : ", ") + names[i] + "="));
      code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, builder, "append",
          "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false));
      code.add(new VarInsnNode(Opcodes.ALOAD, 0));
      getField(code, getters.get(i));
      Type type = Type.getType(getters.get(i).getDesc());
      String parameter;
      switch (type.getSort()) {
        case Type.BOOLEAN: parameter = "Z"; break;
        case Type.CHAR: parameter = "C"; break;
        case Type.BYTE: case Type.SHORT: case Type.INT: parameter = "I"; break;
        case Type.LONG: parameter = "J"; break;
        case Type.FLOAT: parameter = "F"; break;
        case Type.DOUBLE: parameter = "D"; break;
        default: parameter = "Ljava/lang/Object;";
      }
      code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, builder, "append",
          "(" + parameter + ")Ljava/lang/StringBuilder;", false));
    }
    code.add(new LdcInsnNode("]"));
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, builder, "append",
        "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false));
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, builder, "toString",
        "()Ljava/lang/String;", false));
    code.add(new InsnNode(Opcodes.ARETURN));
  }

  private static void hashCode(InsnList code, List<Handle> getters) {
    code.add(new InsnNode(Opcodes.ICONST_0));
    for (Handle getter : getters) {
      code.add(new IntInsnNode(Opcodes.BIPUSH, 31));
      code.add(new InsnNode(Opcodes.IMUL));
      code.add(new VarInsnNode(Opcodes.ALOAD, 0));
      getField(code, getter);
      Type type = Type.getType(getter.getDesc());
      if (Conversions.isPrimitive(type)) {
        Type wrapper = Conversions.wrapper(type);
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, wrapper.getInternalName(), "hashCode",
            "(" + type.getDescriptor() + ")I", false));
      } else {
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode",
            "(Ljava/lang/Object;)I", false));
      }
      code.add(new InsnNode(Opcodes.IADD));
    }
    code.add(new InsnNode(Opcodes.IRETURN));
  }

  private static void equals(InsnList code, String recordClass, List<Handle> getters) {
    LabelNode isFalse = new LabelNode();
    LabelNode isTrue = new LabelNode();
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    code.add(new VarInsnNode(Opcodes.ALOAD, 1));
    code.add(new JumpInsnNode(Opcodes.IF_ACMPEQ, isTrue));
    code.add(new VarInsnNode(Opcodes.ALOAD, 1));
    code.add(new TypeInsnNode(Opcodes.INSTANCEOF, recordClass));
    code.add(new JumpInsnNode(Opcodes.IFEQ, isFalse));
    code.add(new VarInsnNode(Opcodes.ALOAD, 1));
    code.add(new TypeInsnNode(Opcodes.CHECKCAST, recordClass));
    code.add(new VarInsnNode(Opcodes.ASTORE, 2));
    for (int i = getters.size() - 1; i >= 0; i--) {
      Handle getter = getters.get(i);
      Type type = Type.getType(getter.getDesc());
      code.add(new VarInsnNode(Opcodes.ALOAD, 0));
      getField(code, getter);
      code.add(new VarInsnNode(Opcodes.ALOAD, 2));
      getField(code, getter);
      switch (type.getSort()) {
        case Type.FLOAT:
          code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Float", "compare",
              "(FF)I", false));
          code.add(new JumpInsnNode(Opcodes.IFNE, isFalse));
          break;
        case Type.DOUBLE:
          code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Double", "compare",
              "(DD)I", false));
          code.add(new JumpInsnNode(Opcodes.IFNE, isFalse));
          break;
        case Type.LONG:
          code.add(new InsnNode(Opcodes.LCMP));
          code.add(new JumpInsnNode(Opcodes.IFNE, isFalse));
          break;
        case Type.OBJECT:
        case Type.ARRAY:
          code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/util/Objects", "equals",
              "(Ljava/lang/Object;Ljava/lang/Object;)Z", false));
          code.add(new JumpInsnNode(Opcodes.IFEQ, isFalse));
          break;
        default:
          code.add(new JumpInsnNode(Opcodes.IF_ICMPNE, isFalse));
      }
    }
    code.add(isTrue);
    code.add(new InsnNode(Opcodes.ICONST_1));
    code.add(new InsnNode(Opcodes.IRETURN));
    code.add(isFalse);
    code.add(new InsnNode(Opcodes.ICONST_0));
    code.add(new InsnNode(Opcodes.IRETURN));
  }
}
