package jeyra.compiler;

import java.util.List;
import java.util.function.Function;
import jeyra.arch.Target;
import jeyra.compiler.load.ClassFileParser;
import jeyra.compiler.load.ClassPath;
import jeyra.compiler.load.ClassSource;
import jeyra.compiler.load.JdkImage;
import jeyra.compiler.load.RuntimeModules;
import jeyra.compiler.lower.FieldOffsetLowering;
import jeyra.compiler.lower.JdkConfigurationLowering;
import jeyra.compiler.lower.LambdaLowering;
import jeyra.compiler.lower.RecordMethodsLowering;
import jeyra.compiler.lower.StringConcatLowering;
import jeyra.compiler.lower.SyntheticClasses;
import jeyra.compiler.lower.TargetConstantsLowering;
import jeyra.compiler.lower.VarHandleLowering;
import jeyra.compiler.model.Origin;
import jeyra.compiler.model.Universe;
import jeyra.compiler.substitute.SubstitutionProcessor;
import org.objectweb.asm.tree.ClassNode;

/**
 * The first stages of a build: the class path (the JDK, jeyra's runtime modules, the
 * program) and the closed world over it, with every transformation that runs as a class
 * loads: the program's classes are verified ({@code ClassVerifier}), the JDK's substituted,
 * and all of them lowered. Reading jeyra's runtime modules is most of the work and does not
 * depend on the program, so one front end serves any number of worlds.
 */
public final class FrontEnd {
  private final JdkImage jdk;
  private final Target target;
  private final SubstitutionProcessor substitutions;

  /**
   * Reads jeyra's runtime modules and their substitutions.
   *
   * @param jdk the class library
   * @param target the target, whose constants some lowerings put in the JDK's code
   */
  public FrontEnd(JdkImage jdk, Target target) {
    this.jdk = jdk;
    this.target = target;
    this.substitutions = new SubstitutionProcessor(RuntimeModules.find());
  }

  /**
   * A closed world: the JDK, jeyra's runtime, the program's sources, and the classes
   * lowering makes. Classes load on first use.
   *
   * @param program where the program's classes come from, in class-path order
   */
  public Universe universe(List<ClassSource> program) {
    ClassPath classPath = new ClassPath(jdk);
    classPath.add(substitutions.runtimeSource(), Origin.RUNTIME);
    for (ClassSource source : program) {
      classPath.add(source, Origin.USER);
    }
    SyntheticClasses synthetic = new SyntheticClasses();
    classPath.add(synthetic, Origin.SYNTHETIC);
    Universe universe = new Universe(classPath);
    universe.addTransformer(substitutions);
    universe.addTransformer(new StringConcatLowering());
    universe.addTransformer(new LambdaLowering(synthetic));
    universe.addTransformer(new RecordMethodsLowering());
    Function<String, ClassNode> untransformed = name -> {
      ClassPath.Found found = classPath.find(name);
      return found == null ? null : ClassFileParser.parse(found.bytes(), name, name);
    };
    universe.addTransformer(new VarHandleLowering(untransformed));
    universe.addTransformer(new TargetConstantsLowering(target, untransformed));
    universe.addTransformer(new FieldOffsetLowering());
    universe.addTransformer(new JdkConfigurationLowering(jdk.home()));
    return universe;
  }

  /** jeyra's runtime modules, renamed, as the class path serves them. */
  public ClassSource runtimeSource() {
    return substitutions.runtimeSource();
  }

  /**
   * Loads every class jeyra substitutes, which checks each substitution against this JDK: a
   * member that moved is a build error, not a skipped substitution.
   */
  public void checkSubstitutions(Universe universe) {
    for (String name : substitutions.targets()) {
      universe.require(name);
    }
  }
}
