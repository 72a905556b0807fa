package jeyra.runtime;

import jeyra.annotate.Export;
import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.Word;
import jeyra.runtime.access.JavaLangAccess;
import jeyra.runtime.heap.Allocator;
import jeyra.runtime.sync.Safepoints;

/**
 * Starts Java once origin-java has started the process, runs the program's {@code main},
 * and shuts Java down the way the {@code java} launcher and HotSpot do.
 */
public final class RuntimeMain {
  private RuntimeMain() {}

  /**
   * The classes HotSpot initialises before any Java code runs
   * ({@code Threads::initialize_java_lang_classes}). String comes first: its methods read
   * String's static fields without initialising String (a String method running means String
   * is initialised, in the JVM), and the image's strings exist before any Java code runs.
   */
  private static void initializeEarlyClasses() {
    Linkage.initialize(String.class);
    Linkage.initialize(System.class);
    Linkage.initialize(Class.class);
    Linkage.initialize(ThreadGroup.class);
    Linkage.initialize(Thread.class);
    Linkage.initialize(Module.class);
  }

  /** The exceptions HotSpot preallocates, initialised right after the main thread exists. */
  private static void initializePreallocatedErrorClasses() {
    Linkage.initialize(OutOfMemoryError.class);
    Linkage.initialize(NullPointerException.class);
    Linkage.initialize(ClassCastException.class);
    Linkage.initialize(ArrayStoreException.class);
    Linkage.initialize(ArithmeticException.class);
    Linkage.initialize(StackOverflowError.class);
    Linkage.initialize(IllegalMonitorStateException.class);
    Linkage.initialize(IllegalArgumentException.class);
  }

  /**
   * The runtime's entry, called by origin-java with the thread pointer set.
   *
   * <ol>
   *   <li>creates the main thread's {@code Thread} and thread groups, as HotSpot does before
   *       any Java code runs;
   *   <li>picks the program to run, if the executable holds several;
   *   <li>runs {@code System.initPhase1} (properties, {@code System.out}/{@code err});
   *   <li>applies the runtime's options ({@code JEYRA_OPTS}; one it rejects ends the program
   *       with status 1, as the JVM ends on a bad option);
   *   <li>calls {@code main} with the arguments decoded from UTF-8;
   *   <li>an uncaught exception goes to the thread's uncaught exception handler (which prints
   *       it in the JVM's format) and makes the exit status 1;
   *   <li>the main thread ends ({@code Thread.exit}, waking threads that join it); the
   *       program waits for every non-daemon thread to end, then runs the shutdown hooks
   *       ({@code Shutdown.shutdown}) on a thread named DestroyJavaVM, as HotSpot's
   *       DestroyJavaVM does.
   * </ol>
   *
   * @return the exit status
   */
  @Export("jeyra_runtime_main")
  public static int main(int argc, Word argv, Word envp) {
    int program;
    Thread main;
    Safepoints.registerMainThread(); // before anything is allocated
    Allocator.initialize(ImageInfo.maxHeapBytes, ImageInfo.gcStressInterval);
    try {
      initializeEarlyClasses();
      main = JavaThreads.createMainThread();
      initializePreallocatedErrorClasses();
      program = ProgramSelection.select(argc, argv);
      if (program == ProgramSelection.NONE) {
        RawOutput.errorLine(ProgramSelection.usage(argc, argv));
        return 2;
      }
      SignalDispatcher.catchQuietSignals();
      JavaLangAccess.initPhase1();
      // After initPhase1, which sets up the charsets reading the environment needs.
      String rejected = RuntimeOptions.apply();
      if (rejected != null) {
        RawOutput.errorLine(rejected);
        return 1;
      }
    } catch (Throwable t) {
      RawOutput.errorLine("jeyra: the Java runtime failed to start: " + t);
      return 1;
    }
    int status = 0;
    try {
      String[] args = Arguments.fromArgv(argc, argv,
          ProgramSelection.firstArgument());
      Linkage.invokeMain(program, args);
    } catch (Throwable uncaught) {
      status = 1;
      try {
        JavaLangAccess.dispatchUncaughtException(main, uncaught);
      } catch (Throwable ignored) {
        // The JVM ignores a failure of the handler too (JavaThread::exit).
      }
    }
    try {
      ThreadGroup group = main.getThreadGroup();
      JavaThreads.exit(main);
      JavaThreads.awaitNonDaemonThreads();
      JavaThreads.attachDestroyJavaVM(group);
      JavaLangAccess.shutdown();
    } catch (Throwable t) {
      RawOutput.errorLine("jeyra: shutdown failed: " + t);
    }
    return status;
  }
}
