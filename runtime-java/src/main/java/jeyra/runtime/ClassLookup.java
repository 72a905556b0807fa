package jeyra.runtime;

import jeyra.intrinsics.Linkage;

/**
 * {@code Class.forName} over the closed world: the image's classes are all there is.
 */
public final class ClassLookup {
  private ClassLookup() {}

  /**
   * The class with this binary name.
   *
   * @throws ClassNotFoundException if the image has no such class
   */
  public static Class<?> forName(String name, boolean initialize) throws ClassNotFoundException {
    for (Class<?> type : ImageInfo.classesByTypeId) {
      if (type.getName().equals(name) && !type.isPrimitive()) {
        if (initialize) {
          Linkage.initialize(type);
        }
        return type;
      }
    }
    throw new ClassNotFoundException(name);
  }
}
