package jeyra.annotate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the target member of an {@link Alias} or {@link Substitute} when Java does not let
 * the substitution use the same name (overriding a final method such as
 * {@code Object.getClass}).
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface TargetElement {
  /** The target member's name. */
  String name();
}
