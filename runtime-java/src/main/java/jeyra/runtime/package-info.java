/**
 * runtime-java: what a JVM does besides running bytecode, written in Java and compiled with
 * the program.
 *
 * <p>The compiler calls these classes directly: allocation
 * ({@link jeyra.runtime.heap.Allocator}), implicit exceptions
 * ({@link jeyra.runtime.ImplicitExceptions}), type checks
 * ({@link jeyra.runtime.hub.TypeChecks}), monitors ({@link jeyra.runtime.Monitors}) and class
 * initialisation ({@link jeyra.runtime.ClassInitialization}); their names and descriptors are
 * a contract with {@code jeyra.compiler.reach.RuntimeSupport}.
 * {@link jeyra.runtime.RuntimeMain} starts Java once origin-java has started the process. The
 * {@code jdk} package holds the substitutions that replace the JDK's native and VM-coupled
 * code.
 *
 * <p>The packages are layered, with no cycle among them: {@code hub} (the VM part of
 * {@code Class} objects) and {@code sync} at the bottom, then {@code heap}, {@code access}
 * (the runtime's way into private JDK members), this package and {@code stack}, and the
 * substitutions in {@code jdk} on top. {@code PackageLayersTest} checks it.
 *
 * <p>Frames of the runtime's methods are hidden from stack traces, as a JVM's are.
 */
package jeyra.runtime;
