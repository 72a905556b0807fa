package jeyra.compiler.model;

/** Names of the intrinsic classes (see the {@code jeyra.intrinsics} package). */
public final class Intrinsics {
  private Intrinsics() {}

  /** Package of the intrinsic classes, internal form with trailing slash. */
  public static final String PACKAGE = "jeyra/intrinsics/";

  public static final String WORD = "jeyra/intrinsics/Word";
  public static final String WORD_DESCRIPTOR = "Ljeyra/intrinsics/Word;";
  public static final String SYSCALL = "jeyra/intrinsics/Syscall";
  public static final String CPU = "jeyra/intrinsics/Cpu";
  public static final String TARGET_INFO = "jeyra/intrinsics/TargetInfo";
  public static final String LINKAGE = "jeyra/intrinsics/Linkage";
  public static final String BITS = "jeyra/intrinsics/Bits";

  /** Whether calls to methods of this class are intrinsics. */
  public static boolean isIntrinsicClass(String internalName) {
    return internalName.equals(WORD) || internalName.equals(SYSCALL) || internalName.equals(CPU)
        || internalName.equals(TARGET_INFO) || internalName.equals(LINKAGE)
        || internalName.equals(BITS);
  }
}
