package jeyra.runtime;

import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;

/**
 * Which program a multi-call executable runs (one built from several main classes, as
 * BusyBox holds many tools): the one named by the executable's own name ({@code argv[0]},
 * say through a symbolic link), else the one named by the first argument, which is then not
 * passed on. A program's names are its main class's binary name and that class's simple name
 * in lower case (the executable name {@code jeyra compile} would give it alone).
 */
public final class ProgramSelection {
  private ProgramSelection() {}

  private static int selected;
  /** Index in argv of the selected program's first argument: 2 if argv[1] named it. */
  private static int firstArgument = 1;

  /** The main class of the program running, for {@code sun.java.command}. */
  public static String selectedMainClass() {
    return Linkage.mainClassName(selected);
  }

  /** No program matched: the caller prints the usage and exits. */
  static final int NONE = -1;

  /** Picks the program to run; returns it, or {@link #NONE}. */
  static int select(int argc, Word argv) {
    if (Linkage.programCount() == 1) {
      selected = 0;
      return selected;
    }
    selected = argc > 0 ? find(baseName(argument(argv, 0))) : NONE;
    if (selected == NONE && argc > 1) {
      selected = find(argument(argv, 1));
      firstArgument = 2;
    }
    return selected;
  }

  /** Index in argv of the selected program's first argument. */
  static int firstArgument() {
    return firstArgument;
  }

  /** The lines of text a multi-call executable prints when no program was named. */
  static String usage(int argc, Word argv) {
    StringBuilder text = new StringBuilder("usage: ");
    text.append(argc > 0 ? CStrings.toAscii(argument(argv, 0)) : "program")
        .append(" PROGRAM [ARGUMENTS...]\nprograms:");
    for (int i = 0; i < Linkage.programCount(); i++) {
      text.append(' ').append(Linkage.mainClassName(i));
    }
    return text.toString();
  }

  private static int find(Word name) {
    for (int i = 0; i < Linkage.programCount(); i++) {
      String mainClass = Linkage.mainClassName(i);
      if (CStrings.equalsString(name, mainClass)
          || CStrings.equalsString(name, lowerCaseSimpleName(mainClass))) {
        return i;
      }
    }
    return NONE;
  }

  private static String lowerCaseSimpleName(String binaryName) {
    String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1);
    StringBuilder lower = new StringBuilder(simple.length());
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return lower.toString();
  }

  private static Word argument(Word argv, int index) {
    return argv.readWord((long) index * TargetInfo.wordBytes());
  }

  /** The part of a C string path after its last '/'. */
  private static Word baseName(Word path) {
    Word base = path;
    for (long i = 0; path.readByte(i) != 0; i++) {
      if (path.readByte(i) == '/') {
        base = path.add(i + 1);
      }
    }
    return base;
  }
}
