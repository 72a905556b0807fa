package jeyra.arch;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The kernel's system call numbers for one ABI, by the kernel's names.
 *
 * <p>Only the calls jeyra's libc layer makes are listed. Names are those of the kernel
 * ({@code fstatat64}, {@code _llseek}), not of libc wrappers, so a missing entry means that
 * the target really lacks the call and code must use another.
 */
public final class SyscallTable {
  private final Map<String, Integer> numbers;

  private SyscallTable(Map<String, Integer> numbers) {
    this.numbers = Map.copyOf(numbers);
  }

  /**
   * Builds a table from alternating names and numbers.
   *
   * @param namesAndNumbers {@code "read", 0, "write", 1, ...}
   * @return the table
   */
  static SyscallTable of(Object... namesAndNumbers) {
    if (namesAndNumbers.length % 2 != 0) {
      throw new IllegalArgumentException("names and numbers must alternate");
    }
    Map<String, Integer> map = new TreeMap<>();
    for (int i = 0; i < namesAndNumbers.length; i += 2) {
      String name = (String) namesAndNumbers[i];
      Integer number = (Integer) namesAndNumbers[i + 1];
      if (map.put(name, number) != null) {
        throw new IllegalArgumentException("syscall listed twice: " + name);
      }
    }
    return new SyscallTable(map);
  }

  /**
   * Returns the number of a system call.
   *
   * @param name the kernel's name of the call, not null
   * @return the number, or empty if this ABI has no such call
   */
  public OptionalInt number(String name) {
    Integer number = numbers.get(name);
    return number == null ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /** Returns every name in the table, sorted. */
  public Iterable<String> names() {
    return numbers.keySet();
  }
}
