package jeyra.compiler.diag;

/**
 * Formats where in the input a problem is: class, method with descriptor, bytecode offset and
 * source line, e.g. {@code Main.run(I)V at bytecode offset 12 (Main.java:7)}.
 */
public final class CodeLocation {
  private CodeLocation() {}

  /**
   * @param internalClassName the class, in internal form ({@code java/lang/String})
   * @param methodName the method's name
   * @param descriptor the method's descriptor
   * @param bytecodeOffset the offset of the instruction, or -1 for the whole method
   * @param sourceFile the source file name, or null when unknown
   * @param line the source line, or -1 when unknown
   * @return the formatted location
   */
  public static String format(String internalClassName, String methodName, String descriptor,
      int bytecodeOffset, String sourceFile, int line) {
    StringBuilder text = new StringBuilder();
    text.append(internalClassName.replace('/', '.')).append('.').append(methodName)
        .append(descriptor);
    if (bytecodeOffset >= 0) {
      text.append(" at bytecode offset ").append(bytecodeOffset);
    }
    if (line >= 0) {
      text.append(" (").append(sourceFile == null ? "line" : sourceFile).append(':').append(line)
          .append(')');
    }
    return text.toString();
  }
}
