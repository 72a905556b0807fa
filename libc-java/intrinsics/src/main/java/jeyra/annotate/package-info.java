/**
 * Annotations the compiler reads on jeyra's own Java code: C linkage ({@link
 * jeyra.annotate.Export}, {@link jeyra.annotate.Import}), code that runs without the Java
 * runtime ({@link jeyra.annotate.Bare}), and substitutions of JDK classes ({@link
 * jeyra.annotate.TargetClass}, {@link jeyra.annotate.Substitute}, {@link
 * jeyra.annotate.Alias}, {@link jeyra.annotate.Inject}), in the style of SubstrateVM's.
 *
 * <p>All are kept in class files (retention {@code CLASS}); none is read by reflection.
 */
package jeyra.annotate;
