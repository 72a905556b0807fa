package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jeyra.arch.Targets;
import org.junit.jupiter.api.Test;

/**
 * The HTML build report of the x86_64 corpus build, as a person sees it: opened in headless
 * Chromium (which scripts/test installs), its script run, the rendered page checked against
 * the executable, and a screenshot kept in target/build-report.png.
 */
class BuildReportTest {
  private static final String ASKED = "java.lang.String.valueOf(Ljava/lang/Object;)";

  @Test
  void showsSizesInitialisersAndWhyAMethodIsReachable() throws Exception {
    NativeBuilds.Build build = NativeBuilds.of(
        Targets.byName(NativeBuilds.REPORTED_TARGET).orElseThrow(), Corpus.cases());
    if (build.executable() == null) {
      fail(build.failure());
    }
    assertTrue(Files.isRegularFile(build.report()), "no report at " + build.report());
    String page = build.report().toUri() + "#why=" + ASKED;
    String dom = chromium("--dump-dom", page);

    assertTrue(dom.contains("<td>methods reached</td>"), "the figures are shown");

    long total = Long.parseLong(group(dom, "id=\"treemap\"[^>]*data-bytes=\"(\\d+)\""));
    assertEquals(Files.size(build.executable()), total,
        "the treemap's root is the executable, byte for byte");
    Map<String, Long> parts = new LinkedHashMap<>();
    Matcher box = Pattern.compile("class=\"box\"[^>]*data-name=\"([^\"]*)\" data-bytes=\"(\\d+)\"")
        .matcher(dom);
    while (box.find()) {
      parts.put(box.group(1), Long.parseLong(box.group(2)));
    }
    assertEquals(total, parts.values().stream().mapToLong(Long::longValue).sum(),
        "the parts add up to the whole: " + parts);
    for (String part : List.of("code", "image heap", "class metadata", "call-site table")) {
      assertTrue(parts.getOrDefault(part, 0L) > 0, part + " is shown: " + parts);
    }
    assertTrue(parts.get("code") > total / 10, "code is a large part: " + parts);

    assertTrue(dom.contains("<td>corpus.EarlyInit$Tables</td><td class=\"build\">while building"),
        "a class initialised while building is listed so");
    String runFacts = group(dom,
        "<td>corpus.EarlyInit\\$RunFacts</td><td class=\"run\">at run time</td><td>([^<]+)</td>");
    assertTrue(runFacts.length() > 10, "a class initialised at run time says why: " + runFacts);

    List<String> chain = new ArrayList<>();
    Matcher item = Pattern.compile("<li[^>]*>([^<]*)</li>")
        .matcher(group(dom, "<ol id=\"chain\">(.*?)</ol>"));
    while (item.find()) {
      chain.add(item.group(1));
    }
    assertTrue(chain.size() >= 3 && chain.get(0).startsWith("root: "),
        "the chain starts at a root: " + chain);
    assertEquals(ASKED + "Ljava/lang/String;", chain.get(chain.size() - 1),
        "the chain ends at the method asked about: " + chain);

    Path screenshot = Path.of("target", "build-report.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    chromium("--screenshot=" + screenshot, page);
    byte[] png = Files.readAllBytes(screenshot);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4),
        "a PNG screenshot");
  }

  private static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    if (!matcher.find()) {
      fail("the rendered page has no match for " + regex);
    }
    return matcher.group(1);
  }

  /** Runs headless Chromium on a page; its standard output. */
  private static String chromium(String... arguments) throws Exception {
    // As root (CI) Chromium needs --no-sandbox; containers often have a tiny /dev/shm.
    List<String> command = new ArrayList<>(List.of(chromiumBinary(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,2200"));
    command.addAll(List.of(arguments));
    Path directory = Path.of("target").toAbsolutePath();
    ProcessRunner.Result result = ProcessRunner.run(command, directory, Map.of(), "", 120);
    assertEquals(0, result.exitStatus(), "chromium failed: " + result.stderr());
    return result.stdout();
  }

  private static String chromiumBinary() {
    String chosen = System.getProperty("jeyra.chromium");
    if (chosen != null) {
      return chosen;
    }
    for (String directory : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "chromium");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    fail("chromium is not installed: the build report test opens the report in it "
        + "(scripts/test installs Debian's chromium package)");
    return null;
  }
}
