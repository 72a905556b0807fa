package jeyra.compiler.reach;

import java.util.List;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;

/**
 * The runtime-java methods that compiled code calls without a call in the bytecode: for
 * allocation, implicit exceptions, type checks, monitors and class initialisation. They are
 * roots of reachability. The compiler and runtime-java agree on these names and descriptors;
 * a missing one is a build error.
 */
public final class RuntimeSupport {
  private RuntimeSupport() {}

  /** A static method of runtime-java. */
  public record Method(String owner, String name, String descriptor) {
    /** This static method of jeyra's runtime; a build error if the runtime lacks it. */
    public MethodInfo in(Universe universe) {
      MethodInfo method = universe.require(owner).method(name, descriptor);
      if (method == null || !method.isStatic()) {
        throw new CompileError("jeyra's runtime lacks the support method " + this);
      }
      return method;
    }

    /** Whether {@code method} is this one. */
    boolean names(MethodInfo method) {
      return method.name().equals(name) && method.descriptor().equals(descriptor)
          && method.owner().name().equals(owner);
    }

    @Override
    public String toString() {
      return owner.replace('/', '.') + "." + name + descriptor;
    }
  }

  private static final String ALLOCATOR = "jeyra/runtime/heap/Allocator";
  private static final String EXCEPTIONS = "jeyra/runtime/ImplicitExceptions";
  private static final String TYPE_CHECKS = "jeyra/runtime/hub/TypeChecks";
  private static final String MONITORS = "jeyra/runtime/Monitors";
  private static final String CLASS_INIT = "jeyra/runtime/ClassInitialization";
  private static final String CARD_TABLE = "jeyra/runtime/heap/CardTable";
  /** The class whose static int {@link #SAFEPOINT_FLAG} loop headers poll. */
  public static final String SAFEPOINTS = "jeyra/runtime/sync/Safepoints";
  /** Non-zero while the collector asks every thread to stop. */
  public static final String SAFEPOINT_FLAG = "requested";

  /** {@code new} of a class that is neither abstract nor an interface, with its size. */
  public static final Method NEW_INSTANCE =
      new Method(ALLOCATOR, "newInstance", "(Ljava/lang/Class;I)Ljava/lang/Object;");
  /**
   * Called after {@code new} of a class with a finalizer ({@code ClassInfo.hasFinalizer}).
   * Not a root: the analysis reaches it when it finds such a class instantiated, with that
   * class as its argument, so a program without finalizers carries no Finalizer thread.
   */
  public static final Method REGISTER_FINALIZER = new Method("jeyra/runtime/heap/Finalization",
      "register", "(Ljava/lang/Object;)V");
  /**
   * The allocation fast path compiled {@code new} inlines before calling {@link
   * #NEW_INSTANCE}: bare, call-free and loop-free; a zero word when it cannot allocate.
   */
  public static final Method TAKE_SMALL_CELL = new Method(ALLOCATOR, "takeSmallCell",
      "(Ljava/lang/Class;II)Ljeyra/intrinsics/Word;");
  public static final Method NEW_ARRAY =
      new Method(ALLOCATOR, "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;");
  public static final Method NEW_MULTI_ARRAY =
      new Method(ALLOCATOR, "newMultiArray", "(Ljava/lang/Class;[I)Ljava/lang/Object;");

  public static final Method NULL_POINTER =
      new Method(EXCEPTIONS, "nullPointer", "(Ljava/lang/String;)V");
  public static final Method ARRAY_INDEX =
      new Method(EXCEPTIONS, "arrayIndexOutOfBounds", "(II)V");
  public static final Method DIVIDE_BY_ZERO = new Method(EXCEPTIONS, "divideByZero", "()V");
  /**
   * Called on entry below the stack limit (a real overflow, or a safepoint request: the
   * collector moves the limit to stop a thread); compiled without a stack check of its own.
   * It returns with StackOverflowError pending, or normally.
   */
  public static final Method STACK_LIMIT_REACHED =
      new Method(EXCEPTIONS, "stackLimitReached", "()V");
  public static final Method CLASS_CAST =
      new Method(EXCEPTIONS, "classCast", "(Ljava/lang/Object;Ljava/lang/Class;)V");
  public static final Method ARRAY_STORE =
      new Method(EXCEPTIONS, "arrayStore", "(Ljava/lang/Object;)V");
  public static final Method LINKAGE_ERROR =
      new Method(EXCEPTIONS, "linkageError", "(ILjava/lang/String;)V"); // kinds: LinkageErrorKind

  public static final Method UNSUPPORTED =
      new Method(EXCEPTIONS, "unsupported", "(Ljava/lang/String;)V");

  public static final Method IS_ASSIGNABLE =
      new Method(TYPE_CHECKS, "isAssignable", "(Ljava/lang/Class;Ljava/lang/Class;)Z");

  public static final Method MONITOR_ENTER = new Method(MONITORS, "enter", "(Ljava/lang/Object;)V");
  public static final Method MONITOR_EXIT = new Method(MONITORS, "exit", "(Ljava/lang/Object;)V");

  /**
   * The collector's write barrier, called after every {@code putfield} and {@code aastore}
   * of a reference with the holder's, the slot's and the value's addresses: bare and
   * call-free; never throws.
   */
  public static final Method RECORD_STORE = new Method(CARD_TABLE, "recordStore",
      "(Ljeyra/intrinsics/Word;Ljeyra/intrinsics/Word;Ljeyra/intrinsics/Word;)V");
  /** The write barrier after a {@code Word} reference write or atomic: the slot's address. */
  public static final Method RECORD_WRITE = new Method(CARD_TABLE, "recordWrite",
      "(Ljeyra/intrinsics/Word;)V");

  /** Called at a loop header when {@link #SAFEPOINT_FLAG} is set; never throws. */
  public static final Method SAFEPOINT_POLL = new Method(SAFEPOINTS, "poll", "()V");

  public static final Method INIT_BEGIN = new Method(CLASS_INIT, "begin", "(Ljava/lang/Class;)Z");
  public static final Method INIT_SUCCEEDED =
      new Method(CLASS_INIT, "succeeded", "(Ljava/lang/Class;)V");
  public static final Method INIT_FAILED =
      new Method(CLASS_INIT, "failed", "(Ljava/lang/Class;Ljava/lang/Throwable;Z)V");

  /**
   * Whether a method is a support method the optimiser must not inline: the write barrier.
   * Inlined into each of the thousands of reference stores it made hello world 175 KB
   * (13%) larger for 2% of binary-trees' time; called, it costs a call to a leaf.
   */
  public static boolean isOutOfLine(MethodInfo method) {
    return RECORD_STORE.names(method) || RECORD_WRITE.names(method);
  }

  /** Every support method, for reachability. */
  public static final List<Method> ALL = List.of(NEW_INSTANCE, TAKE_SMALL_CELL, NEW_ARRAY,
      NEW_MULTI_ARRAY, NULL_POINTER, ARRAY_INDEX, DIVIDE_BY_ZERO, STACK_LIMIT_REACHED,
      CLASS_CAST, ARRAY_STORE, LINKAGE_ERROR, UNSUPPORTED, IS_ASSIGNABLE, MONITOR_ENTER,
      MONITOR_EXIT, SAFEPOINT_POLL, RECORD_STORE, RECORD_WRITE, INIT_BEGIN, INIT_SUCCEEDED,
      INIT_FAILED);
}
