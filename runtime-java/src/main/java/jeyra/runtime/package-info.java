/**
 * runtime-java: what a JVM does besides running bytecode, written in Java and compiled with
 * the program.
 *
 * <p>The compiler calls the classes of this package directly: allocation
 * ({@link jeyra.runtime.heap.Allocator}), implicit exceptions
 * ({@link jeyra.runtime.ImplicitExceptions}), type checks ({@link jeyra.runtime.TypeChecks}),
 * monitors ({@link jeyra.runtime.Monitors}) and class initialisation
 * ({@link jeyra.runtime.ClassInitialization}); their names and descriptors are a contract
 * with {@code jeyra.compiler.reach.RuntimeSupport}. {@link jeyra.runtime.RuntimeMain} starts
 * Java once origin-java has started the process. The {@code jdk} package holds the
 * substitutions that replace the JDK's native and VM-coupled code.
 *
 * <p>Frames of this package's methods are hidden from stack traces, as a JVM's are.
 */
package jeyra.runtime;
