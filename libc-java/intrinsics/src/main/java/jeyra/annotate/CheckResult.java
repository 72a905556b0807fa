package jeyra.annotate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method's result must be looked at: it can carry a failure (for libc-java's system
 * calls, a negated errno) that nothing else reports, as Rust's {@code #[must_use]} on a
 * {@code Result} says.
 *
 * <p>jeyra's compiler enforces it at the start of every build, over all of its runtime
 * modules: a call whose result is popped at once is a build error naming the caller, the
 * line and the callee. A caller that really means to ignore a result says so by storing it
 * in a local, with a comment why.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CheckResult {}
