package jeyra.arch;

import java.util.Map;
import java.util.OptionalInt;

/** RISC-V 64 Linux (LP64D, RV64GC). */
public final class Riscv64 implements Target {
  /** The one instance. */
  public static final Riscv64 INSTANCE = new Riscv64();

  private static final Map<String, Integer> CONSTANTS = Map.copyOf(CConstants.riscv64());

  private Riscv64() {}

  @Override
  public String name() {
    return "riscv64";
  }

  @Override
  public String llvmTriple() {
    return "riscv64-unknown-linux-gnu";
  }

  @Override
  public String llvmCpu() {
    return "generic-rv64";
  }

  @Override
  public String llvmFeatures() {
    return "+m,+a,+f,+d,+c";
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
    return false;
  }

  @Override
  public String javaOsArch() {
    return "riscv64";
  }

  @Override
  public String qemuUserProgram() {
    return "qemu-riscv64";
  }

  @Override
  public SyscallTable syscalls() {
    return Syscalls.GENERIC;
  }

  @Override
  public InlineAsm syscall(int argumentCount) {
    // The number goes in a7 (x17), arguments in a0-a5 (x10-x15); the kernel returns in a0.
    StringBuilder constraints = new StringBuilder("={x10},{x17}");
    for (int i = 0; i < argumentCount; i++) {
      constraints.append(",{x").append(10 + i).append('}');
    }
    constraints.append(",~{memory}");
    return new InlineAsm("ecall", constraints.toString(), true);
  }

  @Override
  public boolean syscallNumberIsImmediate(int argumentCount) {
    return false;
  }

  @Override
  public String entryStub(String entrySymbol) {
    return AsmFunction.global("_start",
        "  mv s0, zero", // end of the frame-pointer chain
        "  mv ra, zero", // no return address
        "  mv a0, sp", // argument: the initial stack pointer, pointing at argc
        "  andi sp, sp, -16", // the ABI wants a 16-byte aligned stack
        "  call " + entrySymbol, // never returns
        "  unimp",
        ".size _start, .-_start",
        "");
  }

  @Override
  public InlineAsm spillCalleeSavedRegisters() {
    // The psABI's callee-saved general registers; s0 is the frame pointer.
    return new InlineAsm("", "~{s1},~{s2},~{s3},~{s4},~{s5},~{s6},~{s7},~{s8},~{s9},~{s10},"
        + "~{s11},~{memory}", true);
  }

  @Override
  public InlineAsm readThreadPointer() {
    return new InlineAsm("mv $0, tp", "=r", false);
  }

  @Override
  public InlineAsm setThreadPointer() {
    return new InlineAsm("mv tp, $0", "r,~{memory}", true);
  }

  @Override
  public InlineAsm startThread(String entrySymbol) {
    // clone(flags a0, stack a1, parent tid a2, tls a3, child tid a4); the kernel sets tp
    // from tls.
    int clone = Syscalls.GENERIC.number("clone").getAsInt();
    int exit = Syscalls.GENERIC.number("exit").getAsInt();
    return new InlineAsm(String.join("\n\t",
        "li a7, " + clone,
        "ecall",
        "bnez a0, 1f",
        "mv s0, zero", // the child: end of the frame chain
        "mv ra, zero",
        "mv a0, a3",
        "call " + entrySymbol,
        "li a7, " + exit,
        "li a0, 0",
        "ecall",
        "unimp",
        "1:"),
        "={x10},{x10},{x11},{x12},{x14},{x13},~{x17},~{memory}",
        true);
  }

  @Override
  public String signalReturnStub(String symbol) {
    // Unused: riscv64 has no sa_restorer (SA_RESTORER is 0). Defined so that every target
    // links the same symbols.
    int sigreturn = Syscalls.GENERIC.number("rt_sigreturn").getAsInt();
    return AsmFunction.hidden(symbol,
        "  li a7, " + sigreturn,
        "  ecall",
        "  unimp");
  }

  @Override
  public FrameRecord frameRecord() {
    return new FrameRecord(-16, -8); // s0 is the canonical frame address: the record is below
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
