package jeyra.compiler.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import jeyra.arch.Targets;
import jeyra.compiler.FrontEnd;
import jeyra.compiler.load.DirectorySource;
import jeyra.compiler.load.JdkImage;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.junit.jupiter.api.Test;

/** The call-site table holds each frame a stack trace can show once, not each call. */
class CallSitesTest {
  private static final Path TEST_CLASSES = Path.of("target", "test-classes");

  @Test
  void callsOfOneMethodOnOneLineShareAnId() {
    Universe universe = new FrontEnd(JdkImage.ofRunningJdk(),
        Targets.byName("x86_64").orElseThrow())
        .universe(List.of(new DirectorySource(TEST_CLASSES)));
    ClassInfo type = universe.require("jeyra/compiler/init/fixtures/Tables");
    List<MethodInfo> methods = List.copyOf(type.methods());
    MethodInfo first = methods.get(0);
    MethodInfo second = methods.get(1);
    CallSites sites = new CallSites(null);

    int site = sites.newSite(first, 10);
    assertEquals(site, sites.newSite(first, 10), "same method, same line");
    int nextLine = sites.newSite(first, 11);
    int otherMethod = sites.newSite(second, 10);
    assertNotEquals(site, nextLine);
    assertNotEquals(site, otherMethod);
    assertNotEquals(nextLine, otherMethod);

    int hidden = sites.newSite(null, 10);
    assertEquals(hidden, sites.newSite(null, 42), "hidden frames show no line");
    assertEquals(-1, sites.siteMethods().get(hidden));

    assertEquals(List.of(first, second), sites.methods());
    assertEquals(List.of(0, 0, 1, -1), sites.siteMethods());
    assertEquals(List.of(10, 11, 10, -1), sites.lines());
  }
}
