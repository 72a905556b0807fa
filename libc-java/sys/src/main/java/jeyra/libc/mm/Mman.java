package jeyra.libc.mm;

import jeyra.annotate.Bare;
import jeyra.annotate.CheckResult;
import jeyra.intrinsics.Syscall;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;

/**
 * Memory mappings: {@code mmap}, {@code munmap}, {@code mprotect}; see mmap(2), mprotect(2).
 * Results are raw (see {@link jeyra.libc.Errno}); a successful {@code mmap} returns the
 * mapping's address, read unsigned.
 */
public final class Mman {
  private Mman() {}

  public static final int PROT_NONE = 0;
  public static final int PROT_READ = 1;
  public static final int PROT_WRITE = 2;
  public static final int PROT_EXEC = 4;

  public static final int MAP_SHARED = 0x01;
  public static final int MAP_PRIVATE = 0x02;
  public static final int MAP_FIXED = 0x10;
  public static final int MAP_ANONYMOUS = 0x20;
  public static final int MAP_NORESERVE = 0x4000;
  public static final int MAP_STACK = 0x20000;

  /** madvise(2): the pages may be dropped; they read as zero afterwards. */
  public static final int MADV_DONTNEED = 4;

  /**
   * mmap(2). On i686 this is {@code mmap2}, whose offset counts 4096-byte units.
   *
   * @param offsetBytes a multiple of the page size
   */
  @CheckResult
  @Bare("a system call wrapper, used before the heap exists")
  public static long mmap(Word address, long lengthBytes, int protection, int flags, int fd,
      long offsetBytes) {
    Word result;
    if (TargetInfo.hasSyscall("mmap")) {
      result = Syscall.syscall6("mmap", address, Word.fromLong(lengthBytes),
          Word.fromInt(protection), Word.fromInt(flags), Word.fromInt(fd),
          Word.fromLong(offsetBytes));
    } else {
      result = Syscall.syscall6("mmap2", address, Word.fromLong(lengthBytes),
          Word.fromInt(protection), Word.fromInt(flags), Word.fromInt(fd),
          Word.fromLong(offsetBytes >>> 12));
    }
    return Errno.result(result);
  }

  /** munmap(2). */
  @CheckResult
  @Bare("a system call wrapper")
  public static long munmap(Word address, long lengthBytes) {
    return Errno.result(Syscall.syscall2("munmap", address, Word.fromLong(lengthBytes)));
  }

  /** mprotect(2). */
  @CheckResult
  @Bare("a system call wrapper")
  public static long mprotect(Word address, long lengthBytes, int protection) {
    return Errno.result(Syscall.syscall3("mprotect", address, Word.fromLong(lengthBytes),
        Word.fromInt(protection)));
  }

  /** madvise(2). */
  @CheckResult
  @Bare("a system call wrapper")
  public static long madvise(Word address, long lengthBytes, int advice) {
    return Errno.result(Syscall.syscall3("madvise", address, Word.fromLong(lengthBytes),
        Word.fromInt(advice)));
  }
}
