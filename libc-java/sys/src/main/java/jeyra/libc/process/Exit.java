package jeyra.libc.process;

import jeyra.annotate.Bare;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.Word;

/** Ending the process: exit_group(2). */
public final class Exit {
  private Exit() {}

  /**
   * exit_group(2): ends every thread of the process with {@code status & 0xff}. Never
   * returns.
   */
  @Bare("the last thing a program does")
  public static void exitGroup(int status) {
    Syscall.syscall1("exit_group", Word.fromInt(status));
    Cpu.trap(); // the kernel does not return from exit_group
  }

  /** exit(2): ends only the calling thread. Never returns. */
  @Bare("ends a thread")
  public static void exitThread(int status) {
    Syscall.syscall1("exit", Word.fromInt(status));
    Cpu.trap();
  }
}
