package jeyra.annotate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@code static native} method as a call to a C symbol defined elsewhere in the
 * program (usually by an {@link Export} in a higher layer, so that a lower layer can call up
 * without a Maven dependency cycle).
 *
 * <p>The call follows the C convention and does not look at the pending exception.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Import {
  /** The symbol name. */
  String value();
}
