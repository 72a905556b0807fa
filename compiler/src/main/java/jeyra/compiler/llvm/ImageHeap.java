package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.init.ClassRef;
import jeyra.compiler.init.FieldOffset;
import jeyra.compiler.init.HeapObject;
import jeyra.compiler.layout.ObjectLayout;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Universe;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Type;

/**
 * The image heap: objects that exist before the program starts, emitted as LLVM globals in
 * the object layout (hubs, string literals, arrays, runtime tables).
 *
 * <p>Hubs reference each other and code, so a hub is first a placeholder global that other
 * constants can point to; {@link #defineHub} later creates the real global and replaces every
 * use of the placeholder. Image objects are writable: strings cache their hash, hubs record
 * their initialisation state, and any object may be locked.
 */
public final class ImageHeap {
  private final Ir ir;
  private final LlvmTypes types;
  private final Universe universe;
  private final ObjectLayout objects;
  private final Map<ClassInfo, LLVMValueRef> hubs = new LinkedHashMap<>();
  private final Map<String, LLVMValueRef> strings = new LinkedHashMap<>();
  private final Map<Object, LLVMValueRef> sharedArrays = new HashMap<>();
  /** Build-time initialisation's objects: placeholders until defined, then their globals. */
  private final Map<HeapObject, LLVMValueRef> snapshot = new IdentityHashMap<>();
  private final Deque<HeapObject> undefined = new ArrayDeque<>();
  /** The type of each image object by its global's name, once asked to record them. */
  private Map<String, String> objectTypes;
  private int counter;
  /** Whether new objects go to {@link #RARELY_READ_SECTION}. */
  private boolean rarelyRead;

  /**
   * The section of image objects a run reads only on rare paths (the stack-trace tables, the
   * intern table): the linker places it after the other data, so that the pages start-up
   * touches, and the kernel maps around each of them, hold the objects start-up reads.
   */
  public static final String RARELY_READ_SECTION = "jeyra_rarely_read";

  /**
   * The section of the image's arrays of primitives (strings' bytes, tables): they hold no
   * reference, so the collector, which scans the writable data for references conservatively,
   * skips them, and their numbers cannot pass for addresses of heap objects (on a 32-bit
   * target, one number in a few thousand would).
   */
  public static final String PRIMITIVE_ARRAYS_SECTION = "jeyra_primitive_arrays";

  public ImageHeap(Ir ir, LlvmTypes types, Universe universe, ObjectLayout objects) {
    this.ir = ir;
    this.types = types;
    this.universe = universe;
    this.objects = objects;
  }

  /** The hub (the {@code Class} object) of a type; a placeholder until {@link #defineHub}. */
  public LLVMValueRef hub(ClassInfo type) {
    LLVMValueRef hub = hubs.get(type);
    if (hub == null) {
      if (!type.hubNeeded()) {
        throw new IllegalStateException("no hub for " + type + ": reachability did not mark it");
      }
      hub = LLVMAddGlobal(ir.module, ir.i8, "hub.placeholder:" + type.name());
      hubs.put(type, hub);
    }
    return hub;
  }

  /**
   * From now on, records each image object's type by its global's name, for the build
   * report (only a build that writes one needs them).
   */
  public void recordObjectTypes() {
    if (objectTypes == null) {
      objectTypes = new HashMap<>();
    }
  }

  /** The internal type name of each image object recorded, by its global's name. */
  public Map<String, String> objectTypes() {
    return objectTypes == null ? Map.of() : objectTypes;
  }

  /** Every type a hub was asked for. */
  public List<ClassInfo> hubTypes() {
    return new ArrayList<>(hubs.keySet());
  }

  /**
   * Creates a hub's global, replacing the placeholder.
   *
   * @param type the type
   * @param fields values of {@code java.lang.Class}'s fields for this hub (others are zero)
   * @param vtable the entries after the {@code Class} instance: functions or null
   */
  public void defineHub(ClassInfo type, Map<FieldInfo, LLVMValueRef> fields,
      List<LLVMValueRef> vtable) {
    ClassInfo classClass = universe.require("java/lang/Class");
    ObjectShape shape = header(classClass);
    putFields(shape, fields);
    int vtableOffset = vtableOffset(classClass);
    for (int i = 0; i < vtable.size(); i++) {
      LLVMValueRef entry = vtable.get(i) == null ? ir.nullPointer() : vtable.get(i);
      shape.put(vtableOffset + i * objects.wordBytes(), objects.wordBytes(), entry);
    }
    LLVMValueRef initializer = shape.build(vtableOffset + vtable.size() * objects.wordBytes());
    LLVMValueRef global = newGlobal("hub:" + type.name(), initializer, null);
    LLVMValueRef placeholder = hub(type);
    LLVMReplaceAllUsesWith(placeholder, global);
    LLVMDeleteGlobal(placeholder);
    hubs.put(type, global);
  }

  /** Byte offset of the vtable from the start of a hub. */
  public int vtableOffset(ClassInfo classClass) {
    return ObjectLayout.align(classClass.instanceSize(), objects.wordBytes());
  }

  /** The interned string object for a literal. */
  public LLVMValueRef string(String value) {
    LLVMValueRef known = strings.get(value);
    if (known != null) {
      return known;
    }
    boolean latin1 = value.chars().allMatch(c -> c <= 0xff);
    byte[] bytes;
    if (latin1) {
      bytes = value.getBytes(StandardCharsets.ISO_8859_1);
    } else {
      bytes = value.getBytes(ir.target.bigEndian() ? StandardCharsets.UTF_16BE
          : StandardCharsets.UTF_16LE);
    }
    ClassInfo stringClass = universe.require("java/lang/String");
    Map<FieldInfo, LLVMValueRef> fields = new HashMap<>();
    fields.put(requireField(stringClass, "value", "[B"), byteArray(bytes));
    fields.put(requireField(stringClass, "coder", "B"), ir.i8(latin1 ? 0 : 1));
    LLVMValueRef global = instance(stringClass, fields, "str");
    strings.put(value, global);
    return global;
  }

  /** Every string literal in the image, in creation order (for {@code String.intern}). */
  public Map<String, LLVMValueRef> strings() {
    return strings;
  }

  /** A new {@code byte[]}; arrays of the same contents are shared only for strings' use. */
  public LLVMValueRef byteArray(byte[] values) {
    LLVMValueRef[] elements = new LLVMValueRef[values.length];
    for (int i = 0; i < values.length; i++) {
      elements[i] = ir.i8(values[i]);
    }
    return array(universe.require("[B"), ir.i8, elements);
  }

  /** A new {@code int[]}. */
  public LLVMValueRef intArray(int[] values) {
    LLVMValueRef[] elements = new LLVMValueRef[values.length];
    for (int i = 0; i < values.length; i++) {
      elements[i] = ir.i32(values[i]);
    }
    return array(universe.require("[I"), ir.i32, elements);
  }

  /** A byte array shared by every user of the same contents (immutable by convention). */
  public LLVMValueRef sharedByteArray(byte[] values) {
    return sharedArrays.computeIfAbsent(List.of(new String(values, StandardCharsets.ISO_8859_1)),
        key -> byteArray(values));
  }

  /** An int array shared by every user of the same contents (immutable by convention). */
  public LLVMValueRef sharedIntArray(int[] values) {
    return sharedArrays.computeIfAbsent(IntBuffer.wrap(values.clone()),
        key -> intArray(values));
  }

  /**
   * A new array of references.
   *
   * @param arrayType the array's type ({@code [Ljava/lang/String;})
   * @param elements image objects or null constants
   */
  public LLVMValueRef referenceArray(ClassInfo arrayType, List<LLVMValueRef> elements) {
    LLVMValueRef[] values = new LLVMValueRef[elements.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = elements.get(i) == null ? ir.nullPointer() : elements.get(i);
    }
    return array(arrayType, ir.ptr, values);
  }

  private LLVMValueRef array(ClassInfo arrayType, LLVMTypeRef elementType,
      LLVMValueRef[] elements) {
    return newGlobal("arr", arrayShape(arrayType, elementType, elements, 0), arrayType);
  }

  private static boolean isPrimitiveArray(ClassInfo type) {
    return type != null && type.isArray() && type.componentType().isPrimitive();
  }

  private LLVMValueRef arrayShape(ClassInfo arrayType, LLVMTypeRef elementType,
      LLVMValueRef[] elements, int identityHash) {
    ObjectShape shape = new ObjectShape(ir);
    shape.put(objects.hubOffset(), objects.wordBytes(), hub(arrayType));
    if (identityHash != 0) {
      shape.put(objects.identityHashOffset(), 4, ir.i32(identityHash));
    }
    shape.put(objects.arrayLengthOffset(), 4, ir.i32(elements.length));
    int elementBytes = objects.storageBytes(Type.getType(arrayType.componentType().descriptor()));
    LLVMValueRef data = LLVMConstArray2(elementType, new PointerPointer<>(elements),
        elements.length);
    shape.put(objects.arrayBaseOffset(), elementBytes * elements.length, data);
    int size = ObjectLayout.align(objects.arrayBaseOffset() + elementBytes * elements.length,
        objects.objectAlignment());
    return shape.build(size);
  }

  /**
   * A new instance of a class.
   *
   * @param type the class
   * @param fields constant values by field (storage types); missing fields are zero
   * @param namePrefix prefix of the global's name
   */
  public LLVMValueRef instance(ClassInfo type, Map<FieldInfo, LLVMValueRef> fields,
      String namePrefix) {
    ObjectShape shape = header(type);
    putFields(shape, fields);
    return newGlobal(namePrefix, shape.build(type.instanceSize()), type);
  }

  private ObjectShape header(ClassInfo type) {
    ObjectShape shape = new ObjectShape(ir);
    shape.put(objects.hubOffset(), objects.wordBytes(), hub(type));
    return shape;
  }

  private void putFields(ObjectShape shape, Map<FieldInfo, LLVMValueRef> fields) {
    for (Map.Entry<FieldInfo, LLVMValueRef> entry : fields.entrySet()) {
      FieldInfo field = entry.getKey();
      if (field.offset() < 0) {
        throw new IllegalStateException("field " + field + " has no layout");
      }
      shape.put(field.offset(), objects.storageBytes(field.type()), entry.getValue());
    }
  }

  /**
   * Puts the objects made from now on in {@link #RARELY_READ_SECTION}, or again with the
   * others. Objects made for a rare path that a common one later shares (a string literal)
   * are only placed less well, never wrongly.
   */
  public void placeRarelyRead(boolean value) {
    rarelyRead = value;
  }

  /**
   * A new global for an image object.
   *
   * @param type the object's type, recorded for the build report if asked; null for a hub, whose
   *     symbol names the class it describes
   */
  private LLVMValueRef newGlobal(String prefix, LLVMValueRef initializer, ClassInfo type) {
    LLVMValueRef global = LLVMAddGlobal(ir.module, LLVMTypeOf(initializer),
        prefix.contains(":") ? prefix : prefix + "." + counter++);
    if (type != null && objectTypes != null) {
      objectTypes.put(LLVMGetValueName(global).getString(), type.name());
    }
    LLVMSetInitializer(global, initializer);
    LLVMSetLinkage(global, LLVMInternalLinkage);
    LLVMSetAlignment(global, objects.objectAlignment());
    if (rarelyRead) {
      LLVMSetSection(global, RARELY_READ_SECTION);
    } else if (isPrimitiveArray(type)) {
      LLVMSetSection(global, PRIMITIVE_ARRAYS_SECTION);
    }
    return global;
  }

  // ---- objects of build-time initialisation ----

  /**
   * The global of an object build-time initialisation made (a string literal is the interned
   * one). Objects refer to each other in cycles, so this gives a placeholder and queues the
   * object; {@link #defineSnapshotObjects} gives each its contents.
   */
  public LLVMValueRef snapshotObject(HeapObject object) {
    if (object.literal() != null) {
      return string(object.literal());
    }
    LLVMValueRef known = snapshot.get(object);
    if (known == null) {
      known = LLVMAddGlobal(ir.module, ir.i8, "obj.placeholder");
      snapshot.put(object, known);
      undefined.add(object);
    }
    return known;
  }

  /** A value of build-time initialisation as a constant of a field's (or element's) type. */
  public LLVMValueRef snapshotValue(Object value, Type type) {
    if (value instanceof HeapObject object) {
      return snapshotObject(object);
    }
    if (value instanceof ClassRef ref) {
      return hub(ref.type());
    }
    if (value instanceof FieldOffset offset) {
      if (offset.field().offset() < 0) {
        throw new IllegalStateException("image value: " + offset.field() + " has no layout");
      }
      return ir.i64(offset.field().offset());
    }
    switch (type.getSort()) {
      case Type.BOOLEAN:
      case Type.BYTE:
        return ir.i8((Integer) value);
      case Type.CHAR:
      case Type.SHORT:
        return ir.i16((Integer) value);
      case Type.INT:
        return ir.i32((Integer) value);
      case Type.LONG:
        return ir.i64((Long) value);
      case Type.FLOAT:
        return ir.f32((Float) value);
      case Type.DOUBLE:
        return ir.f64((Double) value);
      default:
        return LLVMConstNull(types.storage(type)); // null, or a Word field's zero
    }
  }

  /** Defines every object {@link #snapshotObject} has queued, and those they refer to. */
  public void defineSnapshotObjects() {
    while (!undefined.isEmpty()) {
      HeapObject object = undefined.poll();
      LLVMValueRef initializer = object.isArray() ? snapshotArray(object)
          : snapshotInstance(object);
      LLVMValueRef global = newGlobal("obj", initializer, object.type());
      LLVMValueRef placeholder = snapshot.get(object);
      LLVMReplaceAllUsesWith(placeholder, global);
      LLVMDeleteGlobal(placeholder);
      snapshot.put(object, global);
    }
  }

  private LLVMValueRef snapshotInstance(HeapObject object) {
    ObjectShape shape = header(object.type());
    putIdentityHash(shape, object);
    for (Map.Entry<FieldInfo, Object> field : object.fields().entrySet()) {
      FieldInfo info = field.getKey();
      if (info.offset() < 0) {
        throw new IllegalStateException("field " + info + " of an image object has no layout");
      }
      shape.put(info.offset(), objects.storageBytes(info.type()),
          snapshotValue(field.getValue(), info.type()));
    }
    return shape.build(object.type().instanceSize());
  }

  private LLVMValueRef snapshotArray(HeapObject array) {
    Type elementType = Type.getType(array.type().componentType().descriptor());
    LLVMValueRef[] elements = new LLVMValueRef[array.length()];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = snapshotValue(array.element(i), elementType);
    }
    return arrayShape(array.type(), types.storage(elementType), elements,
        array.identityHash());
  }

  private void putIdentityHash(ObjectShape shape, HeapObject object) {
    if (object.identityHash() != 0) {
      shape.put(objects.identityHashOffset(), 4, ir.i32(object.identityHash()));
    }
  }

  /** A field the image needs, which must exist. */
  public static FieldInfo requireField(ClassInfo type, String name, String descriptor) {
    FieldInfo field = type.field(name, descriptor);
    if (field == null) {
      throw new IllegalStateException(type.binaryName() + " has no field " + name + " "
          + descriptor + " (the image needs it)");
    }
    return field;
  }

  /** The LLVM storage type of a field, for callers building field values. */
  public LLVMTypeRef storageType(FieldInfo field) {
    return types.storage(field.type());
  }
}
