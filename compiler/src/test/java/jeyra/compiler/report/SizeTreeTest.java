package jeyra.compiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every byte of the executable is attributed once, to the part a reader looks for. */
class SizeTreeTest {
  private static final String CALL_SITES = "jeyra_callsites";

  private static ElfSymbols.Symbol function(String name, long size) {
    return new ElfSymbols.Symbol(name, size, true, ".text");
  }

  private static ElfSymbols.Symbol data(String name, long size, String section) {
    return new ElfSymbols.Symbol(name, size, false, section);
  }

  private static long bytes(SizeTree.Node root, String... path) {
    SizeTree.Node at = root;
    for (String part : path) {
      at = at.children.get(part);
      if (at == null) {
        throw new AssertionError("no part " + String.join(" / ", path) + " in "
            + root.children.keySet());
      }
    }
    return at.bytes();
  }

  @Test
  void attributesEveryByteOnce() {
    List<ElfSymbols.Section> sections = List.of(
        new ElfSymbols.Section(".text", 1000, true),
        new ElfSymbols.Section(".rodata", 500, true),
        new ElfSymbols.Section(".data", 300, true),
        new ElfSymbols.Section(".bss", 4000, false),
        new ElfSymbols.Section(CALL_SITES, 160, true),
        new ElfSymbols.Section(".symtab", 90, true),
        new ElfSymbols.Section(".strtab", 60, true));
    List<ElfSymbols.Symbol> symbols = List.of(
        function("java/util/HashMap.get(Ljava/lang/Object;)Ljava/lang/Object;", 400),
        function("java/util/HashMap.put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
            300),
        function("jeyra.init:java/util/HashMap", 20),
        function("memcpy", 80),
        data("arr.7", 200, ".rodata"),
        data("arr.8", 100, ".rodata"),
        data("str.9", 40, ".data"),
        data("hub:[I", 60, ".data"),
        data("hub:java/util/HashMap", 120, ".data"),
        data("static:java/io/File.fs", 8, ".data"),
        data("static:java/io/File.separator", 8, ".bss"),
        data("switch.table", 30, ".rodata"));
    Map<String, String> types = Map.of("arr.7", "[Ljava/lang/String;", "arr.8", "[[B",
        "str.9", "java/lang/String");
    long fileBytes = 2500;

    SizeTree.Node root = SizeTree.of(sections, symbols, fileBytes, types, CALL_SITES);

    assertEquals(fileBytes, root.bytes(), "the whole file");
    assertEquals(400, bytes(root, "code", "java.util", "HashMap",
        "get(Ljava/lang/Object;)Ljava/lang/Object;"));
    assertEquals(720, bytes(root, "code", "java.util", "HashMap"));
    assertEquals(20, bytes(root, "code", "java.util", "HashMap", "(initialisation check)"));
    assertEquals(80, bytes(root, "code", "(entry points and helpers)", "memcpy"));
    assertEquals(200, bytes(root, "image heap", "java.lang", "String[]"));
    assertEquals(40, bytes(root, "image heap", "java.lang", "String"));
    assertEquals(100, bytes(root, "image heap", "(primitive arrays)", "byte[][]"));
    assertEquals(60, bytes(root, "class metadata", "(primitive arrays)", "int[]"));
    assertEquals(120, bytes(root, "class metadata", "java.util", "HashMap"));
    assertEquals(8, bytes(root, "static fields"), "a static in .bss takes no file bytes");
    assertEquals(160, bytes(root, "call-site table"));
    assertEquals(150, bytes(root, "symbol table (strip removes it)"));
    assertEquals(30, bytes(root, "other", "(data)", "switch.table"));
    assertEquals(1000 - 800, bytes(root, "other", ".text (no symbol)"));
    assertEquals(500 - 330, bytes(root, "other", ".rodata (no symbol)"));
    assertEquals(2500 - 2110, bytes(root, "other", "ELF headers and alignment"));
  }
}
