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
    Class<?> type = find(name);
    if (type == null) {
      throw new ClassNotFoundException(name);
    }
    if (initialize) {
      Linkage.initialize(type);
    }
    return type;
  }

  /** The class with this binary name, not initialised, or null if the image has none. */
  public static Class<?> find(String name) {
    for (Class<?> type : ImageInfo.classesByTypeId) {
      if (type.getName().equals(name) && !type.isPrimitive()) {
        return type;
      }
    }
    return null;
  }
}
