package jeyra.runtime;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.signal.SignalActions;
import jeyra.origin.signal.Signals;
import jeyra.runtime.access.JavaLangAccess;
import jeyra.runtime.sync.Safepoints;

/**
 * Java's signal handling ({@code jdk.internal.misc.Signal}, which {@code Terminator} uses to
 * run the shutdown hooks on SIGINT, SIGTERM and SIGHUP), as HotSpot does it: origin-java's
 * handler records the signal, and a daemon thread named "Signal Dispatcher" takes it and
 * calls {@code Signal.dispatch}, which starts a thread running the Java handler.
 */
public final class SignalDispatcher {
  private SignalDispatcher() {}

  /** {@code Signal.handle0}'s value for "a Java handler" (0 and 1 are SIG_DFL, SIG_IGN). */
  private static final long JAVA_HANDLER = 2;
  /** {@code Signal.handle0}'s answer for a signal it refuses. */
  private static final long REFUSED = -1;

  private static Thread dispatcher;

  /**
   * Catches the signals HotSpot ignores in its own handler from the start: SIGPIPE, so that
   * writing to a closed pipe is an IOException rather than the end of the program, and
   * SIGXFSZ, so that writing past the file size limit is one.
   */
  static void catchQuietSignals() {
    catchQuietly(TargetInfo.constant("SIGPIPE"), "SIGPIPE");
    catchQuietly(TargetInfo.constant("SIGXFSZ"), "SIGXFSZ");
  }

  private static void catchQuietly(int signal, String name) {
    long previous = Signals.catchSignal(signal, false);
    if (Errno.failed(previous)) {
      // Only an invalid signal number fails; without the handler the first write to a
      // closed pipe would end the program.
      throw new InternalError("cannot catch " + name + ": errno " + Errno.of(previous));
    }
  }

  /** {@code Signal.findSignal0}: the number of a signal named without "SIG", or -1. */
  public static int find(String name) {
    switch (name) {
      case "HUP": return TargetInfo.constant("SIGHUP");
      case "INT": return TargetInfo.constant("SIGINT");
      case "QUIT": return TargetInfo.constant("SIGQUIT");
      case "ILL": return TargetInfo.constant("SIGILL");
      case "TRAP": return TargetInfo.constant("SIGTRAP");
      case "ABRT": case "IOT": return TargetInfo.constant("SIGABRT");
      case "BUS": return TargetInfo.constant("SIGBUS");
      case "FPE": return TargetInfo.constant("SIGFPE");
      case "KILL": return TargetInfo.constant("SIGKILL");
      case "USR1": return TargetInfo.constant("SIGUSR1");
      case "SEGV": return TargetInfo.constant("SIGSEGV");
      case "USR2": return TargetInfo.constant("SIGUSR2");
      case "PIPE": return TargetInfo.constant("SIGPIPE");
      case "ALRM": return TargetInfo.constant("SIGALRM");
      case "TERM": return TargetInfo.constant("SIGTERM");
      case "STKFLT": return TargetInfo.constant("SIGSTKFLT");
      case "CHLD": case "CLD": return TargetInfo.constant("SIGCHLD");
      case "CONT": return TargetInfo.constant("SIGCONT");
      case "STOP": return TargetInfo.constant("SIGSTOP");
      case "TSTP": return TargetInfo.constant("SIGTSTP");
      case "TTIN": return TargetInfo.constant("SIGTTIN");
      case "TTOU": return TargetInfo.constant("SIGTTOU");
      case "URG": return TargetInfo.constant("SIGURG");
      case "XCPU": return TargetInfo.constant("SIGXCPU");
      case "XFSZ": return TargetInfo.constant("SIGXFSZ");
      case "VTALRM": return TargetInfo.constant("SIGVTALRM");
      case "PROF": return TargetInfo.constant("SIGPROF");
      case "WINCH": return TargetInfo.constant("SIGWINCH");
      case "IO": case "POLL": return TargetInfo.constant("SIGIO");
      case "PWR": return TargetInfo.constant("SIGPWR");
      case "SYS": return TargetInfo.constant("SIGSYS");
      default: return -1;
    }
  }

  /**
   * {@code Signal.handle0}: sets a signal's disposition to SIG_DFL (0), SIG_IGN (1) or the
   * Java handlers (2) and returns the previous one in the same terms, or -1 for signals the
   * runtime keeps (HotSpot's JVM_RegisterSignal). A shutdown signal the process was started
   * with ignored (by nohup, say) stays ignored.
   */
  public static long register(int number, long handler) {
    if (number <= 0 || number >= 32 || isReserved(number)
        || (handler != SignalActions.SIG_DFL && handler != SignalActions.SIG_IGN
            && handler != JAVA_HANDLER)) {
      return REFUSED;
    }
    if (isShutdownSignal(number) && isIgnored(number)) {
      return SignalActions.SIG_IGN;
    }
    long previous;
    if (handler == JAVA_HANDLER) {
      ensureDispatcher();
      previous = Signals.catchSignal(number, true);
    } else {
      previous = Signals.release(number, (int) handler);
    }
    if (Errno.failed(previous)) {
      return REFUSED; // SIGKILL and SIGSTOP cannot be caught
    }
    return Signals.isOurHandler(previous) ? JAVA_HANDLER : previous;
  }

  /** {@code Signal.raise0}: sends the signal to the calling thread, as raise(3). */
  public static void raise(int number) {
    if (isShutdownSignal(number) && isIgnored(number)) {
      return; // as HotSpot: raising an ignored shutdown signal does nothing
    }
    // HotSpot's JVM_RaiseSignal reports nothing either: the number was checked by
    // Signal.raise, and tgkill to the calling thread has nothing else to fail on.
    long raised = SignalActions.raise(number);
  }

  /**
   * The signals HotSpot keeps for itself: the synchronous errors it turns into exceptions
   * or crash reports, and SIGQUIT, which prints its thread dump.
   */
  private static boolean isReserved(int number) {
    return number == TargetInfo.constant("SIGFPE") || number == TargetInfo.constant("SIGILL")
        || number == TargetInfo.constant("SIGSEGV") || number == TargetInfo.constant("SIGBUS")
        || number == TargetInfo.constant("SIGQUIT");
  }

  private static boolean isShutdownSignal(int number) {
    return number == TargetInfo.constant("SIGHUP") || number == TargetInfo.constant("SIGINT")
        || number == TargetInfo.constant("SIGTERM");
  }

  private static boolean isIgnored(int number) {
    return Signals.currentHandler(number) == SignalActions.SIG_IGN;
  }

  /** Starts the Signal Dispatcher thread, once. */
  private static synchronized void ensureDispatcher() {
    if (dispatcher != null) {
      return;
    }
    ThreadGroup system = Thread.currentThread().getThreadGroup();
    while (system.getParent() != null) {
      system = system.getParent();
    }
    Thread thread = new Thread(system, SignalDispatcher::dispatchForever, "Signal Dispatcher",
        64 * 1024);
    thread.setDaemon(true);
    thread.setPriority(Thread.MAX_PRIORITY);
    thread.start();
    dispatcher = thread;
  }

  /**
   * Origin's wait for signals, safe for the collector: the Signal Dispatcher sleeps there
   * for most of the program's life.
   */
  private static int awaitSignals() {
    Cpu.spillRegisters();
    Word block = Cpu.threadPointer();
    boolean entered = Safepoints.enterSafe(block, Cpu.stackPointer());
    int signals = Signals.awaitPending();
    if (entered) {
      Safepoints.leaveSafe(block);
    }
    return signals;
  }

  /** The Signal Dispatcher's body: hands each arriving signal to Signal.dispatch. */
  private static void dispatchForever() {
    while (true) {
      int signals = awaitSignals();
      for (int number = 1; number < 32; number++) {
        if (((signals >>> number) & 1) != 0) {
          JavaLangAccess.dispatchSignal(number);
        }
      }
    }
  }
}
