package jeyra.annotate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose members substitute, alias or add members of a JDK class.
 *
 * <p>Everywhere in jeyra's runtime code the annotated class's name stands for the target
 * class (the compiler renames it), so code can call the target's private members through
 * {@link Alias}es. The annotated class itself never exists at run time. Name it
 * {@code Target_} plus the target's name with dots as underscores.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TargetClass {
  /** The target class, when it is accessible; otherwise use {@link #className}. */
  Class<?> value() default TargetClass.class;

  /** The binary name of the target class ({@code "java.lang.Thread$State"}). */
  String className() default "";
}
