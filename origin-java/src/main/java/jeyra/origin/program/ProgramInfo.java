package jeyra.origin.program;

import jeyra.annotate.Bare;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/**
 * What the kernel handed the program: arguments, environment, auxiliary vector. Recorded
 * once by {@link Program#start}; read-only afterwards.
 */
public final class ProgramInfo {
  private ProgramInfo() {}

  /** Auxiliary vector keys (Linux {@code include/uapi/linux/auxvec.h}). */
  public static final int AT_NULL = 0;
  public static final int AT_PHDR = 3;
  public static final int AT_PHNUM = 5;
  public static final int AT_PAGESZ = 6;
  public static final int AT_ENTRY = 9;
  public static final int AT_HWCAP = 16;
  public static final int AT_CLKTCK = 17;
  public static final int AT_RANDOM = 25;
  public static final int AT_EXECFN = 31;

  private static int argc;
  private static Word argv;
  private static Word envp;
  private static Word auxv;
  private static Word initialStackPointer;

  @Bare("called by the entry code")
  static void record(int count, Word arguments, Word environment, Word auxiliary,
      Word stackPointer) {
    argc = count;
    argv = arguments;
    envp = environment;
    auxv = auxiliary;
    initialStackPointer = stackPointer;
  }

  /** The number of arguments, the program name included. */
  @Bare("read-only after start")
  public static int argc() {
    return argc;
  }

  /** The address of the {@code argv} array of C strings. */
  @Bare("read-only after start")
  public static Word argv() {
    return argv;
  }

  /** The address of the null-terminated {@code envp} array of C strings. */
  @Bare("read-only after start")
  public static Word envp() {
    return envp;
  }

  /** The stack pointer the kernel started the program with (the top of the main stack). */
  @Bare("read-only after start")
  public static Word initialStackPointer() {
    return initialStackPointer;
  }

  /**
   * A value of the auxiliary vector.
   *
   * @param type an {@code AT_} key
   * @return the value, or 0 if the kernel did not pass it
   */
  @Bare("read-only after start")
  public static Word auxiliaryValue(int type) {
    int word = TargetInfo.wordBytes();
    Word entry = auxv;
    while (true) {
      Word key = entry.readWord(0);
      if (key.isZero()) {
        return Word.zero();
      }
      if (key.toLong() == type) {
        return entry.readWord(word);
      }
      entry = entry.add(2L * word);
    }
  }

  /** The page size from {@code AT_PAGESZ} (aarch64 kernels may use 16 or 64 KiB pages). */
  @Bare("read-only after start")
  public static int pageSize() {
    Word size = auxiliaryValue(AT_PAGESZ);
    return size.isZero() ? 4096 : size.toInt();
  }
}
