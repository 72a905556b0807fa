package jeyra.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jeyra.compiler.model.ClassTransformer;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lowers {@code StringConcatFactory.makeConcatWithConstants} and {@code makeConcat} call sites
 * (javac's string {@code +} since Java 9) to a static helper per site that appends the parts
 * to a {@code StringBuilder}.
 *
 * <p>Recipe (see {@code StringConcatFactory}): {@code \1} takes the next argument, {@code \2}
 * the next bootstrap constant, anything else is literal. Object arguments are turned into
 * strings by {@code StringConcatHelper.stringOf}, as the JDK's own strategy does, so the same
 * {@code toString} calls happen in the same order and show the same stack frames.
 *
 * <p>A call site the factory would refuse (a recipe whose tags do not match the arguments and
 * constants, a result that is not a {@code String}) gets a helper that throws
 * {@code BootstrapMethodError}, which is what the JVM throws when it runs.
 */
public final class StringConcatLowering implements ClassTransformer {
  private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
  private static final String BUILDER = "java/lang/StringBuilder";
  private static final char TAG_ARGUMENT = '\u0001';
  private static final char TAG_CONSTANT = '\u0002';
  /** StringConcatFactory's limit on the argument slots of a call site. */
  private static final int MAX_ARGUMENT_SLOTS = 200;
  /** The result types StringConcatFactory accepts: those String is assignable to. */
  private static final Set<String> STRING_AND_SUPERTYPES = Set.of("Ljava/lang/String;",
      "Ljava/lang/Object;", "Ljava/lang/CharSequence;", "Ljava/io/Serializable;",
      "Ljava/lang/Comparable;", "Ljava/lang/constant/Constable;",
      "Ljava/lang/constant/ConstantDesc;");

  @Override
  public void transform(ClassNode node, Origin origin) {
    List<MethodNode> helpers = new ArrayList<>();
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
        Handle bootstrap = indy.bsm;
        if (!bootstrap.getOwner().equals(FACTORY)) {
          continue;
        }
        String recipe;
        List<Object> constants = new ArrayList<>();
        if (bootstrap.getName().equals("makeConcatWithConstants")) {
          recipe = indy.bsmArgs.length > 0 && indy.bsmArgs[0] instanceof String
              ? (String) indy.bsmArgs[0] : null;
          for (int i = 1; i < indy.bsmArgs.length; i++) {
            constants.add(indy.bsmArgs[i]);
          }
        } else if (bootstrap.getName().equals("makeConcat")) {
          recipe = String.valueOf(TAG_ARGUMENT).repeat(Type.getArgumentTypes(indy.desc).length);
        } else {
          continue;
        }
        String helperName = SyntheticNames.uniqueMethodName(node, "jeyra$concat$" + counter++);
        String problem = problem(indy.desc, recipe, constants);
        helpers.add(problem == null ? helper(helperName, indy.desc, recipe, constants)
            : BootstrapErrors.thrower(helperName, indy.desc, "StringConcatFactory: " + problem));
        MethodInsnNode call = new MethodInsnNode(Opcodes.INVOKESTATIC, node.name, helperName,
            indy.desc, (node.access & Opcodes.ACC_INTERFACE) != 0);
        method.instructions.set(indy, call);
        insn = call;
      }
    }
    node.methods.addAll(helpers);
  }

  /**
   * Why {@code StringConcatFactory} would refuse a call site, or null if it would not: JDK 17's
   * checks, of the recipe against the arguments and constants, of the result type (String or
   * a type String is assignable to) and of the argument slots.
   */
  private static String problem(String descriptor, String recipe, List<Object> constants) {
    if (recipe == null) {
      return "the concatenation has no recipe string";
    }
    long arguments = recipe.chars().filter(c -> c == TAG_ARGUMENT).count();
    long constantTags = recipe.chars().filter(c -> c == TAG_CONSTANT).count();
    if (arguments != Type.getArgumentTypes(descriptor).length) {
      return "the concatenation's recipe takes " + arguments + " arguments, the call site passes "
          + Type.getArgumentTypes(descriptor).length;
    }
    if (constantTags != constants.size()) {
      return "the concatenation's recipe takes " + constantTags + " constants, the call site has "
          + constants.size();
    }
    if (!STRING_AND_SUPERTYPES.contains(Type.getReturnType(descriptor).getDescriptor())) {
      return "the concatenation's result type is not String or a supertype: " + descriptor;
    }
    int slots = (Type.getArgumentsAndReturnSizes(descriptor) >> 2) - 1;
    if (slots > MAX_ARGUMENT_SLOTS) {
      return "the concatenation takes " + slots + " argument slots, more than "
          + MAX_ARGUMENT_SLOTS;
    }
    return null;
  }

  private static MethodNode helper(String name, String descriptor, String recipe,
      List<Object> constants) {
    MethodNode helper = new MethodNode(
        Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name, descriptor,
        null, null);
    InsnList code = helper.instructions;
    code.add(new TypeInsnNode(Opcodes.NEW, BUILDER));
    code.add(new InsnNode(Opcodes.DUP));
    code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, BUILDER, "<init>", "()V", false));
    Type[] arguments = Type.getArgumentTypes(descriptor);
    int nextArgument = 0;
    int nextSlot = 0;
    int nextConstant = 0;
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < recipe.length(); i++) {
      char c = recipe.charAt(i);
      if (c == TAG_ARGUMENT) {
        appendLiteral(code, literal);
        Type argument = arguments[nextArgument++];
        code.add(new VarInsnNode(argument.getOpcode(Opcodes.ILOAD), nextSlot));
        nextSlot += argument.getSize();
        appendValue(code, argument);
      } else if (c == TAG_CONSTANT) {
        appendLiteral(code, literal);
        Object constant = constants.get(nextConstant++);
        code.add(new LdcInsnNode(constant));
        appendValue(code, constantType(constant));
      } else {
        literal.append(c);
      }
    }
    appendLiteral(code, literal);
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, BUILDER, "toString",
        "()Ljava/lang/String;", false));
    code.add(new InsnNode(Opcodes.ARETURN));
    helper.maxLocals = nextSlot;
    helper.maxStack = 6;
    return helper;
  }

  private static Type constantType(Object constant) {
    if (constant instanceof Integer) {
      return Type.INT_TYPE;
    } else if (constant instanceof Long) {
      return Type.LONG_TYPE;
    } else if (constant instanceof Float) {
      return Type.FLOAT_TYPE;
    } else if (constant instanceof Double) {
      return Type.DOUBLE_TYPE;
    } else if (constant instanceof String) {
      return Type.getType(String.class);
    }
    return Type.getType(Object.class);
  }

  private static void appendLiteral(InsnList code, StringBuilder literal) {
    if (literal.length() == 0) {
      return;
    }
    code.add(new LdcInsnNode(literal.toString()));
    appendValue(code, Type.getType(String.class));
    literal.setLength(0);
  }

  private static void appendValue(InsnList code, Type type) {
    String parameter;
    switch (type.getSort()) {
      case Type.BOOLEAN:
        parameter = "Z";
        break;
      case Type.CHAR:
        parameter = "C";
        break;
      case Type.BYTE:
      case Type.SHORT:
      case Type.INT:
        parameter = "I";
        break;
      case Type.LONG:
        parameter = "J";
        break;
      case Type.FLOAT:
        parameter = "F";
        break;
      case Type.DOUBLE:
        parameter = "D";
        break;
      default:
        if (!type.getDescriptor().equals("Ljava/lang/String;")) {
          code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/StringConcatHelper",
              "stringOf", "(Ljava/lang/Object;)Ljava/lang/String;", false));
        }
        parameter = "Ljava/lang/String;";
    }
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, BUILDER, "append",
        "(" + parameter + ")L" + BUILDER + ";", false));
  }
}
