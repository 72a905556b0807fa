/**
 * Analyses of one method's bytecode, built on ASM's {@code tree.analysis} frames and
 * interpreters, for code generation: today the operand-stack sources behind HotSpot's helpful
 * NullPointerException messages ({@link jeyra.compiler.analysis.NullPointerMessages}).
 */
package jeyra.compiler.analysis;
