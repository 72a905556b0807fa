package jeyra.compiler.llvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jeyra.arch.InlineAsm;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Origin;

/**
 * The call-site table that turns return addresses into stack-trace frames.
 *
 * <p>Right after every call, code generation places an inline-assembly label that records, in
 * the section {@code jeyra_callsites}, the label's address relative to the entry itself and the
 * call site's id (two 32-bit words). The relative address needs no symbol of another object
 * file (code is emitted in partitions) and no relocation at run time. The label is at or just
 * after the return address, so the runtime maps a return address to the first label at or
 * above it; {@code __jeyra_code_base} marks where compiled code begins. A site's id indexes the
 * method and source line tables that {@link #methods()} and {@link #lines()} give the image;
 * method index -1 marks frames that stack traces hide (compiler-made code). Calls of one method
 * on one line share an id, and all hidden calls share one: the tables then hold each frame a
 * stack trace can show once, not each call (hello: 249,000 calls, a third as many ids).
 */
public final class CallSites {
  /** The section holding the table; lld defines {@code __start_}/{@code __stop_} for it. */
  public static final String SECTION = "jeyra_callsites";
  /** A symbol at the start of the code, the base of the recorded offsets. */
  public static final String CODE_BASE = "__jeyra_code_base";

  private final Ir ir;
  private final List<MethodInfo> methods = new ArrayList<>();
  private final Map<MethodInfo, Integer> methodIndex = new HashMap<>();
  private final List<Integer> siteMethods = new ArrayList<>();
  private final List<Integer> siteLines = new ArrayList<>();
  /** Site ids by method index and line: {@code index << 32 | line}. */
  private final Map<Long, Integer> siteIds = new HashMap<>();

  public CallSites(Ir ir) {
    this.ir = ir;
  }

  /**
   * Registers a call site.
   *
   * @param method the method whose code holds the call, or null to hide the frame (frames of
   *     jeyra's own runtime classes are hidden too)
   * @param line the source line, or -1
   * @return the site's id, shared with earlier sites of the same method and line
   */
  public int newSite(MethodInfo method, int line) {
    int index = shownMethodIndex(method);
    int shownLine = index < 0 ? -1 : line;
    return siteIds.computeIfAbsent(((long) index << 32) | (shownLine & 0xffffffffL), key -> {
      siteMethods.add(index);
      siteLines.add(shownLine);
      return siteMethods.size() - 1;
    });
  }

  /** The method's index in the table, or -1 if stack traces hide its frames. */
  private int shownMethodIndex(MethodInfo method) {
    if (method == null || method.owner().origin() == Origin.RUNTIME
        || method.owner().origin() == Origin.SYNTHETIC) {
      return -1;
    }
    return methodIndex.computeIfAbsent(method, m -> {
      methods.add(m);
      return methods.size() - 1;
    });
  }

  /** Emits the label for a site right after its call instruction. */
  public void emitLabel(int siteId) {
    String template = "1:\n\t.pushsection " + SECTION + ",\"a\"\n\t.balign 4\n\t.4byte 1b - .\n"
        + "\t.4byte " + siteId + "\n\t.popsection";
    ir.inlineAsm(new InlineAsm(template, "", true), ir.voidType);
  }

  /** The methods that appear in the table, by method index. */
  public List<MethodInfo> methods() {
    return methods;
  }

  /** Each site's method index (-1: hidden). */
  public List<Integer> siteMethods() {
    return siteMethods;
  }

  /** Each site's source line (-1: unknown). */
  public List<Integer> lines() {
    return siteLines;
  }
}
