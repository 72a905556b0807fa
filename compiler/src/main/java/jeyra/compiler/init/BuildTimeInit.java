package jeyra.compiler.init;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import jeyra.compiler.reach.BuildTimeConstants;
import jeyra.compiler.reach.ImageState;
import jeyra.compiler.reach.Resolver;
import org.objectweb.asm.Type;

/**
 * Decides, class by class, whether a class is initialised while building (its initialiser
 * run by the {@link Interpreter}) or when the program runs, and keeps the static state of the
 * classes initialised while building. See the package's description for the rule.
 *
 * <p>Each class's initialisation is an attempt of its own, nested inside the attempt that
 * needed it (JVMS 5.5: superclasses first, then the initialiser, which may need others). An
 * attempt that ends leaves the classes it finished initialised, since none of them could
 * read or change the state of the classes around it; the class whose attempt ended, and every
 * attempt that needed it, are initialised at run time.
 */
public final class BuildTimeInit implements ImageState {
  /** How many instructions one class's initialisation may run, nested ones included. */
  private static final long BUDGET = 2_000_000;
  /** Fields the JDK uses as caches of a value that depends only on final state. */
  private static final Set<String> CACHE_FIELDS = Set.of("java/lang/String.hash",
      "java/lang/String.hashIsZero");
  /** Fields whose array never changes once stored (a string's bytes). */
  private static final Set<String> IMMUTABLE_ARRAY_FIELDS = Set.of("java/lang/String.value");

  /** Where a class stands. */
  public enum State { IN_PROGRESS, BUILD_TIME, RUN_TIME }

  private final Universe universe;
  private final Resolver resolver;
  private final BuildTimeConstants constants;
  private final Interpreter interpreter;
  private final StableArrays stableArrays;
  private final Set<String> forcedRunTime;
  private final Set<String> forcedBuildTime;
  private final Map<ClassInfo, State> states = new HashMap<>();
  private final Map<ClassInfo, String> runTimeReasons = new HashMap<>();
  private final Map<ClassInfo, String> runTimeLocations = new HashMap<>();
  private final Map<ClassInfo, Map<FieldInfo, Object>> statics = new HashMap<>();
  private final Deque<ClassInfo> inProgress = new ArrayDeque<>();
  /** Subclasses finished while their superclass was still being initialised, by superclass. */
  private final Map<ClassInfo, List<ClassInfo>> sharesFate = new HashMap<>();
  private final Map<String, HeapObject> literals = new HashMap<>();
  /** The objects {@link #references} has reported, each once per build. */
  private final Set<HeapObject> reported = java.util.Collections.newSetFromMap(
      new java.util.IdentityHashMap<>());
  // Identity hashes come from the runtime's generator (Marsaglia's xor-shift) with other
  // seeds, so that the build's hashes do not repeat the ones the run hands out first.
  private int hashX = 0x9E3779B9;
  private int hashY = 0x7F4A7C15;
  private int hashZ = 0x1B873593;
  private int hashW = 0x5851F42D;

  /**
   * @param forcedRunTime classes or packages (binary names) the user keeps for run time, with
   *     all that needs them
   * @param forcedBuildTime classes or packages whose initialisers the user lets read state
   *     other classes own (they still change only their own, and run only what the build can)
   */
  public BuildTimeInit(Universe universe, Resolver resolver, BuildTimeConstants constants,
      Set<String> forcedRunTime, Set<String> forcedBuildTime) {
    this.universe = universe;
    this.resolver = resolver;
    this.constants = constants;
    this.interpreter = new Interpreter(this, universe, resolver);
    this.stableArrays = new StableArrays(universe);
    this.forcedRunTime = forcedRunTime;
    this.forcedBuildTime = forcedBuildTime;
  }

  /**
   * Initialises a class while building if the rule allows, once.
   *
   * @return whether the class is initialised while building
   */
  public boolean tryInitialize(ClassInfo type) {
    State state = states.get(type);
    if (state != null) {
      return state == State.BUILD_TIME;
    }
    interpreter.setBudget(BUDGET);
    try {
      require(type);
      return true;
    } catch (InitAbort e) {
      return false;
    }
  }

  @Override
  public boolean initializeWhileBuilding(ClassInfo type) {
    return tryInitialize(type);
  }

  @Override
  public Object finalStaticValue(FieldInfo field) {
    int sort = field.type().getSort();
    if (!field.isStatic() || !field.isFinal() || sort == Type.OBJECT || sort == Type.ARRAY
        || !tryInitialize(field.owner())) {
      return null;
    }
    return staticValues(field.owner()).get(field);
  }

  @Override
  public void references(ClassInfo type, ReferenceSink sink) {
    Deque<HeapObject> work = new ArrayDeque<>();
    for (Map.Entry<FieldInfo, Object> entry : staticValues(type).entrySet()) {
      ClassInfo valueType = reference(entry.getValue(), sink, work);
      if (valueType != null) {
        sink.staticField(entry.getKey(), valueType);
      }
    }
    while (!work.isEmpty()) {
      HeapObject object = work.poll();
      if (!reported.add(object)) {
        continue;
      }
      sink.instantiated(object.type);
      if (object.isArray()) {
        if (object.elements instanceof Object[] elements) {
          for (Object element : elements) {
            ClassInfo elementType = reference(element, sink, work);
            if (elementType != null) {
              sink.element(object.type, elementType);
            }
          }
        }
        continue;
      }
      for (Map.Entry<FieldInfo, Object> field : object.fields().entrySet()) {
        ClassInfo valueType = reference(field.getValue(), sink, work);
        if (valueType != null) {
          sink.instanceField(field.getKey(), valueType);
        }
      }
    }
  }

  /**
   * What one value in the image needs: an object is queued for walking, a {@code Class}
   * object's type needs its hub, a field offset's class needs a layout.
   *
   * @return the value's type if it is a reference, else null
   */
  private ClassInfo reference(Object value, ReferenceSink sink, Deque<HeapObject> work) {
    if (value instanceof HeapObject object) {
      work.add(object);
      return object.type;
    }
    if (value instanceof ClassRef ref) {
      sink.classObject(ref.type());
      return universe.require("java/lang/Class");
    }
    if (value instanceof FieldOffset offset) {
      sink.classObject(offset.field().owner()); // so its fields get a layout
    }
    return null;
  }

  /** Where a class stands, or null if no attempt was made. */
  public State state(ClassInfo type) {
    return states.get(type);
  }

  /** Why a class is initialised at run time. */
  public String runTimeReason(ClassInfo type) {
    return runTimeReasons.get(type);
  }

  /**
   * The method the interpreter was in when it gave up on a class itself (not on a class it
   * needed), or null.
   */
  public String runTimeLocation(ClassInfo type) {
    return runTimeLocations.get(type);
  }

  /** The static fields of a class initialised while building, by field. */
  public Map<FieldInfo, Object> staticValues(ClassInfo type) {
    if (states.get(type) != State.BUILD_TIME) {
      throw new IllegalStateException(type + " is not initialised while building");
    }
    return statics.getOrDefault(type, Map.of());
  }

  // ---- for the interpreter ----

  Interpreter interpreter() {
    return interpreter;
  }

  BuildTimeConstants constants() {
    return constants;
  }

  /**
   * Makes sure a class is initialised, as an instruction that needs it would (JVMS 5.5):
   * returns if it is, or is being initialised by the attempts in progress; otherwise attempts it.
   *
   * @throws InitAbort if it is, or must be, initialised at run time
   */
  void require(ClassInfo type) {
    State state = states.get(type);
    if (state == State.BUILD_TIME || state == State.IN_PROGRESS) {
      return;
    }
    if (state == State.RUN_TIME) {
      throw new InitAbort(needs(type));
    }
    attempt(type);
  }

  private void attempt(ClassInfo type) {
    if (type.isArray() || type.isPrimitive()) {
      states.put(type, State.BUILD_TIME);
      return;
    }
    if (named(forcedRunTime, type)) {
      throw fail(type, "the build was told to initialise it at run time");
    }
    states.put(type, State.IN_PROGRESS);
    try {
      for (ClassInfo supertype : resolver.initializedFirst(type)) {
        if (states.get(supertype) == State.IN_PROGRESS) {
          // An enum constant with a body, made by its enum's initialiser: the JVM goes on
          // (the same thread is initialising the superclass). A subclass without static
          // state has nothing anyone could read, so it shares its superclass's fate.
          if (hasStaticState(type)) {
            throw new InitAbort("its supertype " + supertype.binaryName()
                + " is still being initialised");
          }
          sharesFate.computeIfAbsent(supertype, key -> new ArrayList<>()).add(type);
          continue;
        }
        require(supertype);
      }
      Map<FieldInfo, Object> values = new LinkedHashMap<>(); // iterated: builds repeat
      for (FieldInfo field : type.fields()) {
        if (field.isStatic()) {
          values.put(field, initialValue(field));
        }
      }
      statics.put(type, values);
      MethodInfo initializer = type.classInitializer();
      if (initializer != null) {
        inProgress.push(type);
        try {
          interpreter.invoke(initializer, new Object[0]);
        } finally {
          inProgress.pop();
        }
      }
      states.put(type, State.BUILD_TIME);
    } catch (InitAbort e) {
      if (e.where() != null && !e.getMessage().startsWith("needs ")) {
        runTimeLocations.putIfAbsent(type, e.where());
      }
      throw fail(type, e.getMessage());
    } catch (RuntimeException e) {
      // A fault of the interpreter itself must not fail the build: the class keeps the
      // run-time initialisation it would have had, and the report says why.
      throw fail(type, "the interpreter failed: " + e);
    }
  }

  private InitAbort fail(ClassInfo type, String reason) {
    states.put(type, State.RUN_TIME);
    statics.remove(type);
    runTimeReasons.putIfAbsent(type, reason);
    for (ClassInfo subclass : sharesFate.getOrDefault(type, List.of())) {
      if (states.get(subclass) != State.RUN_TIME) {
        fail(subclass, needs(type));
      }
    }
    return new InitAbort(needs(type));
  }

  /** Whether a class has an initialiser or static fields: state another class could read. */
  private static boolean hasStaticState(ClassInfo type) {
    if (type.classInitializer() != null) {
      return true;
    }
    for (FieldInfo field : type.fields()) {
      if (field.isStatic()) {
        return true;
      }
    }
    return false;
  }

  /** Why a class that needs {@code type} is kept for run time: the chain to the first cause. */
  private String needs(ClassInfo type) {
    return "needs " + type.binaryName() + ": " + runTimeReasons.get(type);
  }

  /** The first cause of a reason: what the last class in a chain of "needs" did. */
  public static String firstCause(String reason) {
    String cause = reason;
    while (cause.startsWith("needs ") && cause.contains(": ")) {
      cause = cause.substring(cause.indexOf(": ") + 2);
    }
    return cause;
  }

  /** A static field's value before the initialiser runs: its ConstantValue, or the default. */
  private Object initialValue(FieldInfo field) {
    Object constant = field.constantValue();
    if (constant instanceof String text) {
      return literal(text);
    }
    if (constant != null) {
      return constant;
    }
    return HeapObject.defaultValue(field.type());
  }

  /** The class whose initialiser the interpreter is running innermost, or null. */
  ClassInfo allocationOwner() {
    return inProgress.peek();
  }

  /**
   * Whether the user has the innermost class initialised while building whatever it reads:
   * its initialiser may read state other classes own (it still writes only its own).
   */
  private boolean readsAnything() {
    ClassInfo current = inProgress.peek();
    return current != null && named(forcedBuildTime, current);
  }

  Object readStatic(FieldInfo field) {
    ClassInfo owner = field.owner();
    Map<FieldInfo, Object> values = statics.get(owner);
    if (values == null) {
      throw new InitAbort("reads " + describe(field) + " before its class has state");
    }
    boolean own = owner == inProgress.peek();
    boolean settled = states.get(owner) == State.BUILD_TIME;
    if (!own && !(settled && (field.isFinal() || readsAnything()))) {
      throw new InitAbort("reads " + describe(field) + ", which other code can change");
    }
    Object value = values.get(field);
    if (!own && value instanceof HeapObject array && stableArrays.isStable(field)) {
      array.immutable = true;
    }
    return value;
  }

  void writeStatic(FieldInfo field, Object value) {
    if (field.owner() != inProgress.peek()) {
      throw new InitAbort("writes " + describe(field) + " of another class");
    }
    statics.get(field.owner()).put(field, value);
  }

  Object readField(HeapObject object, FieldInfo field) {
    if (object.owner != inProgress.peek() || object.owner == null) {
      if (!field.isFinal() && !CACHE_FIELDS.contains(key(field)) && !readsAnything()) {
        throw new InitAbort("reads " + describe(field) + " of an object another class made");
      }
    }
    Object value = object.get(field);
    if (value instanceof HeapObject array && IMMUTABLE_ARRAY_FIELDS.contains(key(field))) {
      array.immutable = true;
    }
    return value;
  }

  void writeField(HeapObject object, FieldInfo field, Object value) {
    boolean own = object.owner != null && object.owner == inProgress.peek();
    if (!own && !CACHE_FIELDS.contains(key(field))) {
      throw new InitAbort("writes " + describe(field) + " of an object another class made");
    }
    if (value instanceof HeapObject array && IMMUTABLE_ARRAY_FIELDS.contains(key(field))) {
      array.immutable = true;
    }
    object.put(field, value);
  }

  void checkElementRead(HeapObject array) {
    if (!array.immutable && (array.owner == null || array.owner != inProgress.peek())
        && !readsAnything()) {
      throw new InitAbort("reads an element of a " + array.type.binaryName()
          + " another class made");
    }
  }

  void checkElementWrite(HeapObject array) {
    if (array.immutable || array.owner == null || array.owner != inProgress.peek()) {
      throw new InitAbort("writes an element of a " + array.type.binaryName()
          + " another class made");
    }
  }

  /** The string literal object for a text: one object per text, as the image interns them. */
  HeapObject literal(String text) {
    return literals.computeIfAbsent(text, t -> {
      ClassInfo stringType = universe.require("java/lang/String");
      HeapObject string = HeapObject.literal(stringType, t);
      boolean latin1 = t.chars().allMatch(c -> c <= 0xff);
      byte[] bytes = latin1 ? t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)
          : utf16(t);
      HeapObject value = HeapObject.array(universe.require("[B"), null, bytes.length);
      System.arraycopy(bytes, 0, value.elements, 0, bytes.length);
      value.immutable = true;
      string.put(stringType.field("value", "[B"), value);
      string.put(stringType.field("coder", "B"), latin1 ? 0 : 1);
      return string;
    });
  }

  /**
   * A string's UTF-16 bytes in the order {@code StringUTF16} reads them, which is the target's
   * byte order (the JDK's {@code StringUTF16.HI_BYTE_SHIFT} follows it).
   */
  private byte[] utf16(String text) {
    boolean bigEndian = Integer.valueOf(1).equals(constants.targetQuery("bigEndian", null));
    return text.getBytes(bigEndian ? java.nio.charset.StandardCharsets.UTF_16BE
        : java.nio.charset.StandardCharsets.UTF_16LE);
  }

  /** The text of a string literal argument (for natives that take a name). */
  String literalText(Object value) {
    if (value instanceof HeapObject string && string.literal != null) {
      return string.literal;
    }
    throw new InitAbort("passes a string the build did not take from a literal");
  }

  /** An object's identity hash, chosen now if it has none; the image keeps it. */
  int identityHash(Object value) {
    if (value instanceof ClassRef) {
      throw new InitAbort("asks for the identity hash of a Class object");
    }
    HeapObject object = (HeapObject) value;
    if (object.identityHash == 0) {
      int hash;
      do {
        int t = hashX ^ (hashX << 11);
        hashX = hashY;
        hashY = hashZ;
        hashZ = hashW;
        hashW = (hashW ^ (hashW >>> 19)) ^ (t ^ (t >>> 8));
        hash = hashW & 0x7fffffff;
      } while (hash == 0);
      object.identityHash = hash;
    }
    return object.identityHash;
  }

  /** Whether a user's list names a class, itself or by its package. */
  private static boolean named(Set<String> names, ClassInfo type) {
    return names.contains(type.binaryName())
        || names.contains(type.packageName().replace('/', '.'));
  }

  private static String key(FieldInfo field) {
    return field.owner().name() + "." + field.name();
  }

  private static String describe(FieldInfo field) {
    return field.owner().binaryName() + "." + field.name();
  }
}
