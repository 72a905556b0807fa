package jeyra.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jeyra.arch.Target;
import jeyra.arch.Targets;
import jeyra.compiler.FrontEnd;
import jeyra.compiler.analysis.NullPointerMessages;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.layout.ObjectLayout;
import jeyra.compiler.load.ClassSource;
import jeyra.compiler.load.DirectorySource;
import jeyra.compiler.load.JdkImage;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import jeyra.compiler.reach.BuildTimeConstants;
import jeyra.compiler.reach.Resolver;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;

/**
 * Fuzzes the front end with broken copies of the corpus's class files: 10,000 mutants from a
 * fixed seed (bit flips, truncations, swapped constants, lying lengths, overwritten, inserted
 * and deleted bytes), each loaded as the program's class would be. Each must either load, or
 * fail with a {@link CompileError} whose message is one line (the CLI prints it and exits with
 * status 2); any other exception, or a mutant that takes longer than {@link #TIMEOUT_SECONDS},
 * fails the test, naming the class and the mutation.
 *
 * <p>Loading covers parsing, verification, substitution and lowering; a mutant that loads
 * also goes through the per-method analyses that later stages run on the program's code (the
 * build-time constant folding of live code, the NullPointerException messages), which must
 * not fail on anything the verifier let through.
 */
class FrontEndFuzzTest {
  private static final int MUTANTS = 10_000;
  private static final long SEED = 20261201;
  private static final long TIMEOUT_SECONDS = 20;

  @Test
  void mutatedClassFilesLoadOrFailWithACompileError() throws Exception {
    List<Path> classFiles = corpusClassFiles();
    assertFalse(classFiles.isEmpty(), "corpus class files");
    Target target = Targets.host();
    FrontEnd frontEnd = new FrontEnd(JdkImage.ofRunningJdk(), target);
    Random random = new Random(SEED);
    ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "front-end-fuzz");
      thread.setDaemon(true); // a hung mutant must not keep the test JVM alive
      return thread;
    });
    int loaded = 0;
    int rejected = 0;
    try {
      for (int i = 0; i < MUTANTS; i++) {
        Path file = classFiles.get(i % classFiles.size());
        String name = "corpus/" + file.getFileName().toString().replace(".class", "");
        ClassFileMutator.Mutant mutant = new ClassFileMutator(Files.readAllBytes(file))
            .mutate(random);
        String what = "mutant " + i + " of " + name + " (" + mutant.description() + ")";
        Future<Boolean> run = worker.submit(() -> load(frontEnd, target, name, mutant.bytes()));
        try {
          if (run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            loaded++;
          } else {
            rejected++;
          }
        } catch (TimeoutException e) {
          fail(what + " took longer than " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
          throw new AssertionError(what + " failed with " + e.getCause(), e.getCause());
        }
      }
    } finally {
      worker.shutdownNow();
    }
    System.err.printf("front-end fuzzing: %d mutants, %d loaded, %d rejected%n", MUTANTS, loaded,
        rejected);
    assertTrue(rejected > MUTANTS / 2, "most mutants are rejected: " + rejected);
    assertTrue(loaded > 0, "some mutants still load: " + loaded);
  }

  /**
   * Loads a class of the program from {@code bytes}, and runs the analyses later stages run
   * on each of its methods.
   *
   * @return true if it loaded, false if it was rejected with a one-line CompileError
   */
  private static boolean load(FrontEnd frontEnd, Target target, String name, byte[] bytes) {
    try {
      Universe universe = frontEnd.universe(List.of(new Mutated(name, bytes)));
      ClassInfo type = universe.lookup(name);
      if (type == null) {
        throw new AssertionError(name + " was not found, though its source serves it");
      }
      Resolver resolver = new Resolver(universe);
      BuildTimeConstants constants = new BuildTimeConstants(universe, resolver, target,
          new ObjectLayout(target.wordBytes()));
      for (MethodInfo method : type.methods()) {
        if (!method.hasCode()) {
          continue;
        }
        constants.live(method);
        int checked = 0;
        for (AbstractInsnNode insn : method.node().instructions) {
          if (checked < 4 && NullPointerMessages.message(method.node(), insn) != null) {
            checked++;
          }
        }
      }
      return true;
    } catch (CompileError e) {
      String message = e.getMessage();
      if (message == null || message.isBlank() || message.contains("\n")) {
        throw new AssertionError("a CompileError's message must be one line: " + message, e);
      }
      return false;
    }
  }

  private static List<Path> corpusClassFiles() throws IOException {
    try (Stream<Path> files = Files.list(Corpus.classesDirectory().resolve("corpus"))) {
      return files.filter(file -> file.toString().endsWith(".class")).sorted()
          .collect(Collectors.toList());
    }
  }

  /** The corpus's classes, as the compiler reads a directory, one replaced by a mutant. */
  private record Mutated(String name, byte[] bytes) implements ClassSource {
    private static final DirectorySource CORPUS = new DirectorySource(Corpus.classesDirectory());

    @Override
    public byte[] read(String internalName) throws IOException {
      return internalName.equals(name) ? bytes : CORPUS.read(internalName);
    }

    @Override
    public List<String> listClasses() {
      return new ArrayList<>(List.of(name));
    }

    @Override
    public String describe() {
      return "the corpus with a mutant of " + name;
    }
  }
}
