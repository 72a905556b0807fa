/**
 * Build-time class initialisation: an interpreter over jeyra's own class model (the
 * substituted, lowered classes the build compiles, with {@code TargetInfo} answered for the
 * target) runs class initialisers during the build, and a class whose initialiser provably
 * cannot tell the build from the run keeps its resulting state.
 *
 * <p>The rule for what is safe, after GraalVM's simulation of class initialisers: a class
 * initialiser (and everything it calls) may allocate, read and write the objects it allocated
 * and its own class's static fields, and may read state that can never change (final fields,
 * the final static fields of classes already initialised this way, the contents of strings).
 * Anything else ends the attempt and the class is initialised at run time: a native method
 * the interpreter does not model, a system call or any other intrinsic, a read of mutable
 * state another class owns, a write to it, an exception, or more work than a budget allows.
 * The state such an initialiser leaves is then the same whenever it runs, so running it
 * before the program starts cannot be observed.
 */
package jeyra.compiler.init;
