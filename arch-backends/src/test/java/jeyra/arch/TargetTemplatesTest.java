package jeyra.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assembly each target gives the compiler: the operands its templates declare match what
 * the compiler passes, the stubs define the symbols they are asked for, and the descriptions
 * agree with each other (word size, frame records). That the assembly assembles is shown by
 * every corpus build, on every target.
 */
class TargetTemplatesTest {
  /** Counts of an inline-asm constraint string's outputs, inputs and clobbers. */
  private record Operands(int outputs, int inputs, List<String> clobbers) {
    static Operands of(InlineAsm asm) {
      List<String> parts = Arrays.asList(asm.constraints().split(","));
      int outputs = (int) parts.stream().filter(part -> part.startsWith("=")).count();
      List<String> clobbers = parts.stream().filter(part -> part.startsWith("~")).toList();
      return new Operands(outputs, parts.size() - outputs - clobbers.size(), clobbers);
    }
  }

  @Test
  void syscallTemplatesTakeTheNumberAndTheArguments() {
    for (Target target : Targets.ALL) {
      for (int count = 0; count <= 6; count++) {
        InlineAsm asm = target.syscall(count);
        Operands operands = Operands.of(asm);
        String what = target.name() + " syscall(" + count + "): " + asm;
        assertEquals(1, operands.outputs(), "one result: " + what);
        assertEquals(count + 1, operands.inputs(), "the number and the arguments: " + what);
        assertTrue(operands.clobbers().contains("~{memory}"), "clobbers memory: " + what);
        assertTrue(asm.hasSideEffects(), "has side effects: " + what);
      }
    }
  }

  @Test
  void threadTemplates() {
    for (Target target : Targets.ALL) {
      Operands read = Operands.of(target.readThreadPointer());
      assertEquals(1, read.outputs(), target.name() + " reads one word");
      assertEquals(0, read.inputs(), target.name() + " reads with no input");
      assertFalse(target.readThreadPointer().hasSideEffects(),
          target.name() + ": reading the thread pointer may be reused");
      Operands set = Operands.of(target.setThreadPointer());
      assertEquals(0, set.outputs(), target.name() + " sets without a result");
      assertEquals(1, set.inputs(), target.name() + " sets from one word");
      assertTrue(target.setThreadPointer().hasSideEffects());
      InlineAsm start = target.startThread("thread_entry");
      Operands clone = Operands.of(start);
      assertEquals(1, clone.outputs(), target.name() + " clone returns one word");
      assertEquals(5, clone.inputs(), target.name() + " clone takes flags, stack, tids, tls");
      assertTrue(start.template().contains("thread_entry"),
          target.name() + " calls the entry: " + start.template());
      assertTrue(clone.clobbers().contains("~{memory}"), target.name() + " clobbers memory");
    }
  }

  @Test
  void stubsDefineTheirSymbols() {
    for (Target target : Targets.ALL) {
      String entry = target.entryStub("program_entry");
      assertTrue(entry.contains("_start:"), target.name() + " defines _start: " + entry);
      assertTrue(entry.contains("program_entry"), target.name() + " calls the entry: " + entry);
      String restorer = target.signalReturnStub("signal_return");
      assertTrue(restorer.contains("signal_return:"),
          target.name() + " defines the restorer: " + restorer);
    }
  }

  @Test
  void descriptionsAgree() {
    for (Target target : Targets.ALL) {
      int word = target.wordBytes();
      assertTrue(word == 4 || word == 8, target.name() + " word size " + word);
      assertEquals(word == 8 ? ".8byte" : ".4byte", target.wordDirective(), target.name());
      FrameRecord frame = target.frameRecord();
      assertEquals(0, frame.previousFramePointerOffset() % word, target.name() + " " + frame);
      assertEquals(0, frame.returnAddressOffset() % word, target.name() + " " + frame);
      assertEquals(word, Math.abs(frame.returnAddressOffset()
          - frame.previousFramePointerOffset()), target.name() + " record is two words");
      assertEquals(target, Targets.byName(target.name()).orElseThrow());
    }
    assertTrue(Targets.byName("sparc").isEmpty());
  }
}
