package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.layout.HubField;
import jeyra.compiler.layout.ObjectLayout;
import jeyra.compiler.model.ClassAttributes;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Origin;
import jeyra.intrinsics.HubConstants;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InnerClassNode;

/**
 * Fills in the hubs: each type's {@code java.lang.Class} object, with the JDK's own fields
 * ({@code name}, {@code componentType}) and the ones runtime-java injects for the VM's work
 * (type ids, sizes, flags, initialisation state, interface set), followed by the vtable.
 */
final class HubEmitter {
  private final Codegen cg;
  private final Ir ir;

  HubEmitter(Codegen cg) {
    this.cg = cg;
    this.ir = cg.ir;
  }

  void emitAll() {
    for (ClassInfo type : cg.layouts.hubTypes()) {
      emit(type);
    }
  }

  private void emit(ClassInfo type) {
    Map<FieldInfo, LLVMValueRef> fields = new HashMap<>();
    fields.put(cg.hubField(HubField.NAME), cg.heap.string(type.binaryName()));
    if (type.isArray()) {
      fields.put(cg.hubField(HubField.COMPONENT_TYPE),
          cg.heap.hub(type.componentType()));
      fields.put(cg.hubField(HubField.ELEMENT_SHIFT),
          ir.i32(cg.objects.storageShift(Type.getType(type.componentType().descriptor()))));
    }
    String module = elementType(type).module();
    if (module != null) {
      fields.put(cg.hubField(HubField.MODULE_NAME), cg.heap.string(module));
    }
    fields.put(cg.hubField(HubField.TYPE_ID), ir.i32(type.typeId()));
    fields.put(cg.hubField(HubField.LAST_SUBTYPE_ID), ir.i32(type.lastSubtypeId()));
    fields.put(cg.hubField(HubField.INTERFACE_INDEX), ir.i32(type.interfaceIndex()));
    fields.put(cg.hubField(HubField.INSTANCE_SIZE), ir.i32(Math.max(type.instanceSize(), 0)));
    fields.put(cg.hubField(HubField.FLAGS), ir.i32(flags(type)));
    fields.put(cg.hubField(HubField.REFERENCE_OFFSETS),
        cg.heap.sharedIntArray(referenceOffsets(type)));
    fields.put(cg.hubField(HubField.MODIFIERS), ir.i32(type.access() & 0xffff));
    fields.put(cg.hubField(HubField.INIT_STATE), ir.i32(cg.needsInitialization(type)
        ? HubConstants.INIT_UNINITIALIZED : HubConstants.INIT_DONE));
    if (cg.needsInitialization(type)) {
      fields.put(cg.hubField(HubField.INIT_FUNCTION),
          LLVMConstPtrToInt(cg.initFunction(type), ir.word));
    }
    if (type.superclass() != null) {
      fields.put(cg.hubField(HubField.SUPERCLASS),
          cg.heap.hub(type.superclass()));
    }
    List<LLVMValueRef> interfaces = new ArrayList<>();
    for (ClassInfo superinterface : type.interfaces()) {
      interfaces.add(cg.heap.hub(superinterface));
    }
    fields.put(cg.hubField(HubField.INTERFACES),
        cg.heap.referenceArray(cg.universe.require("[Ljava/lang/Class;"), interfaces));
    fields.put(cg.hubField(HubField.INTERFACE_BITS),
        cg.heap.sharedByteArray(interfaceBits(type)));
    ClassInfo arrayType = type.isPrimitive() && type.primitiveType().getSort() == Type.VOID
        ? null : cg.universe.arrayOf(type);
    if (arrayType != null && arrayType.hubNeeded()) {
      fields.put(cg.hubField(HubField.ARRAY_CLASS), cg.heap.hub(arrayType));
    }
    addNestingInfo(type, fields);
    List<LLVMValueRef> vtable = new ArrayList<>();
    for (MethodInfo entry : type.vtable()) {
      vtable.add(entry == null ? null : cg.function(entry));
    }
    cg.heap.defineHub(type, fields, vtable);
  }

  /**
   * What the InnerClasses and EnclosingMethod attributes say about where a class is declared
   * (Class.getSimpleName, getDeclaringClass and getEnclosingClass read it).
   */
  private void addNestingInfo(ClassInfo type, Map<FieldInfo, LLVMValueRef> fields) {
    if (type.isArray() || type.isPrimitive()) {
      return;
    }
    InnerClassNode entry = ClassAttributes.innerClassEntry(type);
    if (entry != null) {
      if (entry.innerName != null) {
        fields.put(cg.hubField(HubField.SIMPLE_BINARY_NAME),
            cg.heap.string(entry.innerName));
      }
      ClassInfo declaring = entry.outerName == null ? null : cg.universe.lookup(entry.outerName);
      if (declaring != null && declaring.hubNeeded()) {
        fields.put(cg.hubField(HubField.DECLARING_CLASS),
            cg.heap.hub(declaring));
      }
    }
    String outerClass = type.node().outerClass;
    ClassInfo enclosing = outerClass == null ? null : cg.universe.lookup(outerClass);
    if (enclosing != null && enclosing.hubNeeded()) {
      fields.put(cg.hubField(HubField.ENCLOSING_CLASS),
          cg.heap.hub(enclosing));
      if (type.node().outerMethod != null) {
        fields.put(cg.hubField(HubField.ENCLOSING_METHOD_NAME),
            cg.heap.string(type.node().outerMethod));
        fields.put(cg.hubField(HubField.ENCLOSING_METHOD_DESCRIPTOR),
            cg.heap.string(type.node().outerMethodDesc));
      }
    }
  }

  private int flags(ClassInfo type) {
    int flags = 0;
    if (type.isArray()) {
      flags |= HubConstants.FLAG_ARRAY;
    }
    if (type.isInterface()) {
      flags |= HubConstants.FLAG_INTERFACE;
    }
    if (type.isPrimitive()) {
      flags |= HubConstants.FLAG_PRIMITIVE;
    }
    if (type.isAbstract() || type.isInterface() || type.isPrimitive()) {
      flags |= HubConstants.FLAG_ABSTRACT;
    }
    if (type.isArray() && holdsReferences(Type.getType(type.componentType().descriptor()))) {
      flags |= HubConstants.FLAG_REFERENCE_ELEMENTS;
    }
    flags |= referenceKind(type);
    if (type.hasFinalizer()) {
      flags |= HubConstants.FLAG_FINALIZABLE;
    }
    if (ClassAttributes.declaresSelfComparable(type)) {
      flags |= HubConstants.FLAG_SELF_COMPARABLE;
    }
    ClassInfo element = elementType(type);
    if (element.origin() == Origin.JDK || element.isPrimitive()) {
      flags |= "java.base".equals(element.module()) ? HubConstants.FLAG_JAVA_BASE
          : HubConstants.FLAG_OTHER_JDK_MODULE;
    }
    return flags;
  }

  /** The {@code java.lang.ref} classes, by the hub flag of their kind. */
  private static final Map<String, Integer> REFERENCE_KINDS = Map.of(
      "java/lang/ref/SoftReference", HubConstants.FLAG_SOFT_REFERENCE,
      "java/lang/ref/WeakReference", HubConstants.FLAG_WEAK_REFERENCE,
      "java/lang/ref/FinalReference", HubConstants.FLAG_FINAL_REFERENCE,
      "java/lang/ref/PhantomReference", HubConstants.FLAG_PHANTOM_REFERENCE);

  /** The flag of the kind of {@code java.lang.ref} reference a class is, or 0. */
  private static int referenceKind(ClassInfo type) {
    if (type.isArray() || type.isPrimitive() || type.isInterface()) {
      return 0;
    }
    for (ClassInfo owner = type; owner != null; owner = owner.superclass()) {
      Integer kind = REFERENCE_KINDS.get(owner.name());
      if (kind != null) {
        return kind;
      }
    }
    return 0;
  }

  /**
   * The offsets of an instance's reference fields, inherited ones first: what the collector
   * traces. {@code Word} fields hold addresses the collector must not follow, and a
   * {@code java.lang.ref.Reference}'s referent is the collector's to decide on.
   */
  static int[] referenceOffsets(ClassInfo type) {
    List<Integer> offsets = new ArrayList<>();
    if (!type.isArray() && !type.isPrimitive() && !type.isInterface()) {
      for (ClassInfo owner = type; owner != null; owner = owner.superclass()) {
        for (FieldInfo field : owner.fields()) {
          if (!field.isStatic() && holdsReferences(field.type()) && !isReferent(field)) {
            offsets.add(field.offset());
          }
        }
      }
    }
    return offsets.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private static boolean isReferent(FieldInfo field) {
    return field.owner().name().equals("java/lang/ref/Reference")
        && field.name().equals("referent");
  }

  /** Whether a field or element of this type is a reference the collector follows. */
  private static boolean holdsReferences(Type type) {
    return (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)
        && !ObjectLayout.isWord(type);
  }

  private static ClassInfo elementType(ClassInfo type) {
    ClassInfo element = type;
    while (element.isArray()) {
      element = element.componentType();
    }
    return element;
  }

  /** Bit {@code i} set when the type implements the interface with index {@code i}. */
  private byte[] interfaceBits(ClassInfo type) {
    int highest = -1;
    List<ClassInfo> interfaces = cg.layouts.interfaces();
    for (ClassInfo candidate : interfaces) {
      if (cg.universe.isAssignable(type, candidate)) {
        highest = Math.max(highest, candidate.interfaceIndex());
      }
    }
    byte[] bits = new byte[(highest + 8) / 8];
    for (ClassInfo candidate : interfaces) {
      if (cg.universe.isAssignable(type, candidate)) {
        bits[candidate.interfaceIndex() >> 3] |= (byte) (1 << (candidate.interfaceIndex() & 7));
      }
    }
    return bits;
  }

  static int align(int value, int alignment) {
    return ObjectLayout.align(value, alignment);
  }
}
