package jeyra.compiler.reach;

import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;

/**
 * What build-time class initialisation leaves, as the analysis needs it: which classes start
 * initialised, and what their static state refers to. A class initialised while building is
 * not a root (its initialiser never runs); the objects its state holds are, to a fixed point.
 */
public interface ImageState {
  /**
   * Whether a class starts initialised: its initialiser ran while building (trying it now if
   * no attempt was made), and every class it needed too.
   */
  boolean initializeWhileBuilding(ClassInfo type);

  /**
   * The value of a {@code static final} field of primitive type whose class is initialised
   * while building (trying it now if no attempt was made): an {@code Integer} for {@code int}
   * and the narrower types, a {@code Long}, {@code Float} or {@code Double}; null if the class
   * is initialised at run time or the field is not such a field. Only the class initialiser
   * writes such a field (JVMS 6.5 {@code putstatic}), and it never runs again.
   */
  Object finalStaticValue(FieldInfo field);

  /** Reports each reference the class's static state holds, directly or through objects. */
  void references(ClassInfo type, ReferenceSink sink);

  /** Where {@link #references} reports. */
  interface ReferenceSink {
    /** A static field holds a value of this exact type. */
    void staticField(FieldInfo field, ClassInfo valueType);

    /** An image object's field holds a value of this exact type. */
    void instanceField(FieldInfo field, ClassInfo valueType);

    /** An image array of this type holds an element of this exact type. */
    void element(ClassInfo arrayType, ClassInfo elementType);

    /** An object of this type is in the image. */
    void instantiated(ClassInfo type);

    /** The {@code Class} object of this type is in the image. */
    void classObject(ClassInfo type);
  }
}
