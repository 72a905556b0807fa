package jeyra.compiler.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sized symbols and the sections of a linked executable (ELF, 32 or 64 bits, either byte
 * order): what the build report attributes the executable's bytes to.
 */
final class ElfSymbols {
  private static final int SHT_SYMTAB = 2;
  private static final int STT_OBJECT = 1;
  private static final int STT_FUNC = 2;

  /** A function or data symbol with a size. */
  record Symbol(String name, long size, boolean function, String section) {}

  /** A section with its size in the file (no-bits sections take none). */
  record Section(String name, long size, boolean inFile) {}

  private final ByteBuffer data;
  private final boolean is64;
  private final List<Section> sections = new ArrayList<>();
  private final List<Symbol> symbols = new ArrayList<>();

  ElfSymbols(Path file) throws IOException {
    data = ByteBuffer.wrap(Files.readAllBytes(file));
    if (data.limit() < 52 || data.getInt(0) != 0x7f454c46) {
      throw new IOException(file + " is not an ELF file");
    }
    is64 = data.get(4) == 2;
    data.order(data.get(5) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    read();
  }

  List<Section> sections() {
    return sections;
  }

  List<Symbol> symbols() {
    return symbols;
  }

  private void read() {
    long headers = word(is64 ? 40 : 32);
    int headerSize = half(is64 ? 58 : 46);
    int count = half(is64 ? 60 : 48);
    int namesIndex = half(is64 ? 62 : 50);
    long[] offsets = new long[count];
    long[] sizes = new long[count];
    int[] types = new int[count];
    int[] links = new int[count];
    long[] entrySizes = new long[count];
    int[] nameOffsets = new int[count];
    for (int i = 0; i < count; i++) {
      int at = (int) (headers + (long) i * headerSize);
      nameOffsets[i] = data.getInt(at);
      types[i] = data.getInt(at + 4);
      offsets[i] = is64 ? data.getLong(at + 24) : data.getInt(at + 16) & 0xffffffffL;
      sizes[i] = is64 ? data.getLong(at + 32) : data.getInt(at + 20) & 0xffffffffL;
      links[i] = data.getInt(at + (is64 ? 40 : 24));
      entrySizes[i] = is64 ? data.getLong(at + 56) : data.getInt(at + 36) & 0xffffffffL;
    }
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = string(offsets[namesIndex] + nameOffsets[i]);
      boolean noBits = types[i] == 8; // SHT_NOBITS: .bss
      sections.add(new Section(names[i], sizes[i], !noBits && types[i] != 0));
    }
    for (int table = 0; table < count; table++) {
      if (types[table] != SHT_SYMTAB || entrySizes[table] == 0) {
        continue;
      }
      long strings = offsets[links[table]];
      long entries = sizes[table] / entrySizes[table];
      for (long i = 1; i < entries; i++) {
        int at = (int) (offsets[table] + i * entrySizes[table]);
        int name = data.getInt(at);
        int info = data.get(at + (is64 ? 4 : 12)) & 0xff;
        int section = half(at + (is64 ? 6 : 14));
        long size = is64 ? data.getLong(at + 16) : data.getInt(at + 8) & 0xffffffffL;
        int type = info & 0xf;
        if (size == 0 || name == 0 || (type != STT_FUNC && type != STT_OBJECT)
            || section == 0 || section >= count) {
          continue;
        }
        symbols.add(new Symbol(string(strings + name), size, type == STT_FUNC,
            names[section]));
      }
    }
  }

  private long word(int offset) {
    return is64 ? data.getLong(offset) : data.getInt(offset) & 0xffffffffL;
  }

  private int half(int offset) {
    return data.getShort(offset) & 0xffff;
  }

  private String string(long at) {
    int end = (int) at;
    while (data.get(end) != 0) {
      end++;
    }
    byte[] bytes = new byte[end - (int) at];
    data.get((int) at, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
