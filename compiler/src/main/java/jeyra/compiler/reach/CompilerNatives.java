package jeyra.compiler.reach;

import java.util.Set;
import jeyra.compiler.model.MethodInfo;

/**
 * JDK native methods the compiler implements itself, with one instruction, as HotSpot
 * intrinsifies them: {@code StrictMath.sqrt} is the IEEE square root every target has.
 */
public final class CompilerNatives {
  private CompilerNatives() {}

  private static final Set<String> METHODS = Set.of("java/lang/StrictMath.sqrt(D)D");

  /** Whether the compiler gives this native method its body. */
  public static boolean isImplemented(MethodInfo method) {
    return method.isNative() && !method.hasCode()
        && METHODS.contains(method.owner().name() + "." + method.name() + method.descriptor());
  }
}
