package jeyra.arch;

/**
 * The three Linux system call numberings the four targets use.
 *
 * <p>Numbers come from the kernel's {@code arch/x86/entry/syscalls/syscall_64.tbl},
 * {@code syscall_32.tbl} and {@code include/uapi/asm-generic/unistd.h}. The 32-bit x86 table
 * has the {@code *64} and {@code *_time64} variants that take 64-bit offsets and times, and
 * lacks the 64-bit-only names; the generic table (aarch64, riscv64) lacks the legacy calls
 * that have an {@code *at} replacement ({@code open}, {@code renameat}).
 */
final class Syscalls {
  private Syscalls() {}

  /** x86-64: {@code arch/x86/entry/syscalls/syscall_64.tbl}. */
  static final SyscallTable X86_64 = SyscallTable.of(
      "read", 0, "write", 1, "close", 3, "fstat", 5, "lseek", 8, "mmap", 9, "mprotect", 10,
      "munmap", 11, "brk", 12, "rt_sigaction", 13, "rt_sigprocmask", 14, "rt_sigreturn", 15,
      "ioctl", 16, "pread64", 17, "pwrite64", 18, "readv", 19, "writev", 20, "sched_yield", 24,
      "mremap", 25, "madvise", 28, "dup", 32, "nanosleep", 35, "getpid", 39, "clone", 56,
      "execve", 59, "exit", 60, "wait4", 61, "kill", 62, "uname", 63, "fcntl", 72, "fsync", 74,
      "ftruncate", 77, "getcwd", 79, "gettimeofday", 96, "sysinfo", 99, "getuid", 102,
      "getgid", 104, "geteuid", 107, "getegid", 108, "getppid", 110, "sigaltstack", 131,
      "arch_prctl", 158, "gettid", 186, "futex", 202, "sched_getaffinity", 204,
      "getdents64", 217, "set_tid_address", 218, "clock_gettime", 228, "clock_nanosleep", 230,
      "exit_group", 231, "tgkill", 234, "openat", 257, "mkdirat", 258, "newfstatat", 262,
      "unlinkat", 263, "readlinkat", 267, "faccessat", 269, "dup3", 292, "pipe2", 293,
      "prlimit64", 302, "renameat2", 316, "getrandom", 318, "membarrier", 324, "statx", 332,
      "rseq", 334);

  /** aarch64 and riscv64: {@code include/uapi/asm-generic/unistd.h}. */
  static final SyscallTable GENERIC = SyscallTable.of(
      "getcwd", 17, "dup", 23, "dup3", 24, "fcntl", 25, "ioctl", 29, "mkdirat", 34,
      "unlinkat", 35, "ftruncate", 46, "faccessat", 48, "openat", 56, "close", 57, "pipe2", 59,
      "getdents64", 61, "lseek", 62, "read", 63, "write", 64, "readv", 65, "writev", 66,
      "pread64", 67, "pwrite64", 68, "readlinkat", 78, "newfstatat", 79, "fstat", 80, "fsync", 82,
      "exit", 93, "exit_group", 94, "set_tid_address", 96, "futex", 98, "nanosleep", 101,
      "clock_gettime", 113, "clock_nanosleep", 115, "sched_getaffinity", 123,
      "sched_yield", 124, "kill", 129, "tgkill", 131, "sigaltstack", 132, "rt_sigaction", 134,
      "rt_sigprocmask", 135, "rt_sigreturn", 139, "uname", 160, "gettimeofday", 169,
      "getpid", 172, "getppid", 173, "getuid", 174, "geteuid", 175, "getgid", 176, "getegid", 177,
      "gettid", 178, "sysinfo", 179, "brk", 214, "munmap", 215, "mremap", 216, "clone", 220,
      "execve", 221, "mmap", 222, "mprotect", 226, "madvise", 233, "wait4", 260, "prlimit64", 261,
      "renameat2", 276, "getrandom", 278, "membarrier", 283, "statx", 291, "rseq", 293);

  /** i386: {@code arch/x86/entry/syscalls/syscall_32.tbl}. */
  static final SyscallTable I386 = SyscallTable.of(
      "exit", 1, "read", 3, "write", 4, "close", 6, "execve", 11, "getpid", 20, "kill", 37,
      "dup", 41, "brk", 45, "ioctl", 54, "getppid", 64, "gettimeofday", 78, "munmap", 91,
      "wait4", 114, "sysinfo", 116, "fsync", 118, "clone", 120, "uname", 122, "mprotect", 125,
      "_llseek", 140, "readv", 145, "writev", 146, "sched_yield", 158, "nanosleep", 162,
      "mremap", 163, "rt_sigreturn", 173, "rt_sigaction", 174, "rt_sigprocmask", 175,
      "pread64", 180, "pwrite64", 181, "getcwd", 183, "sigaltstack", 186, "mmap2", 192,
      "ftruncate64", 194, "fstat64", 197, "getuid32", 199, "getgid32", 200, "geteuid32", 201,
      "getegid32", 202, "madvise", 219, "getdents64", 220, "fcntl64", 221, "gettid", 224,
      "futex", 240, "sched_getaffinity", 242, "set_thread_area", 243, "exit_group", 252,
      "set_tid_address", 258, "clock_gettime", 265, "clock_nanosleep", 267, "tgkill", 270,
      "openat", 295, "mkdirat", 296, "fstatat64", 300, "unlinkat", 301, "readlinkat", 305,
      "faccessat", 307, "dup3", 330, "pipe2", 331, "prlimit64", 340, "renameat2", 353,
      "getrandom", 355, "membarrier", 375, "statx", 383, "rseq", 386, "clock_gettime64", 403,
      "clock_nanosleep_time64", 407, "futex_time64", 422);
}
