package jeyra.compiler.model;

/** Where a class comes from; decides stack-trace format and which frames are hidden. */
public enum Origin {
  /** The JDK's class library ({@code java.base} and other modules of the image). */
  JDK,
  /** jeyra's own runtime modules (origin-java, libc-java, runtime-java). */
  RUNTIME,
  /** The user's class path. */
  USER,
  /** Made by the compiler: array and primitive classes, lowering helpers. */
  SYNTHETIC
}
