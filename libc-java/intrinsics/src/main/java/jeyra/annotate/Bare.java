package jeyra.annotate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compiles a method without the Java runtime: no pending-exception checks after calls, no
 * class-initialisation checks, no safepoint polls.
 *
 * <p>For code that runs before the runtime exists (program entry before the thread pointer
 * is set) or that C calls ({@code memcpy}). The compiler enforces what that requires: a bare
 * method calls only bare methods and intrinsics, reads only static fields that need no class
 * initialisation, and contains no allocation, {@code throw}, monitor, or instruction that can
 * throw implicitly (field access through a reference, array access, division by a
 * non-constant, type checks). Each violation is a build error naming the instruction.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Bare {
  /** Why the method must be bare. */
  String value();
}
