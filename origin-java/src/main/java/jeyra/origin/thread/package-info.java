/**
 * Threads, Origin's {@code thread} module in Java. Each thread has a thread block (see
 * {@code jeyra.intrinsics.ThreadBlockLayout}) that its thread pointer addresses. For now
 * only the main thread exists; {@code clone}-based threads come with java.lang.Thread support.
 */
package jeyra.origin.thread;
