package jeyra.runtime.sync;

import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.Word;
import jeyra.libc.io.ReadWrite;

/**
 * System calls that may block for long (a read of a terminal or a pipe, a write to a full
 * pipe), made while the thread is safe for the collector (see {@link Safepoints}), so that
 * a thread waiting for input does not hold up every other thread's allocation. The buffer
 * must be held by the caller too: only the callers' frames are scanned while the call
 * blocks, and the kernel writes into the buffer where it is, which a non-moving collector
 * keeps.
 */
public final class SafeSystemCalls {
  private SafeSystemCalls() {}

  /** read(2), raw result. */
  @CheckResult
  public static long read(int descriptor, Word buffer, long length) {
    Cpu.spillRegisters();
    Word block = Cpu.threadPointer();
    boolean entered = Safepoints.enterSafe(block, Cpu.stackPointer());
    long result = ReadWrite.read(descriptor, buffer, length);
    if (entered) {
      Safepoints.leaveSafe(block);
    }
    return result;
  }

  /** write(2), raw result. */
  @CheckResult
  public static long write(int descriptor, Word buffer, long length) {
    Cpu.spillRegisters();
    Word block = Cpu.threadPointer();
    boolean entered = Safepoints.enterSafe(block, Cpu.stackPointer());
    long result = ReadWrite.write(descriptor, buffer, length);
    if (entered) {
      Safepoints.leaveSafe(block);
    }
    return result;
  }
}
