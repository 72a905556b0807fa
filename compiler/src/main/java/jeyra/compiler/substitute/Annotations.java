package jeyra.compiler.substitute;

import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;

/** Reads class-retention annotations from ASM trees. */
public final class Annotations {
  private Annotations() {}

  public static final String TARGET_CLASS = "Ljeyra/annotate/TargetClass;";
  public static final String SUBSTITUTE = "Ljeyra/annotate/Substitute;";
  public static final String ALIAS = "Ljeyra/annotate/Alias;";
  public static final String INJECT = "Ljeyra/annotate/Inject;";
  public static final String TARGET_ELEMENT = "Ljeyra/annotate/TargetElement;";
  public static final String EXPORT = "Ljeyra/annotate/Export;";
  public static final String IMPORT = "Ljeyra/annotate/Import;";
  public static final String BARE = "Ljeyra/annotate/Bare;";
  public static final String INSTANTIABLE = "Ljeyra/annotate/Instantiable;";
  public static final String CHECK_RESULT = "Ljeyra/annotate/CheckResult;";

  /** The annotation of this type in the list, or null. */
  public static AnnotationNode find(List<AnnotationNode> annotations, String descriptor) {
    if (annotations == null) {
      return null;
    }
    for (AnnotationNode annotation : annotations) {
      if (annotation.desc.equals(descriptor)) {
        return annotation;
      }
    }
    return null;
  }

  /** Whether the list holds an annotation of this type. */
  public static boolean has(List<AnnotationNode> annotations, String descriptor) {
    return find(annotations, descriptor) != null;
  }

  /** The value of an annotation element, or null when it is left at its default. */
  public static Object value(AnnotationNode annotation, String element) {
    if (annotation == null || annotation.values == null) {
      return null;
    }
    for (int i = 0; i + 1 < annotation.values.size(); i += 2) {
      if (annotation.values.get(i).equals(element)) {
        return annotation.values.get(i + 1);
      }
    }
    return null;
  }

  /** The string element {@code value} of an annotation such as {@code @Export("memcpy")}. */
  public static String stringValue(AnnotationNode annotation) {
    Object value = value(annotation, "value");
    return value instanceof String ? (String) value : null;
  }

  /** The class element {@code value}, as an internal name, or null. */
  public static String typeValue(AnnotationNode annotation, String element) {
    Object value = value(annotation, element);
    return value instanceof Type ? ((Type) value).getInternalName() : null;
  }
}
