package jeyra.compiler.llvm;

import java.util.ArrayList;
import java.util.List;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.MethodInfo;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Gives runtime-java's {@code ImageInfo} class the tables only the compiler can make: the
 * methods and lines of call sites for stack traces, the hubs by type id, and every string
 * literal for {@code String.intern}; and the settings of the build the runtime reads
 * ({@code --max-heap}). The fields are plain static fields of a class without an
 * initialiser; the compiler sets their initial values.
 */
final class ImageInfoEmitter {
  static final String IMAGE_INFO = "jeyra/runtime/ImageInfo";

  private final Codegen cg;

  ImageInfoEmitter(Codegen cg) {
    this.cg = cg;
  }

  /**
   * Sets every table except the interned strings, and the build's settings.
   *
   * @param maxHeapBytes the default maximum heap, or 0 for the runtime's
   * @param gcStressInterval collect every this many allocations, or 0
   */
  void emitTables(long maxHeapBytes, int gcStressInterval) {
    set("maxHeapBytes", "J", cg.ir.i64(maxHeapBytes));
    set("gcStressInterval", "I", cg.ir.i32(gcStressInterval));
    cg.heap.placeRarelyRead(true); // stack traces and Class.forName read these
    List<LLVMValueRef> classes = new ArrayList<>();
    List<LLVMValueRef> names = new ArrayList<>();
    List<LLVMValueRef> files = new ArrayList<>();
    for (MethodInfo method : cg.callSites.methods()) {
      classes.add(cg.heap.hub(method.owner()));
      names.add(cg.heap.string(method.name()));
      String file = method.owner().sourceFile();
      files.add(file == null ? null : cg.heap.string(file));
    }
    set("methodClasses", "[Ljava/lang/Class;",
        cg.heap.referenceArray(cg.universe.require("[Ljava/lang/Class;"), classes));
    set("methodNames", "[Ljava/lang/String;",
        cg.heap.referenceArray(cg.universe.require("[Ljava/lang/String;"), names));
    set("methodFiles", "[Ljava/lang/String;",
        cg.heap.referenceArray(cg.universe.require("[Ljava/lang/String;"), files));
    set("siteMethods", "[I", cg.heap.intArray(toArray(cg.callSites.siteMethods())));
    set("siteLines", "[I", cg.heap.intArray(toArray(cg.callSites.lines())));
    List<LLVMValueRef> byTypeId = new ArrayList<>();
    for (ClassInfo type : cg.layouts.byTypeId()) {
      byTypeId.add(cg.heap.hub(type));
    }
    set("classesByTypeId", "[Ljava/lang/Class;",
        cg.heap.referenceArray(cg.universe.require("[Ljava/lang/Class;"), byTypeId));
    cg.heap.placeRarelyRead(false);
  }

  /** Sets the interned strings: last, once every string of the image exists. */
  void emitInternedStrings() {
    List<LLVMValueRef> strings = new ArrayList<>(cg.heap.strings().values());
    cg.heap.placeRarelyRead(true); // String.intern reads it
    set("internedStrings", "[Ljava/lang/String;",
        cg.heap.referenceArray(cg.universe.require("[Ljava/lang/String;"), strings));
    cg.heap.placeRarelyRead(false);
  }

  private void set(String name, String descriptor, LLVMValueRef value) {
    ClassInfo imageInfo = cg.universe.require(IMAGE_INFO);
    FieldInfo field = imageInfo.field(name, descriptor);
    if (field == null || !field.isStatic()) {
      throw new jeyra.compiler.diag.CompileError("jeyra's runtime class ImageInfo lacks the static field "
          + name + " " + descriptor);
    }
    cg.setStaticValue(field, value);
  }

  private static int[] toArray(List<Integer> values) {
    int[] array = new int[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }
}
