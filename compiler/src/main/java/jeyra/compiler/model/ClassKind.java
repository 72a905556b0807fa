package jeyra.compiler.model;

/** What sort of type a {@link ClassInfo} describes. */
public enum ClassKind {
  /** An ordinary class, abstract or not (enums and records included). */
  CLASS,
  /** An interface (annotation types included). */
  INTERFACE,
  /** An array type, made by the compiler. */
  ARRAY,
  /** One of the nine primitive types ({@code void} included), for {@code int.class}. */
  PRIMITIVE
}
