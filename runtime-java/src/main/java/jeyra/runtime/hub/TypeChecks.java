package jeyra.runtime.hub;

import jeyra.intrinsics.HubConstants;

/**
 * The subtype test of {@code checkcast} (JVMS 6.5) on hubs, for the cases compiled code does
 * not test inline: array covariance and {@code Class.isAssignableFrom}.
 */
public final class TypeChecks {
  private TypeChecks() {}

  /** Whether a value of class {@code from} may be assigned to type {@code to}. */
  public static boolean isAssignable(Class<?> from, Class<?> to) {
    if (from == to) {
      return true;
    }
    Target_java_lang_Class source = Hubs.of(from);
    Target_java_lang_Class target = Hubs.of(to);
    int targetFlags = target.jeyraFlags;
    if ((targetFlags & HubConstants.FLAG_PRIMITIVE) != 0
        || (source.jeyraFlags & HubConstants.FLAG_PRIMITIVE) != 0) {
      return false;
    }
    if ((targetFlags & HubConstants.FLAG_INTERFACE) != 0) {
      int index = target.jeyraInterfaceIndex;
      byte[] bits = source.jeyraInterfaceBits;
      return (index >> 3) < bits.length && (bits[index >> 3] & (1 << (index & 7))) != 0;
    }
    if ((targetFlags & HubConstants.FLAG_ARRAY) != 0) {
      if ((source.jeyraFlags & HubConstants.FLAG_ARRAY) == 0) {
        return false;
      }
      Class<?> fromComponent = from.getComponentType();
      Class<?> toComponent = to.getComponentType();
      if (fromComponent.isPrimitive() || toComponent.isPrimitive()) {
        return fromComponent == toComponent;
      }
      return isAssignable(fromComponent, toComponent);
    }
    if ((source.jeyraFlags & HubConstants.FLAG_INTERFACE) != 0) {
      return to == Object.class; // an interface type's only superclass
    }
    // A class: the source's type id lies in the target's subclass range. Arrays are numbered
    // as subclasses of Object, so Object accepts them and nothing else does.
    int id = source.jeyraTypeId;
    return id >= target.jeyraTypeId && id <= target.jeyraLastSubtypeId;
  }
}
