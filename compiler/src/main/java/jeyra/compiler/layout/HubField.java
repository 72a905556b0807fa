package jeyra.compiler.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;

/**
 * The fields of {@code java.lang.Class} that the compiler and the runtime share. Every hub
 * is a {@code Class} object the compiler writes into the image, and compiled code reads some
 * of its fields directly (type checks, class initialisation); the runtime reads the same
 * fields as Java fields. The {@code jeyra*} ones are injected by the runtime's hub package
 * ({@code @Inject} in {@code jeyra.runtime.hub.Target_java_lang_Class}); the others are the
 * JDK's own.
 *
 * <p>This is the only place the compiler names them. {@link #resolveAll} checks, once at the
 * start of each build, that {@code Class} declares every one with this type, and that the
 * runtime injects no hub field the compiler does not know: a rename on either side fails
 * the build at once instead of miscompiling.
 */
public enum HubField {
  /** The JDK's binary name of the class, which {@code getName()} returns. */
  NAME("name", "Ljava/lang/String;", false),
  /** The JDK's element type of an array class. */
  COMPONENT_TYPE("componentType", "Ljava/lang/Class;", false),
  /** The class's number in a depth-first walk of the class tree (arrays under Object). */
  TYPE_ID("jeyraTypeId", "I", true),
  /** The largest type id among the class's subclasses: a class test is a range test. */
  LAST_SUBTYPE_ID("jeyraLastSubtypeId", "I", true),
  /** An interface's bit in its implementors' {@link #INTERFACE_BITS}. */
  INTERFACE_INDEX("jeyraInterfaceIndex", "I", true),
  /** Bytes of an instance, header included (0 for arrays, interfaces, primitives). */
  INSTANCE_SIZE("jeyraInstanceSize", "I", true),
  /** {@code HubConstants.FLAG_*}: array, interface, primitive, abstract, ... */
  FLAGS("jeyraFlags", "I", true),
  /** The class file's access flags. */
  MODIFIERS("jeyraModifiers", "I", true),
  /** log2 of an array's element size. */
  ELEMENT_SHIFT("jeyraElementShift", "I", true),
  /**
   * The byte offsets of an instance's reference fields, its superclasses' included and
   * {@code Word} fields excluded, in increasing order: the collector's map of the object.
   */
  REFERENCE_OFFSETS("jeyraReferenceOffsets", "[I", true),
  /** {@code HubConstants.INIT_*}: where class initialisation stands (JVMS 5.5). */
  INIT_STATE("jeyraInitState", "I", true),
  /** The thread running the class's initialisation; the runtime's alone. */
  INIT_THREAD("jeyraInitThread", "Ljava/lang/Thread;", true),
  /** The address of the class's init function, for {@code Linkage.initialize}. */
  INIT_FUNCTION("jeyraInitFunction", "Ljeyra/intrinsics/Word;", true),
  /** {@code getSuperclass()}. */
  SUPERCLASS("jeyraSuperclass", "Ljava/lang/Class;", true),
  /** {@code getInterfaces()}: the direct superinterfaces. */
  INTERFACES("jeyraInterfaces", "[Ljava/lang/Class;", true),
  /** One bit per interface the class implements, indexed by {@link #INTERFACE_INDEX}. */
  INTERFACE_BITS("jeyraInterfaceBits", "[B", true),
  /** The class of arrays of this class, if the image has it. */
  ARRAY_CLASS("jeyraArrayClass", "Ljava/lang/Class;", true),
  /** The name of the class's module, or null. */
  MODULE_NAME("jeyraModuleName", "Ljava/lang/String;", true),
  /** From the InnerClasses attribute: the simple name of a member or local class. */
  SIMPLE_BINARY_NAME("jeyraSimpleBinaryName", "Ljava/lang/String;", true),
  /** From the InnerClasses attribute: the class a member class is declared in. */
  DECLARING_CLASS("jeyraDeclaringClass", "Ljava/lang/Class;", true),
  /** From the EnclosingMethod attribute: the class around a local or anonymous class. */
  ENCLOSING_CLASS("jeyraEnclosingClass", "Ljava/lang/Class;", true),
  /** From the EnclosingMethod attribute: the name of the method around it, or null. */
  ENCLOSING_METHOD_NAME("jeyraEnclosingMethodName", "Ljava/lang/String;", true),
  /** From the EnclosingMethod attribute: that method's descriptor, or null. */
  ENCLOSING_METHOD_DESCRIPTOR("jeyraEnclosingMethodDescriptor", "Ljava/lang/String;", true);

  /** The prefix of the fields the runtime injects into {@code Class}. */
  private static final String INJECTED_PREFIX = "jeyra";

  private final String fieldName;
  private final String descriptor;
  private final boolean injected;

  HubField(String fieldName, String descriptor, boolean injected) {
    this.fieldName = fieldName;
    this.descriptor = descriptor;
    this.injected = injected;
  }

  /** The field's name in {@code java.lang.Class}. */
  public String fieldName() {
    return fieldName;
  }

  /** The field's type descriptor. */
  public String descriptor() {
    return descriptor;
  }

  /**
   * Finds every hub field in {@code Class} as the runtime's substitutions left it.
   *
   * @param classClass {@code java.lang.Class}, substituted
   * @return the field of each entry
   * @throws CompileError naming every entry that is missing or of another type, and every
   *     injected field the registry lacks
   */
  public static Map<HubField, FieldInfo> resolveAll(ClassInfo classClass) {
    Map<HubField, FieldInfo> fields = new EnumMap<>(HubField.class);
    List<String> problems = new ArrayList<>();
    for (HubField hubField : values()) {
      FieldInfo field = classClass.field(hubField.fieldName, hubField.descriptor);
      if (field == null || field.isStatic()) {
        problems.add("java.lang.Class has no instance field " + hubField.fieldName + " "
            + hubField.descriptor + (hubField.injected
                ? " (jeyra's runtime injects it: jeyra.runtime.hub.Target_java_lang_Class)"
                : " (the JDK declares it)"));
      } else {
        fields.put(hubField, field);
      }
    }
    for (FieldInfo field : classClass.fields()) {
      if (field.name().startsWith(INJECTED_PREFIX) && !isRegistered(field)) {
        problems.add("jeyra's runtime injects java.lang.Class." + field.name() + " "
            + field.descriptor() + ", which the compiler's hub registry (HubField) lacks");
      }
    }
    if (!problems.isEmpty()) {
      throw new CompileError("the hub fields of jeyra's runtime and compiler disagree: "
          + String.join("; ", problems));
    }
    return fields;
  }

  private static boolean isRegistered(FieldInfo field) {
    for (HubField hubField : values()) {
      if (hubField.fieldName.equals(field.name())
          && hubField.descriptor.equals(field.descriptor())) {
        return true;
      }
    }
    return false;
  }
}
