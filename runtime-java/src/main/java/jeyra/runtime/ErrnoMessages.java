package jeyra.runtime;

import java.io.IOException;
import jeyra.libc.Errno;

/** The C library's strerror(3) texts, which the JDK puts in IOException messages. */
public final class ErrnoMessages {
  private ErrnoMessages() {}

  /**
   * The IOException a JDK native throws for a failed call (JNU_ThrowIOExceptionWithLastError):
   * the error's message.
   *
   * @param result a failed call's raw result, a negated errno
   */
  public static IOException ioException(long result) {
    return new IOException(of(Errno.of(result)));
  }

  /** glibc's message for an errno, or "errno N" for the less common ones. */
  public static String of(int errno) {
    switch (errno) {
      case Errno.EPERM: return "Operation not permitted";
      case Errno.ENOENT: return "No such file or directory";
      case Errno.EINTR: return "Interrupted system call";
      case Errno.EIO: return "Input/output error";
      case Errno.EBADF: return "Bad file descriptor";
      case Errno.EAGAIN: return "Resource temporarily unavailable";
      case Errno.ENOMEM: return "Cannot allocate memory";
      case Errno.EACCES: return "Permission denied";
      case Errno.EFAULT: return "Bad address";
      case Errno.EEXIST: return "File exists";
      case Errno.ENOTDIR: return "Not a directory";
      case Errno.EISDIR: return "Is a directory";
      case Errno.EINVAL: return "Invalid argument";
      case Errno.ENOSPC: return "No space left on device";
      case Errno.ESPIPE: return "Illegal seek";
      case Errno.EPIPE: return "Broken pipe";
      default: return "errno " + errno;
    }
  }
}
