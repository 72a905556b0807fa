/**
 * {@code java.lang.StrictMath}'s native functions in Java. StrictMath promises the results of
 * fdlibm 5.3, bit for bit, so these follow fdlibm's algorithms step by step with its
 * coefficients. fdlibm carries this notice, which its licence asks derived works to keep:
 *
 * <pre>
 * Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * </pre>
 */
package jeyra.runtime.math;
