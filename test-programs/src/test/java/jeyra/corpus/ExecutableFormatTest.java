package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jeyra.arch.Target;
import jeyra.arch.Targets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The executables jeyra writes are fully static: no interpreter, no dynamic section, no
 * undefined symbol, the target's machine type. Checked on the corpus builds the differential
 * test uses (built once per target in this JVM).
 */
class ExecutableFormatTest {
  /** ELF e_machine values. */
  private static final Map<String, Integer> MACHINES = Map.of("x86_64", 62, "aarch64", 183,
      "riscv64", 243, "i686", 3);

  @TestFactory
  Stream<DynamicTest> staticExecutables() throws Exception {
    List<Corpus.Case> cases = Corpus.cases();
    return DifferentialTest.TARGETS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Target target = Targets.byName(name).orElseThrow();
      NativeBuilds.Build build = NativeBuilds.of(target, cases);
      if (build.executable() == null) {
        fail(build.failure());
      }
      ElfFile elf = new ElfFile(build.executable());
      assertEquals(ElfFile.ET_EXEC, elf.type(), "a static executable (ET_EXEC)");
      assertEquals(MACHINES.get(name), elf.machine(), "machine type");
      assertEquals(target.wordBytes() == 8, elf.is64Bit(), "ELF class");
      List<Integer> segments = elf.programHeaderTypes();
      assertFalse(segments.contains(ElfFile.PT_INTERP), "no PT_INTERP: " + segments);
      assertFalse(segments.contains(ElfFile.PT_DYNAMIC), "no PT_DYNAMIC: " + segments);
      assertTrue(elf.hasSymbolTable(), "the unstripped executable keeps its symbol table");
      assertEquals(List.of(), elf.undefinedSymbols(), "undefined symbols");
    }));
  }
}
