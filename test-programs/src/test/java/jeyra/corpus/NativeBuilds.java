package jeyra.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jeyra.arch.Target;
import jeyra.arch.Targets;

/**
 * The corpus compiled by jeyra, once per target: one multi-call executable holding every
 * program (each run picks its program by its first argument), which keeps the test time to
 * one whole-program build per target.
 *
 * <p>The first request starts the builds of every target of {@link DifferentialTest#TARGETS},
 * then the stress-mode builds of {@link #GC_STRESS_TARGETS} (the collector runs every
 * {@link #GC_STRESS_INTERVAL} allocations, so that a reference it misses breaks a program at
 * once), each in its own {@code jeyra compile} process (the launcher a user runs), as many at
 * once as the machine has cores: a build is single-threaded, so this divides the wall time.
 */
final class NativeBuilds {
  private NativeBuilds() {}

  /**
   * An executable, or why there is none.
   *
   * @param report the HTML build report ({@code --report}); written for the x86_64 build only
   */
  record Build(Path executable, Path report, String failure) {}

  /** The targets whose corpus also runs with the collector in stress mode. */
  static final List<String> GC_STRESS_TARGETS = List.of("x86_64", "i686");

  /** Stress mode's collection interval, in allocations: small, yet the corpus runs in time. */
  static final int GC_STRESS_INTERVAL = 200;

  /** The target whose corpus build also writes the HTML build report. */
  static final String REPORTED_TARGET = "x86_64";

  /** Longest a corpus build may take. */
  private static final long BUILD_TIMEOUT_MINUTES = 20;

  private static Map<String, Future<Build>> builds;

  static Build of(Target target, List<Corpus.Case> cases) throws InterruptedException {
    return get(target, start(cases).get(target.name()));
  }

  /** The corpus for a target of {@link #GC_STRESS_TARGETS} in the collector's stress mode. */
  static Build underGcStress(Target target, List<Corpus.Case> cases)
      throws InterruptedException {
    return get(target, start(cases).get(stressKey(target.name())));
  }

  private static String stressKey(String target) {
    return target + "-gc-stress";
  }

  private static Build get(Target target, Future<Build> build) throws InterruptedException {
    if (build == null) {
      throw new IllegalArgumentException(target.name() + " is not one of the tested targets");
    }
    try {
      return build.get();
    } catch (ExecutionException e) {
      return new Build(null, null, "building the corpus for " + target.name() + " failed: "
          + e.getCause());
    }
  }

  private static synchronized Map<String, Future<Build>> start(List<Corpus.Case> cases) {
    if (builds == null) {
      int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
      ExecutorService pool = Executors.newFixedThreadPool(parallel, runnable -> {
        Thread thread = new Thread(runnable, "corpus-build");
        thread.setDaemon(true); // a hung build must not keep the test JVM alive
        return thread;
      });
      builds = new LinkedHashMap<>();
      for (String name : DifferentialTest.TARGETS) {
        Target target = Targets.byName(name).orElseThrow();
        builds.put(name, pool.submit(() -> build(target, cases, false)));
      }
      for (String name : GC_STRESS_TARGETS) {
        Target target = Targets.byName(name).orElseThrow();
        builds.put(stressKey(name), pool.submit(() -> build(target, cases, true)));
      }
      pool.shutdown();
    }
    return builds;
  }

  private static Build build(Target target, List<Corpus.Case> cases, boolean gcStress)
      throws Exception {
    Path work = Path.of(System.getProperty("jeyra.corpus.work", "target/native"))
        .toAbsolutePath();
    Files.createDirectories(work);
    String name = gcStress ? stressKey(target.name()) : target.name();
    Path executable = work.resolve("corpus-" + name);
    Path log = work.resolve("corpus-" + name + ".log");
    Files.deleteIfExists(executable);
    List<String> command = new ArrayList<>(List.of(launcher(), "compile", "--verbose",
        "--target", target.name(), "-o", executable.toString(),
        "-cp", Corpus.classesDirectory().toAbsolutePath().toString()));
    if (gcStress) {
      command.addAll(List.of("--gc-stress", Integer.toString(GC_STRESS_INTERVAL)));
    }
    Path report = null;
    if (target.name().equals(REPORTED_TARGET) && !gcStress) {
      report = work.resolve("corpus-" + target.name() + ".html");
      Files.deleteIfExists(report);
      command.addAll(List.of("--report", report.toString()));
    }
    for (Corpus.Case c : cases) {
      command.add(c.mainClass());
    }
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      return new Build(null, null, "jeyra compile for " + target.name() + " took longer than "
          + BUILD_TIMEOUT_MINUTES + " minutes; its output is in " + log);
    }
    System.err.printf("jeyra compiled the corpus for %s in %.1f s (report: %s)%n",
        name, (System.nanoTime() - start) / 1e9, log);
    int status = process.exitValue();
    if (status != 0 || !Files.isExecutable(executable)) {
      return new Build(null, null, "jeyra compile failed (status " + status + "):\n"
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Build(executable, report, null);
  }

  static String launcher() throws IOException {
    Path launcher = Path.of(System.getProperty("jeyra.launcher", "../scripts/jeyra"))
        .toAbsolutePath();
    if (!Files.isExecutable(launcher)) {
      throw new IOException("the jeyra launcher is missing: " + launcher);
    }
    return launcher.toString();
  }
}
