/**
 * One description per target architecture, and nothing else that knows about architectures.
 *
 * <p>Every other part of jeyra asks a {@link jeyra.arch.Target} what it needs: the LLVM triple
 * and CPU, the word size, the syscall instruction with its register constraints and the
 * kernel's syscall numbers, the {@code _start} stub, how to read and set the thread pointer,
 * and where a frame record keeps the caller's frame pointer and the return address. The four
 * implementations ({@link jeyra.arch.X86_64}, {@link jeyra.arch.Aarch64},
 * {@link jeyra.arch.Riscv64}, {@link jeyra.arch.I686}) declare the same members in the same
 * order, so a diff between two of them shows only real differences.
 *
 * <p>Inline assembly uses LLVM's template syntax: {@code $N} names operand N, {@code $$} is a
 * literal dollar sign, and constraints are LLVM constraint strings.
 */
package jeyra.arch;
