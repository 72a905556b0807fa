package jeyra.compiler.substitute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.load.ClassFileParser;
import jeyra.compiler.load.ClassSource;
import jeyra.compiler.model.ClassTransformer;
import jeyra.compiler.model.Origin;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Applies the runtime modules' substitutions to JDK classes as they load.
 *
 * <p>Construction reads every runtime class, finds the {@code @TargetClass} ones, renames
 * {@code Target_} types to their targets everywhere, and keeps the members to merge. The
 * runtime classes themselves are then served, renamed, by {@link #runtimeSource()}.
 */
public final class SubstitutionProcessor implements ClassTransformer {
  /** The substitution classes aimed at one target class. */
  private static final class TargetPlan {
    final String target;
    final List<String> substitutionClasses = new ArrayList<>();
    final List<MethodNode> substitutes = new ArrayList<>();
    final List<MethodNode> aliases = new ArrayList<>();
    final List<MethodNode> injectedMethods = new ArrayList<>();
    final List<FieldNode> aliasFields = new ArrayList<>();
    final List<FieldNode> injectedFields = new ArrayList<>();

    TargetPlan(String target) {
      this.target = target;
    }

    String from() {
      return String.join(", ", substitutionClasses).replace('/', '.');
    }
  }

  private final Map<String, TargetPlan> plans = new LinkedHashMap<>();
  private final Map<String, byte[]> runtimeClasses = new HashMap<>();
  private final List<String> runtimeClassNames = new ArrayList<>();

  /**
   * Reads the runtime modules.
   *
   * @param sources the runtime modules' class sources
   * @throws CompileError if a substitution class is malformed
   */
  public SubstitutionProcessor(List<ClassSource> sources) {
    Map<String, ClassNode> parsed = new LinkedHashMap<>();
    Map<String, String> renames = new HashMap<>();
    try {
      for (ClassSource source : sources) {
        for (String name : source.listClasses()) {
          if (name.equals("module-info") || name.endsWith("/package-info")) {
            continue;
          }
          ClassNode node = ClassFileParser.parse(source.read(name),
              name + ".class in " + source.describe(), name);
          parsed.put(name, node);
          String target = targetOf(node);
          if (target != null) {
            renames.put(name, target);
          }
        }
      }
    } catch (IOException e) {
      throw new CompileError("cannot read jeyra's runtime modules: " + e, e);
    }
    CheckedResults.check(parsed);
    SimpleRemapper remapper = new SimpleRemapper(renames);
    for (Map.Entry<String, ClassNode> entry : parsed.entrySet()) {
      ClassNode renamed = new ClassNode();
      entry.getValue().accept(new ClassRemapper(renamed, remapper));
      String target = renames.get(entry.getKey());
      if (target == null) {
        ClassWriter writer = new ClassWriter(0);
        renamed.accept(writer);
        runtimeClasses.put(renamed.name, writer.toByteArray());
        runtimeClassNames.add(renamed.name);
      } else {
        collect(entry.getKey(), target, renamed);
      }
    }
  }

  private static String targetOf(ClassNode node) {
    AnnotationNode annotation = Annotations.find(node.invisibleAnnotations,
        Annotations.TARGET_CLASS);
    if (annotation == null) {
      return null;
    }
    String byType = Annotations.typeValue(annotation, "value");
    Object byName = Annotations.value(annotation, "className");
    if (byType != null && !byType.equals("jeyra/annotate/TargetClass")) {
      return byType;
    }
    if (byName instanceof String && !((String) byName).isEmpty()) {
      return ((String) byName).replace('.', '/');
    }
    throw new CompileError("substitution class " + node.name.replace('/', '.')
        + " has @TargetClass without a target");
  }

  private void collect(String substitutionClass, String target, ClassNode node) {
    TargetPlan plan = plans.computeIfAbsent(target, TargetPlan::new);
    plan.substitutionClasses.add(substitutionClass);
    String where = substitutionClass.replace('/', '.');
    for (MethodNode method : node.methods) {
      AnnotationNode element = Annotations.find(method.invisibleAnnotations,
          Annotations.TARGET_ELEMENT);
      if (element != null) {
        method.name = (String) Annotations.value(element, "name");
      }
      if (Annotations.has(method.invisibleAnnotations, Annotations.SUBSTITUTE)) {
        plan.substitutes.add(method);
      } else if (Annotations.has(method.invisibleAnnotations, Annotations.ALIAS)) {
        plan.aliases.add(method);
      } else if (Annotations.has(method.invisibleAnnotations, Annotations.INJECT)) {
        plan.injectedMethods.add(method);
      } else if (method.name.equals("<init>")) {
        continue; // the substitution class's own constructor: never runs
      } else {
        throw new CompileError("substitution class " + where + " declares " + method.name
            + method.desc + " without @Substitute, @Alias or @Inject; put helpers in a Util_ class");
      }
    }
    for (FieldNode field : node.fields) {
      if (Annotations.has(field.invisibleAnnotations, Annotations.ALIAS)) {
        plan.aliasFields.add(field);
      } else if (Annotations.has(field.invisibleAnnotations, Annotations.INJECT)) {
        plan.injectedFields.add(field);
      } else {
        throw new CompileError("substitution class " + where + " declares field " + field.name
            + " without @Alias or @Inject");
      }
    }
  }

  /** The internal names of every class that has substitutions. */
  public List<String> targets() {
    return new ArrayList<>(plans.keySet());
  }

  /** The runtime modules' own classes, renamed, as a class source. */
  public ClassSource runtimeSource() {
    return new ClassSource() {
      @Override
      public byte[] read(String internalName) {
        return runtimeClasses.get(internalName);
      }

      @Override
      public List<String> listClasses() {
        return List.copyOf(runtimeClassNames);
      }

      @Override
      public String describe() {
        return "jeyra's runtime modules";
      }
    };
  }

  @Override
  public void transform(ClassNode node, Origin origin) {
    TargetPlan plan = plans.get(node.name);
    if (plan == null) {
      return;
    }
    for (MethodNode substitute : plan.substitutes) {
      MethodNode original = findMethod(node, substitute.name, substitute.desc);
      if (original == null) {
        throw mismatch(plan, "@Substitute " + substitute.name + substitute.desc,
            "the target has no such method");
      }
      if (isStatic(original.access) != isStatic(substitute.access)) {
        throw mismatch(plan, "@Substitute " + substitute.name + substitute.desc,
            "the target's method is " + (isStatic(original.access) ? "" : "not ") + "static");
      }
      original.instructions = substitute.instructions;
      original.tryCatchBlocks = substitute.tryCatchBlocks;
      original.maxLocals = substitute.maxLocals;
      original.maxStack = substitute.maxStack;
      original.localVariables = substitute.localVariables;
      int keep = original.access & ~(Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT
          | Opcodes.ACC_SYNCHRONIZED);
      original.access = keep | (substitute.access & Opcodes.ACC_SYNCHRONIZED);
      original.invisibleAnnotations = substitute.invisibleAnnotations;
    }
    for (MethodNode alias : plan.aliases) {
      MethodNode original = findMethod(node, alias.name, alias.desc);
      if (original == null) {
        throw mismatch(plan, "@Alias " + alias.name + alias.desc, "the target has no such method");
      }
      if (isStatic(original.access) != isStatic(alias.access)) {
        throw mismatch(plan, "@Alias " + alias.name + alias.desc,
            "the target's method is " + (isStatic(original.access) ? "" : "not ") + "static");
      }
    }
    for (MethodNode injected : plan.injectedMethods) {
      if (findMethod(node, injected.name, injected.desc) != null) {
        throw mismatch(plan, "@Inject " + injected.name + injected.desc,
            "the target already declares it");
      }
      node.methods.add(injected);
    }
    for (FieldNode alias : plan.aliasFields) {
      FieldNode original = findField(node, alias.name);
      if (original == null || !original.desc.equals(alias.desc)) {
        throw mismatch(plan, "@Alias field " + alias.name + " " + alias.desc,
            original == null ? "the target has no such field"
                : "the target's field has type " + original.desc);
      }
      if (isStatic(original.access) != isStatic(alias.access)) {
        throw mismatch(plan, "@Alias field " + alias.name, "static-ness differs");
      }
      if (alias.value != null && !alias.value.equals(original.value)) {
        // javac inlined the alias's constant into runtime code: it must be the JDK's value.
        throw mismatch(plan, "@Alias field " + alias.name, "its constant is " + original.value
            + " in the JDK, " + alias.value + " in the alias");
      }
    }
    for (FieldNode injected : plan.injectedFields) {
      if (findField(node, injected.name) != null) {
        throw mismatch(plan, "@Inject field " + injected.name, "the target already declares it");
      }
      injected.value = null;
      node.fields.add(injected);
    }
  }

  private static CompileError mismatch(TargetPlan plan, String member, String problem) {
    return new CompileError("substitution " + plan.from() + " for "
        + plan.target.replace('/', '.') + ": " + member + " does not match: " + problem
        + " (has the JDK changed?)");
  }

  private static boolean isStatic(int access) {
    return (access & Opcodes.ACC_STATIC) != 0;
  }

  private static MethodNode findMethod(ClassNode node, String name, String descriptor) {
    for (MethodNode method : node.methods) {
      if (method.name.equals(name) && method.desc.equals(descriptor)) {
        return method;
      }
    }
    return null;
  }

  private static FieldNode findField(ClassNode node, String name) {
    for (FieldNode field : node.fields) {
      if (field.name.equals(name)) {
        return field;
      }
    }
    return null;
  }
}
