package jeyra.libc.signal;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/**
 * Signal dispositions and sending signals: rt_sigaction(2), tgkill(2).
 *
 * <p>The kernel's {@code struct sigaction} is {@code sa_handler}, {@code sa_flags} (a word),
 * then {@code sa_restorer} on ABIs that have it (x86, arm64: constant {@code SA_RESTORER}
 * non-zero), then the 8-byte signal mask. The same layout serves i686, with 4-byte words.
 */
public final class SignalActions {
  private SignalActions() {}

  /** The handler value that restores the default action. */
  public static final int SIG_DFL = 0;
  /** The handler value that ignores the signal. */
  public static final int SIG_IGN = 1;

  public static final int SA_SIGINFO = 4;
  public static final int SA_RESTART = 0x10000000;

  /** Bytes a {@code struct sigaction} needs at most (four 8-byte fields). */
  public static final int ACTION_BYTES = 32;

  /** Bytes of the kernel's signal mask (64 signals). */
  private static final int MASK_BYTES = 8;

  /**
   * Writes a {@code struct sigaction} for {@code handler} into {@code action}: flags
   * SA_SIGINFO and SA_RESTART (interrupted system calls resume), the restorer where the ABI
   * wants one, and an empty mask.
   *
   * <p>Safety: {@code action} is writable for {@link #ACTION_BYTES} bytes.
   */
  @Bare("a system call helper")
  public static void describe(Word action, Word handler, Word restorer) {
    int word = TargetInfo.wordBytes();
    int restorerFlag = TargetInfo.constant("SA_RESTORER");
    action.writeWord(0, handler);
    action.writeWord(word, Word.fromInt(SA_SIGINFO | SA_RESTART | restorerFlag));
    long mask = 2L * word;
    if (restorerFlag != 0) {
      action.writeWord(mask, restorer);
      mask += word;
    }
    action.writeLong(mask, 0);
  }

  /** The handler field of a {@code struct sigaction} (SIG_DFL, SIG_IGN or a function). */
  @Bare("a system call helper")
  public static Word handlerOf(Word action) {
    return action.readWord(0);
  }

  /**
   * rt_sigaction(2): installs {@code action} (or nothing, if zero) for {@code signal} and
   * writes the previous one to {@code previous} (unless zero).
   *
   * @return 0 or a negated errno
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long setAction(int signal, Word action, Word previous) {
    return Errno.result(Syscall.syscall4("rt_sigaction", Word.fromInt(signal), action, previous,
        Word.fromInt(MASK_BYTES)));
  }

  /**
   * Sends {@code signal} to the calling thread, as raise(3) does.
   *
   * @return 0 or a negated errno
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long raise(int signal) {
    Word process = Syscall.syscall0("getpid");
    Word thread = Syscall.syscall0("gettid");
    return Errno.result(Syscall.syscall3("tgkill", process, thread, Word.fromInt(signal)));
  }
}
