package jeyra.libc.fs;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/**
 * The type and size of an open file: statx(2). Unlike {@code struct stat}, whose layout
 * differs among the four targets (and is {@code stat64} on i686), {@code struct statx} is
 * the same everywhere, with a 64-bit size. Results are raw (see {@link jeyra.libc.Errno}).
 */
public final class FileStatus {
  private FileStatus() {}

  /**
   * Bytes the caller provides: the 256-byte {@code struct statx}, then the empty path that
   * {@code AT_EMPTY_PATH} wants (kernels before 6.11 refuse a null one).
   */
  public static final int BUFFER_BYTES = 264;

  private static final int STATX_BYTES = 256;
  private static final int AT_EMPTY_PATH = 0x1000;
  private static final int STATX_TYPE = 0x1;
  private static final int STATX_SIZE = 0x200;
  private static final int MODE_OFFSET = 28; // stx_mode, a 16-bit field
  private static final int SIZE_OFFSET = 40; // stx_size

  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFIFO = 0010000;

  /**
   * Describes the file open at {@code fd} into {@code buffer}.
   *
   * <p>Safety: {@code buffer} is writable for {@link #BUFFER_BYTES} bytes.
   *
   * @return 0 or a negated errno
   */
  @CheckResult
  @Bare("a system call wrapper")
  public static long describe(int fd, Word buffer) {
    Word emptyPath = buffer.add(STATX_BYTES);
    emptyPath.writeByte(0, (byte) 0);
    return Errno.result(Syscall.syscall5("statx", Word.fromInt(fd), emptyPath,
        Word.fromInt(AT_EMPTY_PATH), Word.fromInt(STATX_TYPE | STATX_SIZE), buffer));
  }

  /**
   * Whether a described file is a stream with no size: a terminal or other character
   * device, a pipe or a socket.
   */
  @Bare("reads memory")
  public static boolean isStream(Word buffer) {
    int type = type(buffer);
    return type == S_IFCHR || type == S_IFIFO || type == S_IFSOCK;
  }

  /** The size in bytes of a described file. */
  @Bare("reads memory")
  public static long size(Word buffer) {
    return buffer.readLong(SIZE_OFFSET);
  }

  @Bare("reads memory")
  private static int type(Word buffer) {
    return buffer.readChar(MODE_OFFSET) & S_IFMT;
  }
}
