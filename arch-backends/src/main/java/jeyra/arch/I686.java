package jeyra.arch;

import java.util.Map;
import java.util.OptionalInt;

/** 32-bit x86 Linux (i386 System V ABI), with SSE2 so that float and double are strict IEEE. */
public final class I686 implements Target {
  /** The one instance. */
  public static final I686 INSTANCE = new I686();

  private static final Map<String, Integer> CONSTANTS = Map.copyOf(CConstants.generic());

  private I686() {}

  @Override
  public String name() {
    return "i686";
  }

  @Override
  public String llvmTriple() {
    return "i686-unknown-linux-gnu";
  }

  @Override
  public String llvmCpu() {
    return "pentium4";
  }

  @Override
  public String llvmFeatures() {
    return "+sse2";
  }

  @Override
  public int wordBytes() {
    return 4;
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
    return "i386";
  }

  @Override
  public String qemuUserProgram() {
    return "qemu-i386";
  }

  @Override
  public SyscallTable syscalls() {
    return Syscalls.I386;
  }

  @Override
  public InlineAsm syscall(int argumentCount) {
    // int $0x80: the number in eax, arguments in ebx, ecx, edx, esi, edi, ebp. ebp is the
    // frame pointer, so LLVM cannot allocate it: the sixth argument arrives in eax, the number
    // as an immediate, and the template saves ebp around the call.
    String[] registers = {"{ebx}", "{ecx}", "{edx}", "{esi}", "{edi}"};
    if (argumentCount < 6) {
      StringBuilder constraints = new StringBuilder("={eax},{eax}");
      for (int i = 0; i < argumentCount; i++) {
        constraints.append(',').append(registers[i]);
      }
      constraints.append(",~{memory}");
      return new InlineAsm("int $$0x80", constraints.toString(), true);
    }
    return new InlineAsm(
        "pushl %ebp\n\tmovl %eax, %ebp\n\tmovl $1, %eax\n\tint $$0x80\n\tpopl %ebp",
        "={eax},i,{ebx},{ecx},{edx},{esi},{edi},{eax},~{memory}",
        true);
  }

  @Override
  public boolean syscallNumberIsImmediate(int argumentCount) {
    return argumentCount == 6;
  }

  @Override
  public String entryStub(String entrySymbol) {
    return AsmFunction.global("_start",
        "  xorl %ebp, %ebp", // end of the frame-pointer chain
        "  movl %esp, %eax", // the initial stack pointer, pointing at argc
        "  andl $-16, %esp", // align so that the stack is 16-byte aligned at the call
        "  subl $12, %esp",
        "  pushl %eax", // argument on the stack (cdecl)
        "  calll " + entrySymbol, // never returns
        "  ud2",
        ".size _start, .-_start",
        "");
  }

  @Override
  public InlineAsm spillCalleeSavedRegisters() {
    // The System V callee-saved general registers; ebp is the frame pointer.
    return new InlineAsm("", "~{ebx},~{esi},~{edi},~{memory}", true);
  }

  @Override
  public InlineAsm readThreadPointer() {
    // The thread block keeps its own address in its first word: gs:0.
    return new InlineAsm("movl %gs:0, $0", "=r", false);
  }

  @Override
  public InlineAsm setThreadPointer() {
    // set_thread_area(&desc) with a user_desc on the stack: entry -1 (the kernel picks a
    // free TLS slot and writes its number back), base = the block. Then gs = the slot's
    // selector (index << 3, GDT, privilege 3), through which the block is read back (gs:0).
    int setThreadArea = Syscalls.I386.number("set_thread_area").getAsInt();
    return new InlineAsm(String.join("\n\t",
        "subl $$16, %esp",
        userDescAtStackPointer("$$-1", "%ecx", "$$"),
        "movl %esp, %ebx",
        "movl $$" + setThreadArea + ", %eax",
        "int $$0x80",
        "movl (%esp), %eax",
        "leal 3(,%eax,8), %eax",
        "movw %ax, %gs",
        "addl $$16, %esp"),
        "{ecx},~{eax},~{ebx},~{flags},~{memory}", // subl and addl change the flags
        true);
  }

  @Override
  public InlineAsm startThread(String entrySymbol) {
    // clone(flags ebx, stack ecx, parent tid edx, tls esi, child tid edi). With CLONE_SETTLS
    // the kernel takes a user_desc, built on the stack as in setThreadPointer, for the slot
    // the calling thread's gs selects: the child inherits gs, and that slot now holds its
    // block. The child's argument waits at its stack pointer (cdecl). ecx and esi are
    // inputs LLVM expects unchanged, so they are saved around the call.
    int clone = Syscalls.I386.number("clone").getAsInt();
    int exit = Syscalls.I386.number("exit").getAsInt();
    return new InlineAsm(String.join("\n\t",
        "pushl %esi",
        "pushl %ecx",
        "subl $$16, %ecx",
        "movl %esi, (%ecx)",
        "subl $$16, %esp",
        "movw %gs, %ax",
        "movzwl %ax, %eax",
        "shrl $$3, %eax",
        userDescAtStackPointer("%eax", "%esi", "$$"),
        "movl %esp, %esi",
        "movl $$" + clone + ", %eax",
        "int $$0x80",
        "testl %eax, %eax",
        "jnz 1f",
        "xorl %ebp, %ebp", // the child: end of the frame chain
        "calll " + entrySymbol, // the stack is 16-aligned at the call
        "movl $$" + exit + ", %eax",
        "xorl %ebx, %ebx",
        "int $$0x80",
        "ud2",
        "1:",
        "addl $$16, %esp",
        "popl %ecx",
        "popl %esi"),
        "={eax},{ebx},{ecx},{edx},{edi},{esi},~{flags},~{memory}",
        true);
  }

  @Override
  public String signalReturnStub(String symbol) {
    // rt_sigreturn reloads gs from the frame, and so its base from the thread's TLS slot.
    // The kernel keeps those slots per thread, but QEMU's user mode keeps one table for all
    // threads, where the slot holds the block of whichever thread set it last. So first the
    // slot is set again to this thread's block, read through gs (still right here): on
    // Linux that changes nothing, under QEMU it makes the reload find this thread's block.
    int setThreadArea = Syscalls.I386.number("set_thread_area").getAsInt();
    int sigreturn = Syscalls.I386.number("rt_sigreturn").getAsInt();
    return AsmFunction.hidden(symbol,
        "  movw %gs, %ax",
        "  movzwl %ax, %eax",
        "  testl %eax, %eax",
        "  jz 1f", // no thread pointer yet: nothing to restore
        "  subl $16, %esp",
        "  shrl $3, %eax",
        "  movl %gs:0, %ecx",
        "  " + userDescAtStackPointer("%eax", "%ecx", "$"),
        "  movl %esp, %ebx",
        "  movl $" + setThreadArea + ", %eax",
        "  int $0x80",
        "  addl $16, %esp", // the stack pointer is back at the rt signal frame
        "1:",
        "  movl $" + sigreturn + ", %eax",
        "  int $0x80",
        "  ud2");
  }

  @Override
  public FrameRecord frameRecord() {
    return new FrameRecord(0, 4); // [ebp] = caller's ebp, [ebp + 4] = return address
  }

  @Override
  public String wordDirective() {
    return ".4byte";
  }

  @Override
  public OptionalInt constant(String name) {
    Integer value = CONSTANTS.get(name);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /**
   * Fills the user_desc that set_thread_area and clone's CLONE_SETTLS take, in the 16 bytes
   * at the stack pointer: the TLS slot, the base (the thread block), a 4 GiB limit in pages
   * and the flags seg_32bit | limit_in_pages | useable.
   *
   * @param slot the slot's index, a register or an immediate
   * @param base a register holding the thread block's address
   * @param immediate how an immediate is written: "$$" in inline assembly, "$" in module asm
   */
  private static String userDescAtStackPointer(String slot, String base, String immediate) {
    return String.join("\n\t",
        "movl " + slot + ", (%esp)",
        "movl " + base + ", 4(%esp)",
        "movl " + immediate + "0xfffff, 8(%esp)",
        "movl " + immediate + "0x51, 12(%esp)");
  }
}
