package jeyra.compiler.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.reach.CallTree;

/**
 * The build report a person can look at ({@code --report FILE.html}): one self-contained page
 * (its script and style inline, no fonts or scripts from elsewhere) with the build's figures,
 * a zoomable treemap of the executable's bytes ({@link SizeTree}), every reached class
 * initialiser with where it ran and why, and a search that shows why a method is reachable.
 * The page's script and style are the resource {@code report.html}; this fills in the data.
 */
public final class HtmlReport {
  /** A class initialiser the program reaches: where it runs, and why not earlier. */
  public record Initializer(String className, boolean buildTime, String reason, String where) {}

  private final String title;
  private final List<String[]> figures = new ArrayList<>();
  private SizeTree.Node sizes;
  private final List<Initializer> initializers = new ArrayList<>();
  private CallTree calls;

  public HtmlReport(String title) {
    this.title = title;
  }

  /** A figure of the build's summary (methods reached, time per phase, ...). */
  public void figure(String name, Object value) {
    figures.add(new String[] {name, String.valueOf(value)});
  }

  /**
   * Attributes the bytes of the linked executable.
   *
   * @param objectTypes the type of each image object by its symbol
   * @param callSiteSection the section that holds the call-site table
   */
  public void sizes(Path executable, Map<String, String> objectTypes, String callSiteSection)
      throws IOException {
    ElfSymbols elf = new ElfSymbols(executable);
    sizes = SizeTree.of(elf.sections(), elf.symbols(), Files.size(executable), objectTypes,
        callSiteSection);
  }

  public void initializer(Initializer initializer) {
    initializers.add(initializer);
  }

  public void calls(CallTree calls) {
    this.calls = calls;
  }

  /** Writes the page; a partly written file is never left behind under the final name. */
  public void write(Path file) throws IOException {
    // The title first: the data (method and class names) must not be searched for markers.
    String page = template().replace("REPORT_TITLE", escapeHtml(title))
        .replace("/*REPORT_DATA*/null", data());
    Path partial = file.resolveSibling("." + file.getFileName() + ".jeyra-partial");
    try {
      Files.writeString(partial, page, StandardCharsets.UTF_8);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static String template() throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
      if (in == null) {
        throw new IOException("the report page template is missing from jeyra's compiler");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String data() {
    Json json = new Json().raw("{\"title\":").string(title).raw(",\"figures\":[");
    for (int i = 0; i < figures.size(); i++) {
      json.raw(i == 0 ? "[" : ",[").string(figures.get(i)[0]).raw(",")
          .string(figures.get(i)[1]).raw("]");
    }
    json.raw("],\"sizes\":");
    if (sizes == null) {
      json.raw("null");
    } else {
      sizeNode(json, sizes);
    }
    json.raw(",\"init\":[");
    for (int i = 0; i < initializers.size(); i++) {
      Initializer init = initializers.get(i);
      json.raw(i == 0 ? "[" : ",[").string(init.className()).raw(init.buildTime() ? ",1," : ",0,")
          .string(init.reason()).raw(",").string(init.where()).raw("]");
    }
    json.raw("],");
    callData(json);
    return json.raw("}").toString();
  }

  /** A size node as {@code {"n":name,"s":bytes,"c":[children]}}, children largest first. */
  private static void sizeNode(Json json, SizeTree.Node node) {
    json.raw("{\"n\":").string(node.name()).raw(",\"s\":").number(node.bytes());
    List<SizeTree.Node> children = node.children();
    if (!children.isEmpty()) {
      json.raw(",\"c\":[");
      for (int i = 0; i < children.size(); i++) {
        if (i > 0) {
          json.raw(",");
        }
        sizeNode(json, children.get(i));
      }
      json.raw("]");
    }
    json.raw("}");
  }

  /**
   * The call tree: {@code names} (each method once), {@code nodes} (a node's method),
   * {@code parents}, {@code roots} (a root node's reason) and {@code reachable} (each reachable
   * method's name and the node that ends its chain, -1 for none).
   */
  private void callData(Json json) {
    if (calls == null) {
      json.raw("\"names\":[],\"nodes\":[],\"parents\":[],\"roots\":{},\"reachable\":[]");
      return;
    }
    Map<MethodInfo, Integer> names = new HashMap<>();
    List<MethodInfo> ordered = new ArrayList<>();
    for (MethodInfo method : calls.nodeOf().keySet()) {
      names.computeIfAbsent(method, m -> add(ordered, m));
    }
    for (MethodInfo method : calls.nodeMethods()) {
      names.computeIfAbsent(method, m -> add(ordered, m));
    }
    json.raw("\"names\":[");
    for (int i = 0; i < ordered.size(); i++) {
      MethodInfo method = ordered.get(i);
      json.raw(i == 0 ? "" : ",").string(method.owner().binaryName() + "." + method.name()
          + method.descriptor());
    }
    json.raw("],\"nodes\":[");
    for (int i = 0; i < calls.nodeMethods().size(); i++) {
      json.raw(i == 0 ? "" : ",").number(names.get(calls.nodeMethods().get(i)));
    }
    json.raw("],\"parents\":[");
    for (int i = 0; i < calls.parents().length; i++) {
      json.raw(i == 0 ? "" : ",").number(calls.parents()[i]);
    }
    json.raw("],\"roots\":{");
    boolean first = true;
    for (Map.Entry<Integer, String> root : calls.rootReasons().entrySet()) {
      json.raw(first ? "\"" : ",\"").number(root.getKey()).raw("\":").string(root.getValue());
      first = false;
    }
    json.raw("},\"reachable\":[");
    first = true;
    for (Map.Entry<MethodInfo, Integer> method : calls.nodeOf().entrySet()) {
      json.raw(first ? "" : ",").number(names.get(method.getKey())).raw(",")
          .number(method.getValue());
      first = false;
    }
    json.raw("]");
  }

  private static int add(List<MethodInfo> ordered, MethodInfo method) {
    ordered.add(method);
    return ordered.size() - 1;
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
