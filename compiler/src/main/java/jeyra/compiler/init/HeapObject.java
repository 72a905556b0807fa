package jeyra.compiler.init;

import java.util.LinkedHashMap;
import java.util.Map;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import org.objectweb.asm.Type;

/**
 * An object the interpreter allocated (or a string literal): an instance with its field
 * values, or an array with its elements in a Java array of the element type ({@code byte[]}
 * for {@code boolean[]}, {@code Object[]} for references).
 *
 * <p>Values are {@code Integer} (for every type up to {@code int}), {@code Long},
 * {@code Float}, {@code Double}, {@code null}, {@link HeapObject} or {@link ClassRef}.
 */
public final class HeapObject {
  final ClassInfo type;
  /**
   * The class whose initialisation allocated this object, which alone may change it; null
   * for string literals, which belong to no initialisation.
   */
  final ClassInfo owner;
  private final Map<FieldInfo, Object> fields;
  /** The elements of an array, or null. */
  final Object elements;
  /** The text of a string literal ({@code ldc}), which the image interns; or null. */
  final String literal;
  /** Contents that never change once published (a string's bytes). */
  boolean immutable;
  /** The identity hash the build gave it, or 0. */
  int identityHash;

  private HeapObject(ClassInfo type, ClassInfo owner, Object elements, String literal) {
    this.type = type;
    this.owner = owner;
    this.fields = elements == null ? new LinkedHashMap<>() : null;
    this.elements = elements;
    this.literal = literal;
  }

  static HeapObject instance(ClassInfo type, ClassInfo owner) {
    return new HeapObject(type, owner, null, null);
  }

  static HeapObject array(ClassInfo type, ClassInfo owner, int length) {
    return new HeapObject(type, owner, newElements(type.componentType().descriptor(), length),
        null);
  }

  static HeapObject literal(ClassInfo stringType, String text) {
    return new HeapObject(stringType, null, null, text);
  }

  /** The object's exact type. */
  public ClassInfo type() {
    return type;
  }

  public boolean isArray() {
    return elements != null;
  }

  public int length() {
    return java.lang.reflect.Array.getLength(elements);
  }

  /** An array's element: a value as {@link #get} gives them ({@code char}s as Integer). */
  public Object element(int index) {
    Object element = java.lang.reflect.Array.get(elements, index);
    if (element instanceof Byte || element instanceof Short) {
      return ((Number) element).intValue();
    }
    if (element instanceof Character c) {
      return (int) c;
    }
    return element;
  }

  /** The text of a string literal, which the image interns; or null. */
  public String literal() {
    return literal;
  }

  /** The identity hash the build gave the object, or 0 if none was asked for. */
  public int identityHash() {
    return identityHash;
  }

  /** A field's value: Integer, Long, Float, Double, null, HeapObject or ClassRef. */
  public Object get(FieldInfo field) {
    Object value = fields.get(field);
    return value != null || fields.containsKey(field) ? value : defaultValue(field.type());
  }

  void put(FieldInfo field, Object value) {
    fields.put(field, value);
  }

  /** The fields given a value (the others hold their default value). */
  public Map<FieldInfo, Object> fields() {
    return fields;
  }

  /** The value a field or element of a type starts with. */
  static Object defaultValue(Type type) {
    switch (type.getSort()) {
      case Type.LONG:
        return 0L;
      case Type.FLOAT:
        return 0f;
      case Type.DOUBLE:
        return 0d;
      case Type.OBJECT:
      case Type.ARRAY:
        return null;
      default:
        return 0;
    }
  }

  private static Object newElements(String descriptor, int length) {
    switch (descriptor.charAt(0)) {
      case 'Z':
      case 'B':
        return new byte[length];
      case 'C':
        return new char[length];
      case 'S':
        return new short[length];
      case 'I':
        return new int[length];
      case 'J':
        return new long[length];
      case 'F':
        return new float[length];
      case 'D':
        return new double[length];
      default:
        return new Object[length];
    }
  }

  @Override
  public String toString() {
    return literal != null ? "\"" + literal + "\"" : type.binaryName() + "@"
        + Integer.toHexString(System.identityHashCode(this));
  }
}
