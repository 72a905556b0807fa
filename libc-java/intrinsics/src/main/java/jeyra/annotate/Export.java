package jeyra.annotate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports a static method as a global C symbol with the target's C calling convention.
 *
 * <p>The method's parameter and result types must be primitives or {@code Word}. An exported
 * method is a root of reachability. Callers are C code or assembly that do not look at
 * Java's pending exception, so an exported method either is {@link Bare} or catches every
 * {@code Throwable} itself.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
  /** The symbol name, e.g. {@code "memcpy"}. */
  String value();
}
