package jeyra.arch;

import java.util.OptionalInt;

/**
 * Everything jeyra needs to know about one target architecture (always Linux, always static).
 *
 * <p>Implementations are stateless singletons listed in {@link Targets}. They declare their
 * members in the order of this interface, with the same javadoc, so that two of them can be
 * compared line by line.
 */
public interface Target {
  /** The name users give on the command line ({@code x86_64}, {@code aarch64}, ...). */
  String name();

  /** The LLVM target triple. Only the architecture matters: the code never calls a libc. */
  String llvmTriple();

  /** The LLVM CPU name: a baseline every machine of the architecture runs. */
  String llvmCpu();

  /** LLVM target features added to the CPU's, comma-separated, possibly empty. */
  String llvmFeatures();

  /** Bytes in a pointer and in a word (4 or 8). */
  int wordBytes();

  /** Whether memory is big-endian. */
  boolean bigEndian();

  /** Whether the hardware allows unaligned loads and stores of every width, at speed. */
  boolean unalignedAccess();

  /** The JVM's {@code os.arch} property on this architecture ({@code amd64}, {@code i386}). */
  String javaOsArch();

  /** The qemu-user program that runs this architecture's executables on another one. */
  String qemuUserProgram();

  /** The kernel's system call numbers. */
  SyscallTable syscalls();

  /**
   * Returns the inline assembly for a system call with {@code argumentCount} arguments.
   *
   * <p>Operands, in order: the result (the kernel's raw return, a word), then the call number
   * (a word, or an immediate where the template says so), then the arguments (words).
   *
   * @param argumentCount 0 to 6
   * @return the assembly, with side effects and a memory clobber
   */
  InlineAsm syscall(int argumentCount);

  /**
   * Whether {@link #syscall} takes the call number as an immediate ("i") operand rather than
   * in a register. Only matters for code emitting the call.
   *
   * @param argumentCount 0 to 6
   */
  boolean syscallNumberIsImmediate(int argumentCount);

  /**
   * Returns module-level assembly defining the ELF entry point {@code _start}.
   *
   * <p>The stub clears the frame pointer (ending the frame chain), passes the initial stack
   * pointer (which points at {@code argc}) as the only argument to {@code entrySymbol}, aligns
   * the stack for a call, and calls it. The callee never returns.
   *
   * @param entrySymbol the C-ABI function to call, taking one pointer-sized argument
   */
  String entryStub(String entrySymbol);

  /**
   * Returns inline assembly that reads the thread pointer: one word output, no side effects,
   * so LLVM may reuse the value within a function.
   */
  InlineAsm readThreadPointer();

  /**
   * Returns inline assembly that does nothing but clobber every callee-saved general register
   * except the frame pointer: the function around it must then save them all in its frame,
   * where the collector's scan of the stack finds the references its callers kept in them.
   * No operands.
   */
  InlineAsm spillCalleeSavedRegisters();

  /**
   * Returns inline assembly that sets the thread pointer of the calling thread to its only
   * input operand (a word). Where the hardware register is privileged this is a system call
   * in the template (x86-64's {@code arch_prctl}, i686's {@code set_thread_area} and a
   * {@code gs} load).
   */
  InlineAsm setThreadPointer();

  /**
   * Returns inline assembly that creates a thread with clone(2) and starts it in
   * {@code entrySymbol}.
   *
   * <p>Operands: the result (the kernel's raw return in the parent: the child's thread id or
   * a negated errno, a word), then five word inputs: the clone flags, the child's stack top
   * (16-byte aligned), the address the kernel writes the child's thread id to in the parent
   * (CLONE_PARENT_SETTID), the address it clears when the child ends (CLONE_CHILD_CLEARTID),
   * and the child's thread pointer. The flags must include CLONE_SETTLS: the template gives
   * the kernel the thread pointer in the form the target needs (i686: a {@code user_desc}
   * for the calling thread's {@code gs} slot), so the child has it from its first
   * instruction.
   *
   * <p>The child starts on the new stack with the frame-pointer chain ended, and calls the
   * C-ABI function {@code entrySymbol} with the thread pointer as its only argument; if that
   * returns, the child ends with exit(0). It never comes back into the code around the
   * block, which is why the whole child path is in the template. The parent continues after
   * the block with every register but the result intact.
   *
   * @param entrySymbol the thread's C-ABI entry, taking one pointer-sized argument
   */
  InlineAsm startThread(String entrySymbol);

  /**
   * Returns module-level assembly defining {@code symbol} as a signal restorer: the code a
   * signal handler returns to, which calls rt_sigreturn so that the kernel restores the
   * interrupted state from the signal frame. rt_sigaction takes its address in
   * {@code sa_restorer} where the ABI has that field (constant {@code SA_RESTORER} non-zero);
   * elsewhere (riscv64) the kernel's vDSO does this and the stub is defined but unused.
   *
   * @param symbol the name to define
   */
  String signalReturnStub(String symbol);

  /** Where a frame record keeps the caller's frame pointer and the return address. */
  FrameRecord frameRecord();

  /** The assembler directive that emits one word of data ({@code .8byte} or {@code .4byte}). */
  String wordDirective();

  /**
   * Returns a value that differs between architectures, named as in C headers
   * ({@code O_DIRECTORY}, {@code ARCH_SET_FS}).
   *
   * @param name the C name, not null
   * @return the value, or empty if this target does not define it
   */
  OptionalInt constant(String name);

  /** Convenience for {@code syscalls().number(name)}. */
  default OptionalInt syscallNumber(String name) {
    return syscalls().number(name);
  }
}
