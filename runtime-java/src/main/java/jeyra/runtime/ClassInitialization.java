package jeyra.runtime;

import jeyra.intrinsics.HubConstants;
import jeyra.runtime.jdk.Target_java_lang_Class;

/**
 * The bookkeeping of class initialisation (JVMS 5.5). Each class's init function (made by
 * the compiler) calls {@link #begin}, initialises the superclass and relevant superinterfaces,
 * runs {@code <clinit>}, and reports {@link #succeeded} or {@link #failed}.
 */
public final class ClassInitialization {
  private ClassInitialization() {}

  /**
   * Steps 1-6: whether the caller must initialise the class now. False if it is initialised,
   * or being initialised by this thread (a recursive request); throws NoClassDefFoundError if
   * an earlier attempt failed.
   */
  static boolean begin(Class<?> type) {
    Target_java_lang_Class hub = Hubs.of(type);
    int state = hub.jeyraInitState;
    if (state == HubConstants.INIT_DONE) {
      return false;
    }
    Thread current = CurrentThread.javaThread();
    if (state == HubConstants.INIT_IN_PROGRESS) {
      if (hub.jeyraInitThread == current) {
        return false;
      }
      throw new InternalError("class " + type.getName()
          + " is being initialised by another thread: threads are not supported yet");
    }
    if (state == HubConstants.INIT_ERRONEOUS) {
      throw new NoClassDefFoundError("Could not initialize class " + type.getName());
    }
    hub.jeyraInitThread = current;
    hub.jeyraInitState = HubConstants.INIT_IN_PROGRESS;
    return true;
  }

  /** Step 10: the initialiser completed. */
  static void succeeded(Class<?> type) {
    Target_java_lang_Class hub = Hubs.of(type);
    hub.jeyraInitThread = null;
    hub.jeyraInitState = HubConstants.INIT_DONE;
  }

  /**
   * Steps 7 and 11: initialisation failed with {@code cause}; the class becomes erroneous and
   * the failure is thrown, wrapped in ExceptionInInitializerError if it came from this
   * class's own initialiser and is not an Error.
   */
  static void failed(Class<?> type, Throwable cause, boolean wrap) {
    Target_java_lang_Class hub = Hubs.of(type);
    hub.jeyraInitThread = null;
    hub.jeyraInitState = HubConstants.INIT_ERRONEOUS;
    if (wrap && !(cause instanceof Error)) {
      throw new ExceptionInInitializerError(cause);
    }
    throw Throwing.sneakyThrow(cause);
  }
}
