package jeyra.annotate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replaces the target class's method of the same name and descriptor (after renaming
 * {@code Target_} classes) by this one's body.
 *
 * <p>The target must declare the method, with the same static-ness; otherwise the build
 * fails, so a JDK update that changes the method cannot go unnoticed. The javadoc of a
 * substitution says what it replaces, why, and how its behaviour differs from the JVM's.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Substitute {}
