package jeyra.runtime.jdk;

import java.io.FileDescriptor;
import java.io.IOException;
import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.fs.FileControl;
import jeyra.libc.fs.FileStatus;
import jeyra.libc.io.DeviceControl;
import jeyra.libc.io.Seek;
import jeyra.runtime.ErrnoMessages;
import jeyra.runtime.sync.SafeSystemCalls;

// Substitutions for java.io: file descriptors and the byte streams over them, as the JDK's
// io_util.c / io_util_md.c implement them, over libc-java's read(2) and write(2).

/** {@code java.io.FileDescriptor}. */
@TargetClass(FileDescriptor.class)
final class Target_java_io_FileDescriptor {
  @Alias int fd;

  /** The JNI field ids the JDK caches: nothing to do. */
  @Substitute
  private static void initIDs() {}

  /** Windows handles; -1 everywhere else. */
  @Substitute
  private static long getHandle(int d) {
    return -1;
  }

  @Substitute
  private static boolean getAppend(int fd) {
    long flags = FileControl.fcntl(fd, FileControl.F_GETFL, 0);
    return !Errno.failed(flags) && (flags & TargetInfo.constant("O_APPEND")) != 0;
  }

  @Substitute
  private void close0() throws IOException {
    int descriptor = fd;
    if (descriptor == -1) {
      return;
    }
    fd = -1;
    long result = FileControl.close(descriptor);
    if (Errno.failed(result) && Errno.of(result) != Errno.EINTR) {
      throw ErrnoMessages.ioException(result);
    }
  }
}

/** {@code java.io.FileOutputStream}: writes to its descriptor. */
@TargetClass(java.io.FileOutputStream.class)
final class Target_java_io_FileOutputStream {
  @Alias private FileDescriptor fd;

  @Substitute
  private static void initIDs() {}

  @Substitute
  private void write(int b, boolean append) throws IOException {
    writeBytes(new byte[] {(byte) b}, 0, 1, append);
  }

  /** io_util.c writeBytes: checks, then write(2) until everything is written. */
  @Substitute
  private void writeBytes(byte[] b, int off, int len, boolean append) throws IOException {
    if (b == null) {
      throw new NullPointerException();
    }
    if (off < 0 || len < 0 || b.length - off < len) {
      throw new IndexOutOfBoundsException();
    }
    int descriptor = Util_java_io_FileDescriptor.openDescriptor(fd);
    Word address = Word.addressOf(b).add(TargetInfo.arrayBaseOffset()).add(off);
    int written = 0;
    while (written < len) {
      long result = SafeSystemCalls.write(descriptor, address.add(written), len - written);
      if (Errno.failed(result)) {
        if (Errno.of(result) == Errno.EINTR) {
          continue;
        }
        throw ErrnoMessages.ioException(result);
      }
      written += (int) result;
    }
  }
}

/** {@code java.io.FileInputStream}: reads from its descriptor. */
@TargetClass(java.io.FileInputStream.class)
final class Target_java_io_FileInputStream {
  @Alias private FileDescriptor fd;

  @Substitute
  private static void initIDs() {}

  @Substitute
  private int read0() throws IOException {
    byte[] one = new byte[1];
    int count = readBytes(one, 0, 1);
    return count <= 0 ? -1 : one[0] & 0xff;
  }

  /**
   * io_util_md.c handleAvailable: the bytes readable without blocking. For a stream
   * (terminal, pipe, socket) the kernel's count, FIONREAD; for anything else the distance
   * from the offset to the end, which may pass 2 GiB: it is capped at Integer.MAX_VALUE.
   * (FIONREAD on a regular file would give that distance cut to 32 bits.)
   */
  @Substitute
  private int available0() throws IOException {
    int descriptor = Util_java_io_FileDescriptor.openDescriptor(fd);
    byte[] status = new byte[FileStatus.BUFFER_BYTES];
    Word described = Word.addressOf(status).add(TargetInfo.arrayBaseOffset());
    if (!Errno.failed(FileStatus.describe(descriptor, described))
        && FileStatus.isStream(described)) {
      int[] count = new int[1];
      long result = DeviceControl.ioctl(descriptor, TargetInfo.constant("FIONREAD"),
          Word.addressOf(count).add(TargetInfo.arrayBaseOffset()));
      if (!Errno.failed(result)) {
        return Math.max(count[0], 0);
      }
    }
    long current = Util_java_io_FileDescriptor.currentOffset(descriptor);
    long end = Util_java_io_FileDescriptor.seek(descriptor, 0, TargetInfo.constant("SEEK_END"));
    Util_java_io_FileDescriptor.seek(descriptor, current, TargetInfo.constant("SEEK_SET"));
    return (int) Math.min(Integer.MAX_VALUE, Math.max(end - current, 0));
  }

  /**
   * FileInputStream.c skip0: moves the offset by {@code n} (back, if negative) and returns
   * how far it moved; past the end is allowed. A pipe cannot seek: IOException "Illegal
   * seek".
   */
  @Substitute
  private long skip0(long n) throws IOException {
    int descriptor = Util_java_io_FileDescriptor.openDescriptor(fd);
    long current = Util_java_io_FileDescriptor.currentOffset(descriptor);
    long end = Util_java_io_FileDescriptor.seek(descriptor, n, TargetInfo.constant("SEEK_CUR"));
    return end - current;
  }

  /**
   * FileInputStream.c length0 (io_util_md.c handleGetLength): the file's size; 0 for a pipe
   * or terminal. (HotSpot asks a block device its size with BLKGETSIZE64; jeyra does not,
   * and gives the 0 the kernel reports.)
   */
  @Substitute
  private long length0() throws IOException {
    int descriptor = Util_java_io_FileDescriptor.openDescriptor(fd);
    byte[] status = new byte[FileStatus.BUFFER_BYTES];
    Word described = Word.addressOf(status).add(TargetInfo.arrayBaseOffset());
    long result = FileStatus.describe(descriptor, described);
    if (Errno.failed(result)) {
      throw ErrnoMessages.ioException(result);
    }
    return FileStatus.size(described);
  }

  /** FileInputStream.c position0: the file offset; a pipe has none ("Illegal seek"). */
  @Substitute
  private long position0() throws IOException {
    int descriptor = Util_java_io_FileDescriptor.openDescriptor(fd);
    return Util_java_io_FileDescriptor.currentOffset(descriptor);
  }

  /** io_util.c readBytes: -1 at end of file. */
  @Substitute
  private int readBytes(byte[] b, int off, int len) throws IOException {
    if (b == null) {
      throw new NullPointerException();
    }
    if (off < 0 || len < 0 || b.length - off < len) {
      throw new IndexOutOfBoundsException();
    }
    if (len == 0) {
      return 0;
    }
    int descriptor = Util_java_io_FileDescriptor.openDescriptor(fd);
    Word address = Word.addressOf(b).add(TargetInfo.arrayBaseOffset()).add(off);
    while (true) {
      long result = SafeSystemCalls.read(descriptor, address, len);
      if (Errno.failed(result)) {
        if (Errno.of(result) == Errno.EINTR) {
          continue;
        }
        throw ErrnoMessages.ioException(result);
      }
      return result == 0 ? -1 : (int) result;
    }
  }
}

/** Helpers of the FileInputStream and FileOutputStream substitutions: descriptor calls. */
final class Util_java_io_FileDescriptor {
  private Util_java_io_FileDescriptor() {}

  /** The descriptor of an open stream; IOException "Stream Closed" for a closed one. */
  static int openDescriptor(FileDescriptor fd) throws IOException {
    int descriptor = ((Target_java_io_FileDescriptor) (Object) fd).fd;
    if (descriptor == -1) {
      throw new IOException("Stream Closed");
    }
    return descriptor;
  }

  /** The file offset: {@link #seek} by nothing from the current one. */
  static long currentOffset(int descriptor) throws IOException {
    return seek(descriptor, 0, TargetInfo.constant("SEEK_CUR"));
  }

  /** lseek(2), throwing as JNU_ThrowIOExceptionWithLastError: the error's message. */
  static long seek(int descriptor, long offset, int whence) throws IOException {
    long result = Seek.lseek(descriptor, offset, whence);
    if (Errno.failed(result)) {
      throw ErrnoMessages.ioException(result);
    }
    return result;
  }
}
