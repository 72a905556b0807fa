/**
 * libc-java's typed system-call API (rustix's place in Eyra): every function makes one
 * system call through the {@code jeyra.intrinsics.Syscall} instruction and returns the
 * kernel's result as a value.
 *
 * <p>Results are {@code long}s: a non-negative value is the call's result, a value in
 * {@code [-4095, -1]} is a negated {@code errno}. {@link jeyra.libc.Errno} decodes them, in
 * one place; there is no global {@code errno}. A result that can carry a failure is marked
 * {@code @CheckResult}, and jeyra's compiler rejects a call that drops it. Functions keep the
 * kernel's names so that the man pages apply, and are {@code @Bare}: they run before the Java
 * runtime exists and never throw. Architecture differences (which call exists, how 64-bit values are passed on i686)
 * are resolved here through {@code TargetInfo} queries that fold to constants.
 *
 * <p>What this API deliberately does not do: buffer, retry on {@code EINTR}, or allocate.
 * Callers above it (the runtime, the C ABI layer) decide those policies.
 */
package jeyra.libc;
