package jeyra.compiler.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The executable's bytes by what they are for: code by package, class and method; the image
 * heap's objects by package and type; class metadata (hubs and their vtables) and static fields
 * by package and class; the call-site table; the symbol table; and the rest, by section.
 * Built from the linked executable's symbols, so it shows code after optimisation, and the
 * types of image objects, which their symbols do not name, from the code generator.
 */
public final class SizeTree {
  /** A part of the executable and the parts it is made of. */
  public static final class Node {
    final String name;
    long bytes;
    final Map<String, Node> children = new LinkedHashMap<>();

    Node(String name) {
      this.name = name;
    }

    public String name() {
      return name;
    }

    public long bytes() {
      return bytes;
    }

    /** The parts, largest first. */
    public List<Node> children() {
      return children.values().stream()
          .sorted(Comparator.comparingLong(Node::bytes).reversed().thenComparing(Node::name))
          .collect(Collectors.toList());
    }

    Node child(String name) {
      return children.computeIfAbsent(name, Node::new);
    }

    /** Adds bytes to this node and the nodes along a path below it. */
    void add(long size, String... path) {
      bytes += size;
      Node at = this;
      for (String part : path) {
        at = at.child(part);
        at.bytes += size;
      }
    }
  }

  static final String CODE = "code";
  static final String IMAGE_HEAP = "image heap";
  static final String METADATA = "class metadata";
  static final String STATICS = "static fields";
  static final String CALL_SITES = "call-site table";
  static final String SYMBOLS = "symbol table (strip removes it)";
  static final String OTHER = "other";
  private static final Set<String> SYMBOL_SECTIONS = Set.of(".symtab", ".strtab",
      ".shstrtab", ".comment");

  private SizeTree() {}

  /**
   * Attributes an executable's file bytes.
   *
   * @param sections the executable's sections
   * @param symbols its function and data symbols with sizes
   * @param fileBytes the executable's size
   * @param objectTypes the internal type name of each image object by its symbol
   * @param callSiteSection the section of the call-site table
   */
  static Node of(List<ElfSymbols.Section> sections, List<ElfSymbols.Symbol> symbols,
      long fileBytes, Map<String, String> objectTypes, String callSiteSection) {
    Node root = new Node("executable");
    Map<String, Long> unattributed = new LinkedHashMap<>();
    long inSections = 0;
    for (ElfSymbols.Section section : sections) {
      if (section.inFile()) {
        unattributed.merge(section.name(), section.size(), Long::sum);
        inSections += section.size();
      }
    }
    for (ElfSymbols.Symbol symbol : symbols) {
      Long left = unattributed.get(symbol.section());
      if (left == null || symbol.section().equals(callSiteSection)) {
        continue;
      }
      root.add(symbol.size(), path(symbol, objectTypes));
      unattributed.put(symbol.section(), left - symbol.size());
    }
    for (Map.Entry<String, Long> section : unattributed.entrySet()) {
      String name = section.getKey();
      long bytes = Math.max(0, section.getValue());
      if (name.equals(callSiteSection)) {
        root.add(bytes, CALL_SITES);
      } else if (SYMBOL_SECTIONS.contains(name)) {
        root.add(bytes, SYMBOLS, name);
      } else if (bytes > 0) {
        root.add(bytes, OTHER, name + " (no symbol)");
      }
    }
    root.add(Math.max(0, fileBytes - inSections), OTHER, "ELF headers and alignment");
    return root;
  }

  private static String[] path(ElfSymbols.Symbol symbol, Map<String, String> objectTypes) {
    String name = symbol.name();
    if (symbol.function()) {
      int open = name.indexOf('(');
      int dot = open < 0 ? -1 : name.lastIndexOf('.', open);
      if (dot > 0) {
        return classPath(CODE, name.substring(0, dot), name.substring(dot + 1));
      }
      if (name.startsWith("jeyra.init:")) {
        return classPath(CODE, name.substring("jeyra.init:".length()),
            "(initialisation check)");
      }
      return new String[] {CODE, "(entry points and helpers)", name};
    }
    String type = objectTypes.get(name);
    if (type != null) {
      return typePath(IMAGE_HEAP, type);
    }
    if (name.startsWith("hub:")) {
      return typePath(METADATA, name.substring("hub:".length()));
    }
    if (name.startsWith("static:")) {
      String field = name.substring("static:".length());
      int dot = field.lastIndexOf('.');
      return dot < 0 ? new String[] {STATICS, field}
          : classPath(STATICS, field.substring(0, dot), field.substring(dot + 1));
    }
    return new String[] {OTHER, "(data)", name};
  }

  /** A type's place: its package and class; arrays by element type. */
  private static String[] typePath(String category, String type) {
    int dimensions = 0;
    while (dimensions < type.length() && type.charAt(dimensions) == '[') {
      dimensions++;
    }
    if (dimensions == 0) {
      return classPath(category, type, null);
    }
    String element = type.substring(dimensions);
    String brackets = "[]".repeat(dimensions);
    if (element.startsWith("L") && element.endsWith(";")) {
      String[] path = classPath(category, element.substring(1, element.length() - 1), null);
      path[path.length - 1] += brackets;
      return path;
    }
    return new String[] {category, "(primitive arrays)", primitiveName(element) + brackets};
  }

  private static String[] classPath(String category, String internalName, String member) {
    int slash = internalName.lastIndexOf('/');
    String packageName = slash < 0 ? "(default package)"
        : internalName.substring(0, slash).replace('/', '.');
    String simpleName = internalName.substring(slash + 1);
    List<String> path = new ArrayList<>(List.of(category, packageName, simpleName));
    if (member != null) {
      path.add(member);
    }
    return path.toArray(new String[0]);
  }

  private static String primitiveName(String descriptor) {
    switch (descriptor) {
      case "Z": return "boolean";
      case "B": return "byte";
      case "C": return "char";
      case "S": return "short";
      case "I": return "int";
      case "J": return "long";
      case "F": return "float";
      case "D": return "double";
      default: return descriptor;
    }
  }
}
