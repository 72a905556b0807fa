package jeyra.runtime.jdk;

import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.runtime.hub.Hubs;
import jeyra.runtime.heap.Allocator;

/** {@code java.lang.reflect.Array}: arrays of classes the image knows. */
@TargetClass(java.lang.reflect.Array.class)
final class Target_java_lang_reflect_Array {
  /**
   * Reflection.c newArray. The array class comes from its component's hub: the image has
   * one for every array type the program can create. Another would need a class the closed
   * world does not have; that is reported rather than guessed.
   */
  @Substitute
  private static Object newArray(Class<?> componentType, int length) {
    if (componentType == null) {
      throw new NullPointerException();
    }
    if (componentType == void.class) {
      throw new IllegalArgumentException();
    }
    Class<?> arrayType = Hubs.arrayClass(componentType);
    if (arrayType == null) {
      if (length < 0) {
        throw new NegativeArraySizeException(Integer.toString(length));
      }
      throw new UnsupportedOperationException("jeyra: the image has no class for arrays of "
          + componentType.getName() + " (the build found no code that creates one)");
    }
    return Allocator.newArray(arrayType, length);
  }

  /** Reflection.c multiNewArray: nested arrays, every dimension checked first. */
  @Substitute
  private static Object multiNewArray(Class<?> componentType, int[] dimensions) {
    if (componentType == null || dimensions == null) {
      throw new NullPointerException();
    }
    if (dimensions.length == 0 || componentType == void.class) {
      throw new IllegalArgumentException();
    }
    Class<?> arrayType = componentType;
    for (int i = 0; i < dimensions.length; i++) {
      Class<?> next = Hubs.arrayClass(arrayType);
      if (next == null) {
        throw new UnsupportedOperationException("jeyra: the image has no class for arrays of "
            + arrayType.getName() + " (the build found no code that creates one)");
      }
      arrayType = next;
    }
    return Allocator.newMultiArray(arrayType, dimensions);
  }
}
