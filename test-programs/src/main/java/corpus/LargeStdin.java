package corpus;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Standard input from a file of more than 4 GiB (the harness gives a sparse one: zeros, then
 * a last line). Offsets and sizes past 2 GiB and 4 GiB must survive every target, i686's
 * split 64-bit system calls included: available() is capped at Integer.MAX_VALUE, skip moves
 * the offset far forward and back, readNBytes and readAllBytes size their buffers from the
 * file's length and position.
 */
public class LargeStdin {
  private static final long FOUR_GIB = 4L << 30;

  public static void main(String[] args) throws IOException {
    FileInputStream in = new FileInputStream(FileDescriptor.in);
    System.out.println("available at the start: " + in.available());
    System.out.println("first bytes: " + Arrays.toString(in.readNBytes(3)));
    System.out.println("skipped: " + in.skip(FOUR_GIB + 12345));
    int remaining = in.available();
    System.out.println("available past 4 GiB: " + remaining);
    System.out.println("bytes there: " + Arrays.toString(in.readNBytes(4)));
    System.out.println("skipped: " + in.skip(remaining - 4 - 10));
    byte[] rest = in.readAllBytes();
    System.out.println("the last " + rest.length + " bytes: "
        + new String(rest, StandardCharsets.UTF_8).replace("\0", "\\0").replace("\n", "\\n"));
    System.out.println("available at the end: " + in.available());
    System.out.println("read at the end: " + in.read());
    System.out.println("skipped back: " + in.skip(-FOUR_GIB));
    System.out.println("available again: " + in.available());
    try {
      in.skip(-2 * FOUR_GIB);
      System.out.println("skipped before the start");
    } catch (IOException e) {
      System.out.println("skipping before the start: " + e.getMessage());
    }
  }
}
