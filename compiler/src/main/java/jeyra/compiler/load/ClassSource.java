package jeyra.compiler.load;

import java.io.IOException;
import java.util.List;

/** A place class files come from: a directory, a jar, or the JDK's module image. */
public interface ClassSource {
  /**
   * Reads the class file of a class.
   *
   * @param internalName the class name in internal form ({@code java/lang/String})
   * @return the bytes, or null if this source does not have the class
   * @throws IOException if the source has the class but it cannot be read
   */
  byte[] read(String internalName) throws IOException;

  /**
   * Lists every class in this source, in internal form. Only sources that are loaded whole
   * (jeyra's runtime modules) need to answer.
   *
   * @throws IOException if the source cannot be listed
   */
  List<String> listClasses() throws IOException;

  /** Where the classes come from, for messages ({@code /path/app.jar}). */
  String describe();
}
