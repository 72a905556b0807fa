/**
 * The intrinsics: operations that origin-java, libc-java and runtime-java need and Java lacks.
 *
 * <p>This package is jeyra's {@code unsafe}. Its methods are declared {@code native} and have
 * no implementation anywhere: the compiler recognises every call by owner, name and descriptor
 * and emits LLVM IR in its place. A call the compiler does not recognise is a build error, and
 * calling one on a JVM throws {@link java.lang.UnsatisfiedLinkError}, so nothing here can run
 * by accident.
 *
 * <p>Contents: {@link jeyra.intrinsics.Word}, a pointer-sized unsigned integer with memory
 * access and atomics; {@link jeyra.intrinsics.Syscall}, the target's system call instruction;
 * {@link jeyra.intrinsics.Cpu}, the thread pointer, frame address, fences and traps;
 * {@link jeyra.intrinsics.TargetInfo}, compile-time target queries folded to constants;
 * {@link jeyra.intrinsics.Linkage}, addresses of linker symbols and the program's
 * {@code main}; {@link jeyra.intrinsics.ThreadBlockLayout}, the thread block layout the
 * compiler and runtime share.
 *
 * <p>Rules every caller follows: arguments that the javadoc calls constant must be literals
 * (or {@code static final} constants javac folds); a {@code Word} is never {@code null}, never
 * stored in an {@code Object} or an array, and never compared with {@code ==} (use
 * {@link jeyra.intrinsics.Word#equal}).
 */
package jeyra.intrinsics;
