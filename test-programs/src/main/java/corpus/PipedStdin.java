package corpus;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * Standard input from a pipe, which has no offset: as on JDK 17, skip, readNBytes and
 * readAllBytes of a FileInputStream fail with "Illegal seek", while read works.
 */
public class PipedStdin {
  public static void main(String[] args) {
    FileInputStream in = new FileInputStream(FileDescriptor.in);
    try {
      System.out.println("first byte: " + (char) in.read());
      System.out.println("skipped: " + in.skip(1));
    } catch (IOException e) {
      System.out.println("skip: " + e.getMessage());
    }
    try {
      System.out.println("read " + in.readNBytes(2).length + " bytes");
    } catch (IOException e) {
      System.out.println("readNBytes: " + e.getMessage());
    }
    try {
      System.out.println("read " + in.readAllBytes().length + " bytes");
    } catch (IOException e) {
      System.out.println("readAllBytes: " + e.getMessage());
    }
    try {
      System.out.println("System.in skipped: " + System.in.skip(1));
    } catch (IOException e) {
      System.out.println("System.in.skip: " + e.getMessage());
    }
  }
}
