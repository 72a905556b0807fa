package jeyra.arch;

import java.util.Map;
import java.util.OptionalInt;

/** x86-64 Linux (System V ABI). */
public final class X86_64 implements Target {
  /** The one instance. */
  public static final X86_64 INSTANCE = new X86_64();

  private static final Map<String, Integer> CONSTANTS = constants();

  private X86_64() {}

  private static Map<String, Integer> constants() {
    Map<String, Integer> values = CConstants.generic();
    values.put("ARCH_SET_FS", 0x1002);
    return Map.copyOf(values);
  }

  @Override
  public String name() {
    return "x86_64";
  }

  @Override
  public String llvmTriple() {
    return "x86_64-unknown-linux-gnu";
  }

  @Override
  public String llvmCpu() {
    return "x86-64";
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
    return "amd64";
  }

  @Override
  public String qemuUserProgram() {
    return "qemu-x86_64";
  }

  @Override
  public SyscallTable syscalls() {
    return Syscalls.X86_64;
  }

  @Override
  public InlineAsm syscall(int argumentCount) {
    // The number goes in rax, arguments in rdi, rsi, rdx, r10, r8, r9; the kernel returns in
    // rax and overwrites rcx (return address) and r11 (saved flags).
    String[] registers = {"{rdi}", "{rsi}", "{rdx}", "{r10}", "{r8}", "{r9}"};
    StringBuilder constraints = new StringBuilder("={rax},{rax}");
    for (int i = 0; i < argumentCount; i++) {
      constraints.append(',').append(registers[i]);
    }
    constraints.append(",~{rcx},~{r11},~{memory}");
    return new InlineAsm("syscall", constraints.toString(), true);
  }

  @Override
  public boolean syscallNumberIsImmediate(int argumentCount) {
    return false;
  }

  @Override
  public String entryStub(String entrySymbol) {
    return AsmFunction.global("_start",
        "  xorl %ebp, %ebp", // end of the frame-pointer chain
        "  movq %rsp, %rdi", // argument: the initial stack pointer, pointing at argc
        "  andq $-16, %rsp", // the ABI wants a 16-byte aligned stack at a call
        "  callq " + entrySymbol, // never returns
        "  ud2",
        ".size _start, .-_start",
        "");
  }

  @Override
  public InlineAsm spillCalleeSavedRegisters() {
    // The System V callee-saved general registers; rbp is the frame pointer.
    return new InlineAsm("", "~{rbx},~{r12},~{r13},~{r14},~{r15},~{memory}", true);
  }

  @Override
  public InlineAsm readThreadPointer() {
    // The ABI keeps the thread pointer's own value in its first word: fs:0.
    return new InlineAsm("movq %fs:0, $0", "=r", false);
  }

  @Override
  public InlineAsm setThreadPointer() {
    // arch_prctl(ARCH_SET_FS, pointer): user code cannot write the fs base directly.
    return new InlineAsm(
        "movl $$158, %eax\n\tmovl $$0x1002, %edi\n\tsyscall",
        "{rsi},~{rax},~{rdi},~{rcx},~{r11},~{memory}",
        true);
  }

  @Override
  public InlineAsm startThread(String entrySymbol) {
    // clone(flags rdi, stack rsi, parent tid rdx, child tid r10, tls r8). The kernel sets the
    // fs base from tls, so the child's thread pointer is the block itself.
    int clone = Syscalls.X86_64.number("clone").getAsInt();
    int exit = Syscalls.X86_64.number("exit").getAsInt();
    return new InlineAsm(String.join("\n\t",
        "movl $$" + clone + ", %eax",
        "syscall",
        "testq %rax, %rax",
        "jnz 1f",
        "xorl %ebp, %ebp", // the child: end of the frame chain
        "movq %r8, %rdi",
        "callq " + entrySymbol, // the stack top is 16-aligned at the call, as the ABI wants
        "movl $$" + exit + ", %eax",
        "xorl %edi, %edi",
        "syscall",
        "ud2",
        "1:"),
        "={rax},{rdi},{rsi},{rdx},{r10},{r8},~{rcx},~{r11},~{flags},~{memory}",
        true);
  }

  @Override
  public String signalReturnStub(String symbol) {
    int sigreturn = Syscalls.X86_64.number("rt_sigreturn").getAsInt();
    return AsmFunction.hidden(symbol,
        "  movl $" + sigreturn + ", %eax", // the stack pointer is at the signal frame
        "  syscall",
        "  ud2");
  }

  @Override
  public FrameRecord frameRecord() {
    return new FrameRecord(0, 8); // [rbp] = caller's rbp, [rbp + 8] = return address
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
