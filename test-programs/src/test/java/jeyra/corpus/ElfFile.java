package jeyra.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Just enough of an ELF reader to check what a static executable must and must not have. */
final class ElfFile {
  static final int PT_DYNAMIC = 2;
  static final int PT_INTERP = 3;
  static final int SHT_SYMTAB = 2;
  static final int SHT_DYNSYM = 11;
  static final int ET_EXEC = 2;

  private final ByteBuffer data;
  private final boolean is64;

  ElfFile(Path file) throws IOException {
    data = ByteBuffer.wrap(Files.readAllBytes(file));
    if (data.getInt(0) != 0x7f454c46) {
      throw new IOException(file + " is not an ELF file");
    }
    is64 = data.get(4) == 2;
    data.order(data.get(5) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
  }

  boolean is64Bit() {
    return is64;
  }

  int type() {
    return data.getShort(16) & 0xffff;
  }

  int machine() {
    return data.getShort(18) & 0xffff;
  }

  private long word(int offset) {
    return is64 ? data.getLong(offset) : data.getInt(offset) & 0xffffffffL;
  }

  /** The p_type of every program header. */
  List<Integer> programHeaderTypes() {
    long offset = word(is64 ? 32 : 28);
    int size = data.getShort(is64 ? 54 : 42) & 0xffff;
    int count = data.getShort(is64 ? 56 : 44) & 0xffff;
    List<Integer> types = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      types.add(data.getInt((int) (offset + (long) i * size)));
    }
    return types;
  }

  /** A section header: its type, file offset, size, link and entry size. */
  record Section(int type, long offset, long size, int link, long entrySize) {}

  List<Section> sections() {
    long offset = word(is64 ? 40 : 32);
    int size = data.getShort(is64 ? 58 : 46) & 0xffff;
    int count = data.getShort(is64 ? 60 : 48) & 0xffff;
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = (int) (offset + (long) i * size);
      int type = data.getInt(at + 4);
      if (is64) {
        sections.add(new Section(type, data.getLong(at + 24), data.getLong(at + 32),
            data.getInt(at + 40), data.getLong(at + 56)));
      } else {
        sections.add(new Section(type, data.getInt(at + 16) & 0xffffffffL,
            data.getInt(at + 20) & 0xffffffffL, data.getInt(at + 24),
            data.getInt(at + 36) & 0xffffffffL));
      }
    }
    return sections;
  }

  /** Names of the symbols of the symbol tables that are undefined (section index 0). */
  List<String> undefinedSymbols() {
    List<Section> sections = sections();
    List<String> undefined = new ArrayList<>();
    for (Section table : sections) {
      if (table.type() != SHT_SYMTAB && table.type() != SHT_DYNSYM) {
        continue;
      }
      Section strings = sections.get(table.link());
      long count = table.size() / table.entrySize();
      for (long i = 1; i < count; i++) { // entry 0 is the null symbol
        int at = (int) (table.offset() + i * table.entrySize());
        int name = data.getInt(at);
        int sectionIndex = data.getShort(at + (is64 ? 6 : 14)) & 0xffff;
        if (sectionIndex == 0 && name != 0) {
          undefined.add(string((int) (strings.offset() + name)));
        }
      }
    }
    return undefined;
  }

  boolean hasSymbolTable() {
    return sections().stream().anyMatch(section -> section.type() == SHT_SYMTAB);
  }

  private String string(int at) {
    StringBuilder text = new StringBuilder();
    for (int i = at; data.get(i) != 0; i++) {
      text.append((char) data.get(i));
    }
    return text.toString();
  }
}
