/**
 * libc-java's C ABI layer (c-scape's place in Eyra): standard libc symbols exported with the
 * C calling convention, for the calls LLVM itself emits ({@code memcpy} for block copies,
 * {@code fmod} for floating-point remainders) and, later, for C objects linked in.
 *
 * <p>Direction: this layer wraps libc-java's Java API and origin-java; Java code calls those
 * directly, never these symbols. Every export is {@code @Bare} (C callers know nothing of Java
 * exceptions) and is compiled with LLVM's builtins off, so that a copy loop in
 * {@code memcpy} is not turned back into a call to {@code memcpy}.
 */
package jeyra.libc.cabi;
