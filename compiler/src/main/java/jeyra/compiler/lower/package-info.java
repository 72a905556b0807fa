/**
 * Build-time lowering of what a JVM links dynamically: {@code invokedynamic} call sites become
 * ordinary bytecode before reachability runs, so every later stage sees plain calls.
 *
 * <p>Helpers made here are named {@code jeyra$...}; stack traces hide their frames, as the JVM
 * hides its lambda forms.
 */
package jeyra.compiler.lower;
