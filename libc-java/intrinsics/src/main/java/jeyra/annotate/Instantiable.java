package jeyra.annotate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names classes that {@code jeyra.intrinsics.Linkage.newInstance} may create, through their
 * public no-argument constructors: the closed world's stand-in for JDK code that finds a
 * class by name and instantiates it reflectively (resource bundles, for one). Put it on any
 * class of the runtime; classes missing from the class library are skipped.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Instantiable {
  /** Binary names of the classes. */
  String[] value();
}
