package jeyra.compiler.lower;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jeyra.arch.Target;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.ClassTransformer;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Puts the target's values of C constants into the JDK classes that were generated with the
 * build machine's.
 *
 * <p>{@code sun.nio.fs.UnixConstants} is generated from the C headers of the platform the
 * JDK was built for, and javac copies its {@code static final} values into the code that
 * uses them, leaving no reference behind. Two of them differ among jeyra's targets: arm64
 * moves {@code O_NOFOLLOW} and {@code O_DIRECT}. So the places that use them are listed
 * here, each with the constant it uses: the class library's own value (read from its
 * {@code UnixConstants}) is replaced by the target's (from arch-backends). A listed place
 * that does not hold that value exactly once is a build error, so a JDK update that moves
 * the code cannot silently leave the build machine's value in place. The other constants
 * (errno values, {@code S_IF*} mode bits, {@code AT_*} flags) are the same on every target.
 */
public final class TargetConstantsLowering implements ClassTransformer {
  private static final String UNIX_CONSTANTS = "sun/nio/fs/UnixConstants";

  /** A method of the JDK that uses a constant of {@code UnixConstants}. */
  record Site(String owner, String method, String constant) {}

  /** Every use, in JDK 17, of a {@code UnixConstants} value that differs among targets. */
  static final List<Site> SITES = List.of(
      new Site("sun/nio/fs/UnixChannelFactory", "open", "O_NOFOLLOW"),
      new Site("sun/nio/fs/UnixChannelFactory", "open", "O_DIRECT"),
      new Site("sun/nio/fs/UnixPath", "openForAttributeAccess", "O_NOFOLLOW"),
      new Site("sun/nio/fs/UnixSecureDirectoryStream", "newDirectoryStream", "O_NOFOLLOW"),
      new Site("sun/nio/fs/UnixSecureDirectoryStream$BasicFileAttributeViewImpl", "open",
          "O_NOFOLLOW"));

  private final Target target;
  private final Function<String, ClassNode> classes;
  private Map<String, Integer> libraryValues;

  /**
   * @param target whose values to put in
   * @param classes the untransformed class file of a class by internal name, or null
   */
  public TargetConstantsLowering(Target target, Function<String, ClassNode> classes) {
    this.target = target;
    this.classes = classes;
  }

  @Override
  public void transform(ClassNode node, Origin origin) {
    if (origin != Origin.JDK) {
      return;
    }
    if (node.name.equals(UNIX_CONSTANTS)) {
      for (FieldNode field : node.fields) {
        if (field.value instanceof Integer && needsTargetValue(field.name)) {
          field.value = targetValue(field.name);
        }
      }
      return;
    }
    for (Site site : SITES) {
      if (site.owner().equals(node.name)) {
        rewrite(node, site);
      }
    }
  }

  private boolean needsTargetValue(String constant) {
    for (Site site : SITES) {
      if (site.constant().equals(constant)) {
        return true;
      }
    }
    return false;
  }

  private void rewrite(ClassNode node, Site site) {
    int libraryValue = libraryValue(site.constant());
    int value = targetValue(site.constant());
    int found = 0;
    for (MethodNode method : node.methods) {
      if (!method.name.equals(site.method()) || method.instructions == null) {
        continue;
      }
      for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null;
          insn = insn.getNext()) {
        Integer pushed = intConstant(insn);
        if (pushed != null && pushed == libraryValue) {
          found++;
          LdcInsnNode replacement = new LdcInsnNode(value);
          method.instructions.set(insn, replacement);
          insn = replacement;
        }
      }
    }
    if (found != 1) {
      throw new CompileError("the class library's " + node.name.replace('/', '.') + "."
          + site.method() + " uses the value of UnixConstants." + site.constant() + " ("
          + libraryValue + ") " + found + " times, not once as in JDK 17: jeyra cannot put "
          + target.name() + "'s value there (update TargetConstantsLowering.SITES)");
    }
  }

  /** The constant an instruction pushes, or null if it pushes no int constant. */
  private static Integer intConstant(AbstractInsnNode insn) {
    if (insn instanceof LdcInsnNode && ((LdcInsnNode) insn).cst instanceof Integer) {
      return (Integer) ((LdcInsnNode) insn).cst;
    }
    if (insn instanceof IntInsnNode && insn.getOpcode() != Opcodes.NEWARRAY) {
      return ((IntInsnNode) insn).operand;
    }
    return null;
  }

  private int targetValue(String constant) {
    return target.constant(constant).orElseThrow(() -> new IllegalStateException(
        "arch-backends has no " + constant + " for " + target.name()));
  }

  /** The value the class library was generated with. */
  private int libraryValue(String constant) {
    if (libraryValues == null) {
      libraryValues = new HashMap<>();
      ClassNode constants = classes == null ? null : classes.apply(UNIX_CONSTANTS);
      if (constants == null) {
        throw new CompileError("the class library has no " + UNIX_CONSTANTS.replace('/', '.')
            + ", which a Linux JDK 17 has");
      }
      for (FieldNode field : constants.fields) {
        if (field.value instanceof Integer) {
          libraryValues.put(field.name, (Integer) field.value);
        }
      }
    }
    Integer value = libraryValues.get(constant);
    if (value == null) {
      throw new CompileError("the class library's " + UNIX_CONSTANTS.replace('/', '.')
          + " has no " + constant + ", which JDK 17's has");
    }
    return value;
  }
}
