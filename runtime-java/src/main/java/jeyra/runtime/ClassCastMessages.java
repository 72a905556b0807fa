package jeyra.runtime;

import jeyra.intrinsics.HubConstants;
import jeyra.runtime.hub.Hubs;

/**
 * HotSpot's ClassCastException messages: {@code class A cannot be cast to class B (A is in
 * unnamed module of loader 'app'; B is in module java.base of loader 'bootstrap')}.
 */
final class ClassCastMessages {
  private ClassCastMessages() {}

  static String of(Class<?> from, Class<?> to) {
    String fromDescription = where(from);
    String toDescription = where(to);
    StringBuilder text = new StringBuilder();
    text.append("class ").append(from.getName()).append(" cannot be cast to class ")
        .append(to.getName()).append(" (");
    if (fromDescription.equals(toDescription)) {
      text.append(from.getName()).append(" and ").append(to.getName()).append(" are in ")
          .append(fromDescription);
    } else {
      text.append(from.getName()).append(" is in ").append(fromDescription).append("; ")
          .append(to.getName()).append(" is in ").append(toDescription);
    }
    return text.append(')').toString();
  }

  /** "module java.base of loader 'bootstrap'" or "unnamed module of loader 'app'". */
  private static String where(Class<?> type) {
    int flags = Hubs.flags(type);
    if ((flags & HubConstants.FLAG_JAVA_BASE) != 0) {
      return "module java.base of loader 'bootstrap'";
    }
    if ((flags & HubConstants.FLAG_OTHER_JDK_MODULE) != 0) {
      return "module " + Hubs.moduleName(type) + " of loader 'bootstrap'";
    }
    return "unnamed module of loader 'app'";
  }
}
