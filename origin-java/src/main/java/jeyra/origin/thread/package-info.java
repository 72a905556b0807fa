/**
 * Threads, Origin's {@code thread} module in Java. Each thread has a thread block (see
 * {@code jeyra.intrinsics.ThreadBlockLayout}) that its thread pointer addresses: the main
 * thread's is set up by {@link jeyra.origin.thread.ThreadBlocks}, the others' sit at the top
 * of their stack mappings ({@link jeyra.origin.thread.Threads}).
 */
package jeyra.origin.thread;
