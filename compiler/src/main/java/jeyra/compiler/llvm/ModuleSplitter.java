package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Splits an optimised module into partitions whose code LLVM can emit in parallel, each in its
 * own context (an LLVM context is not thread-safe), as LLVM's own {@code SplitModule} does for
 * parallel LTO.
 *
 * <p>Every partition holds the whole module's declarations; partition {@code i} keeps the
 * bodies of its share of the functions and turns the rest into declarations. Partition 0 also
 * keeps every global variable and the module-level assembly (the entry stub and the code base
 * label, which must come first in {@code .text}: the linker is given partition 0 first).
 * Local symbols become hidden globals first, so that a call or reference can cross partitions;
 * the linker makes them local again in the static executable.
 */
final class ModuleSplitter {
  private final Map<String, Integer> partitionOf = new HashMap<>();

  /**
   * Prepares {@code module} for splitting: externalises its local symbols and assigns each
   * function with a body to a partition, in module order, balancing their sizes.
   */
  ModuleSplitter(LLVMModuleRef module, int partitions) {
    externalizeLocals(module);
    List<LLVMValueRef> bodies = new ArrayList<>();
    long total = 0;
    for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null; f = LLVMGetNextFunction(f)) {
      if (LLVMIsDeclaration(f) == 0) {
        bodies.add(f);
        total += weight(f);
      }
    }
    // Contiguous ranges keep .text in module order, so the call-site table stays sorted.
    long done = 0;
    for (LLVMValueRef f : bodies) {
      int partition = (int) Math.min(partitions - 1, done * partitions / Math.max(1, total));
      partitionOf.put(name(f), partition);
      done += weight(f);
    }
  }

  /**
   * Reduces a copy of the prepared module (parsed in its own context) to partition
   * {@code index}: the other partitions' function bodies, and outside partition 0 the global
   * variables' initialisers and the module assembly, become declarations. The caller runs
   * LLVM's {@code elim-avail-extern} pass next, which drops what this marks.
   */
  void restrictTo(LLVMModuleRef module, int index) {
    for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null; f = LLVMGetNextFunction(f)) {
      if (LLVMIsDeclaration(f) == 0 && partitionOf.get(name(f)) != index) {
        dropDefinition(f);
      }
    }
    if (index != 0) {
      for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null; g = LLVMGetNextGlobal(g)) {
        if (LLVMIsDeclaration(g) == 0) {
          dropDefinition(g);
        }
      }
      LLVMSetModuleInlineAsm2(module, "", 0);
    }
  }

  /**
   * Marks a definition as one another partition provides: available_externally is what
   * {@code elim-avail-extern} turns into a declaration. The reference may keep default
   * visibility (the definition's hidden visibility wins at the link).
   */
  private static void dropDefinition(LLVMValueRef value) {
    LLVMSetVisibility(value, LLVMDefaultVisibility);
    LLVMSetLinkage(value, LLVMAvailableExternallyLinkage);
  }

  private static void externalizeLocals(LLVMModuleRef module) {
    int anonymous = 0;
    List<LLVMValueRef> values = new ArrayList<>();
    for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null; f = LLVMGetNextFunction(f)) {
      values.add(f);
    }
    for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null; g = LLVMGetNextGlobal(g)) {
      values.add(g);
    }
    for (LLVMValueRef value : values) {
      int linkage = LLVMGetLinkage(value);
      if (linkage != LLVMInternalLinkage && linkage != LLVMPrivateLinkage) {
        continue;
      }
      if (name(value).isEmpty()) {
        String fresh = "jeyra.anonymous." + anonymous++;
        LLVMSetValueName2(value, fresh, fresh.length());
      }
      LLVMSetLinkage(value, LLVMExternalLinkage);
      LLVMSetVisibility(value, LLVMHiddenVisibility);
    }
  }

  /** A function's share of code generation work: its basic blocks, as a cheap proxy. */
  private static long weight(LLVMValueRef function) {
    return 1 + LLVMCountBasicBlocks(function);
  }

  private static String name(LLVMValueRef value) {
    SizeTPointer length = new SizeTPointer(1);
    String name = LLVMGetValueName2(value, length).getString();
    length.close();
    return name;
  }
}
