package jeyra.runtime.jdk;

import java.util.HashMap;
import jeyra.runtime.ImageInfo;

/**
 * The table behind {@code String.intern}. It starts with every string literal of the image,
 * which are the canonical instances, so {@code new String("a").intern() == "a"} holds.
 */
final class InternTable {
  private InternTable() {}

  private static HashMap<String, String> table;

  static synchronized String intern(String value) {
    if (table == null) {
      String[] literals = ImageInfo.internedStrings;
      table = new HashMap<>(literals.length * 2);
      for (String literal : literals) {
        table.put(literal, literal);
      }
    }
    String known = table.putIfAbsent(value, value);
    return known != null ? known : value;
  }
}
