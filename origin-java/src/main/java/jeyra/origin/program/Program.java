package jeyra.origin.program;

import jeyra.annotate.Bare;
import jeyra.annotate.Export;
import jeyra.annotate.Import;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.process.Exit;
import jeyra.origin.thread.ThreadBlocks;

/** The program's entry point and exit. */
public final class Program {
  private Program() {}

  /**
   * Called by {@code _start} with the initial stack pointer, which points at {@code argc},
   * followed by the {@code argv} pointers and a null, the {@code envp} pointers and a null,
   * and the auxiliary vector (System V ABI, "Process Initialization"). Never returns.
   */
  @Export("jeyra_start")
  @Bare("runs before the thread pointer, the heap and exceptions exist")
  public static void start(Word stackPointer) {
    int word = TargetInfo.wordBytes();
    int argc = stackPointer.readWord(0).toInt();
    Word argv = stackPointer.add(word);
    Word envp = argv.add((long) (argc + 1) * word);
    Word auxv = envp;
    while (auxv.readWord(0).isNonZero()) {
      auxv = auxv.add(word);
    }
    auxv = auxv.add(word);
    ProgramInfo.record(argc, argv, envp, auxv, stackPointer);
    ThreadBlocks.initializeMainThread();
    int status = runtimeMain(argc, argv, envp);
    exit(status);
  }

  /**
   * The runtime's main: sets up Java, runs the program's {@code main}, returns the exit
   * status. Defined by runtime-java, which sits above this module.
   */
  @Import("jeyra_runtime_main")
  private static native int runtimeMain(int argc, Word argv, Word envp);

  /** Ends the process with {@code status} (only its low 8 bits reach the parent). */
  @Bare("the last thing a program does")
  public static void exit(int status) {
    Exit.exitGroup(status);
  }
}
