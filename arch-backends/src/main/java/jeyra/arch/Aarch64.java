package jeyra.arch;

import java.util.Map;
import java.util.OptionalInt;

/** AArch64 Linux (AAPCS64). */
public final class Aarch64 implements Target {
  /** The one instance. */
  public static final Aarch64 INSTANCE = new Aarch64();

  private static final Map<String, Integer> CONSTANTS = Map.copyOf(CConstants.arm64());

  private Aarch64() {}

  @Override
  public String name() {
    return "aarch64";
  }

  @Override
  public String llvmTriple() {
    return "aarch64-unknown-linux-gnu";
  }

  @Override
  public String llvmCpu() {
    return "generic";
  }

  @Override
  public String llvmFeatures() {
    return "";
  }

  @Override
  public int wordBytes() {
    return 8;
  }

  @Override
  public boolean bigEndian() {
    return false;
  }

  @Override
  public boolean unalignedAccess() {
    return true;
  }

  @Override
  public String javaOsArch() {
    return "aarch64";
  }

  @Override
  public String qemuUserProgram() {
    return "qemu-aarch64";
  }

  @Override
  public SyscallTable syscalls() {
    return Syscalls.GENERIC;
  }

  @Override
  public InlineAsm syscall(int argumentCount) {
    // The number goes in x8, arguments in x0-x5; the kernel returns in x0.
    StringBuilder constraints = new StringBuilder("={x0},{x8}");
    for (int i = 0; i < argumentCount; i++) {
      constraints.append(",{x").append(i).append('}');
    }
    constraints.append(",~{memory}");
    return new InlineAsm("svc #0", constraints.toString(), true);
  }

  @Override
  public boolean syscallNumberIsImmediate(int argumentCount) {
    return false;
  }

  @Override
  public String entryStub(String entrySymbol) {
    return AsmFunction.global("_start",
        "  mov x29, xzr", // end of the frame-pointer chain
        "  mov x30, xzr", // no return address
        "  mov x0, sp", // argument: the initial stack pointer, pointing at argc
        "  bl " + entrySymbol, // never returns; the kernel already aligned sp to 16
        "  brk #0x1",
        ".size _start, .-_start",
        "");
  }

  @Override
  public InlineAsm spillCalleeSavedRegisters() {
    // AAPCS64's callee-saved general registers; x29 is the frame pointer.
    return new InlineAsm("", "~{x19},~{x20},~{x21},~{x22},~{x23},~{x24},~{x25},~{x26},"
        + "~{x27},~{x28},~{memory}", true);
  }

  @Override
  public InlineAsm readThreadPointer() {
    return new InlineAsm("mrs $0, tpidr_el0", "=r", false);
  }

  @Override
  public InlineAsm setThreadPointer() {
    return new InlineAsm("msr tpidr_el0, $0", "r,~{memory}", true);
  }

  @Override
  public InlineAsm startThread(String entrySymbol) {
    // clone(flags x0, stack x1, parent tid x2, tls x3, child tid x4); the kernel sets
    // tpidr_el0 from tls.
    int clone = Syscalls.GENERIC.number("clone").getAsInt();
    int exit = Syscalls.GENERIC.number("exit").getAsInt();
    return new InlineAsm(String.join("\n\t",
        "mov x8, #" + clone,
        "svc #0",
        "cbnz x0, 1f",
        "mov x29, xzr", // the child: end of the frame chain
        "mov x30, xzr",
        "mov x0, x3",
        "bl " + entrySymbol,
        "mov x8, #" + exit,
        "mov x0, xzr",
        "svc #0",
        "brk #0",
        "1:"),
        "={x0},{x0},{x1},{x2},{x4},{x3},~{x8},~{memory}",
        true);
  }

  @Override
  public String signalReturnStub(String symbol) {
    int sigreturn = Syscalls.GENERIC.number("rt_sigreturn").getAsInt();
    return AsmFunction.hidden(symbol,
        "  mov x8, #" + sigreturn, // sp is at the signal frame
        "  svc #0",
        "  brk #0");
  }

  @Override
  public FrameRecord frameRecord() {
    return new FrameRecord(0, 8); // [x29] = caller's x29, [x29 + 8] = saved x30 (lr)
  }

  @Override
  public String wordDirective() {
    return ".8byte";
  }

  @Override
  public OptionalInt constant(String name) {
    Integer value = CONSTANTS.get(name);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
