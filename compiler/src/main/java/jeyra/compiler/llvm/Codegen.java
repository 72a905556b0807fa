package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.analysis.NullPointerMessages;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.diag.DebugOptions;
import jeyra.compiler.diag.Diagnostics;
import jeyra.compiler.init.BuildTimeInit;
import jeyra.compiler.layout.Dispatch;
import jeyra.compiler.layout.HubField;
import jeyra.compiler.layout.Layouts;
import jeyra.compiler.layout.ObjectLayout;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import jeyra.compiler.reach.Reachability;
import jeyra.compiler.reach.Resolver;
import jeyra.compiler.reach.RuntimeSupport;
import jeyra.compiler.substitute.Annotations;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;

/**
 * Everything code generation for one build shares: the module, the closed world and its
 * analyses, the image heap, and the functions, static fields and class initialisers declared
 * so far.
 */
public final class Codegen {
  public final Ir ir;
  public final LlvmTypes types;
  public final Universe universe;
  public final Reachability reachability;
  public final Resolver resolver;
  public final Layouts layouts;
  public final Dispatch dispatch;
  private final BuildTimeInit init;
  public final ObjectLayout objects;
  public final ImageHeap heap;
  public final Diagnostics diagnostics;
  public final CallSites callSites;
  final DispatchStubs dispatchStubs;
  public final NullPointerMessages nullPointerMessages = new NullPointerMessages();
  public final DebugOptions debug;
  public final ClassInfo classClass;
  private final Map<MethodInfo, LLVMValueRef> functions = new HashMap<>();
  private final Map<FieldInfo, LLVMValueRef> statics = new HashMap<>();
  /** The non-final reference statics, in the order they were made (see emitCollectorReads). */
  private final List<LLVMValueRef> collectorReadStatics = new ArrayList<>();
  private final Map<ClassInfo, LLVMValueRef> initFunctions = new HashMap<>();
  private final Map<ClassInfo, Boolean> needsInitialization = new HashMap<>();
  private final Map<String, LLVMValueRef> imports = new HashMap<>();
  /** Reachable methods by their {@code @Export} symbol, made on first use. */
  private Map<String, MethodInfo> exportsBySymbol;

  /**
   * @param init the classes initialised while building, with their state
   */
  public Codegen(Ir ir, Universe universe, Reachability reachability, Layouts layouts,
      Dispatch dispatch, BuildTimeInit init, Diagnostics diagnostics, DebugOptions debug) {
    this.ir = ir;
    this.types = new LlvmTypes(ir);
    this.universe = universe;
    this.reachability = reachability;
    this.resolver = reachability.resolver();
    this.layouts = layouts;
    this.dispatch = dispatch;
    this.init = init;
    this.objects = layouts.objects();
    this.heap = new ImageHeap(ir, types, universe, objects);
    this.diagnostics = diagnostics;
    this.debug = debug;
    this.callSites = new CallSites(ir);
    this.dispatchStubs = new DispatchStubs(this);
    this.classClass = universe.require("java/lang/Class");
  }

  // ---- functions ----

  /** The LLVM function of a method, declared on first use. */
  public LLVMValueRef function(MethodInfo method) {
    LLVMValueRef function = functions.get(method);
    if (function != null) {
      return function;
    }
    String exported = exportName(method);
    LLVMTypeRef type = functionType(method);
    // An @Import of the same symbol may have declared the export already: define that one.
    function = exported == null ? null : LLVMGetNamedFunction(ir.module, exported);
    if (function != null && !LLVMGlobalGetValueType(function).equals(type)) {
      throw new CompileError("the @Export(\"" + exported + "\") " + method
          + " does not match the signature its @Import declares");
    }
    if (function == null) {
      function = LLVMAddFunction(ir.module, exported != null ? exported : functionName(method),
          type);
    }
    if (exported == null) {
      LLVMSetLinkage(function, LLVMInternalLinkage);
    } else {
      // C code calls exports such as memcpy; LLVM must not turn their loops into calls to
      // the very builtins they implement.
      ir.addFunctionAttribute(function, "no-builtins", "");
    }
    placeInCodeSection(function);
    ir.addFunctionAttribute(function, "nounwind");
    ir.addFunctionAttribute(function, "frame-pointer", "all");
    ir.addFunctionAttribute(function, "disable-tail-calls", "true");
    ir.addFunctionAttribute(function, "nooutline", "");
    if (!method.isStatic()) {
      ir.addParameterAttribute(function, 0, "nonnull");
    }
    if (exported == null && isBare(method)
        && new MethodCompiler.Instructions(method.node()).hasLoop()) {
      // Bare code implements the C layer's memcpy and friends; a loop here must not become
      // a call to them. Only loops become such calls, and the attribute stops LLVM inlining
      // the function into code without it: the allocation fast path, bare and loop-free, is
      // inlined into compiled new.
      ir.addFunctionAttribute(function, "no-builtins", "");
    }
    if (RuntimeSupport.isOutOfLine(method)) {
      ir.addFunctionAttribute(function, "noinline");
    }
    functions.put(method, function);
    return function;
  }

  /** The LLVM type of a method's function. */
  public LLVMTypeRef functionType(MethodInfo method) {
    return types.function(method.type(), method.isStatic());
  }

  /** {@code java/lang/String.charAt(I)C}: readable in symbol tables and profilers. */
  public static String functionName(MethodInfo method) {
    return method.owner().name() + "." + method.name() + method.descriptor();
  }

  /** The reachable method exported as {@code symbol}, or null. */
  public MethodInfo exportedMethod(String symbol) {
    if (exportsBySymbol == null) {
      exportsBySymbol = new HashMap<>();
      for (MethodInfo method : reachability.reachableMethods()) {
        String name = exportName(method);
        if (name != null) {
          exportsBySymbol.put(name, method);
        }
      }
    }
    return exportsBySymbol.get(symbol);
  }

  /** The C symbol a method is exported as ({@code @Export}), or null. */
  public static String exportName(MethodInfo method) {
    AnnotationNode export = Annotations.find(method.node().invisibleAnnotations,
        Annotations.EXPORT);
    return export == null ? null : Annotations.stringValue(export);
  }

  /** The C symbol a native method imports ({@code @Import}), or null. */
  public static String importName(MethodInfo method) {
    AnnotationNode imported = Annotations.find(method.node().invisibleAnnotations,
        Annotations.IMPORT);
    return imported == null ? null : Annotations.stringValue(imported);
  }

  /** Whether a method is compiled without the Java runtime ({@code @Bare}). */
  public static boolean isBare(MethodInfo method) {
    return Annotations.has(method.node().invisibleAnnotations, Annotations.BARE);
  }

  /** The declaration of an imported C function with a method's signature. */
  public LLVMValueRef importedFunction(MethodInfo method, String symbol) {
    return imports.computeIfAbsent(symbol, name -> {
      LLVMValueRef existing = LLVMGetNamedFunction(ir.module, name);
      return existing != null ? existing : LLVMAddFunction(ir.module, name, functionType(method));
    });
  }

  /** A runtime support method (it must exist in runtime-java). */
  public MethodInfo support(RuntimeSupport.Method method) {
    return method.in(universe);
  }

  // ---- fields ----

  /** The global of the runtime's safepoint request flag (an int), which loops poll. */
  LLVMValueRef safepointRequestFlag() {
    ClassInfo owner = universe.require(RuntimeSupport.SAFEPOINTS);
    FieldInfo flag = owner.field(RuntimeSupport.SAFEPOINT_FLAG, "I");
    if (flag == null || !flag.isStatic()) {
      throw new CompileError("jeyra's runtime lacks the static int "
          + owner.binaryName() + "." + RuntimeSupport.SAFEPOINT_FLAG);
    }
    return staticField(flag);
  }

  /** The global of a static field. */
  public LLVMValueRef staticField(FieldInfo field) {
    LLVMValueRef global = statics.get(field);
    if (global != null) {
      return global;
    }
    LLVMTypeRef type = types.storage(field.type());
    global = LLVMAddGlobal(ir.module, type, "static:" + field.owner().name() + "." + field.name());
    LLVMSetLinkage(global, LLVMInternalLinkage);
    LLVMSetInitializer(global, staticInitialValue(field, type));
    statics.put(field, global);
    int sort = field.type().getSort();
    if (!field.isFinal() && (sort == Type.OBJECT || sort == Type.ARRAY)) {
      collectorReadStatics.add(global);
    }
    return global;
  }

  /** The name of the LLVM array of globals the optimiser must treat as read elsewhere. */
  public static final String COMPILER_USED = "llvm.compiler.used";

  /**
   * Lists the non-final reference statics in {@code llvm.compiler.used}, for the optimiser:
   * the collector reads every static, which LLVM cannot see. A static the program writes but
   * never reads would otherwise lose its stores of null (GlobalOpt drops stores nobody loads,
   * keeping the last other value), and what it held would never be collected, finalized or
   * cleared from a weak reference. The list must not outlive the optimiser: the module
   * splitter drops global definitions outside the first partition
   * ({@code ObjectEmitter.optimize} deletes it).
   */
  public void emitCollectorReads() {
    if (collectorReadStatics.isEmpty()) {
      return;
    }
    LLVMValueRef[] globals = collectorReadStatics.toArray(new LLVMValueRef[0]);
    LLVMValueRef list = LLVMConstArray(ir.ptr, new PointerPointer<>(globals), globals.length);
    LLVMValueRef used = LLVMAddGlobal(ir.module, LLVMTypeOf(list), COMPILER_USED);
    LLVMSetLinkage(used, LLVMAppendingLinkage);
    LLVMSetSection(used, "llvm.metadata");
    LLVMSetInitializer(used, list);
  }

  /** Replaces a static field's initial value (for tables the compiler provides). */
  public void setStaticValue(FieldInfo field, LLVMValueRef value) {
    LLVMSetInitializer(staticField(field), value);
  }

  private LLVMValueRef staticInitialValue(FieldInfo field, LLVMTypeRef type) {
    if (init.state(field.owner()) == BuildTimeInit.State.BUILD_TIME) {
      return heap.snapshotValue(init.staticValues(field.owner()).get(field), field.type());
    }
    Object value = field.constantValue();
    if (value == null) {
      return LLVMConstNull(type);
    }
    switch (field.type().getSort()) {
      case Type.BOOLEAN:
      case Type.BYTE:
        return ir.i8(((Number) value).intValue());
      case Type.CHAR:
      case Type.SHORT:
        return ir.i16(((Number) value).intValue());
      case Type.INT:
        return ir.i32(((Number) value).intValue());
      case Type.LONG:
        return ir.i64(((Number) value).longValue());
      case Type.FLOAT:
        return ir.f32(((Number) value).floatValue());
      case Type.DOUBLE:
        return ir.f64(((Number) value).doubleValue());
      default:
        return value instanceof String ? heap.string((String) value) : LLVMConstNull(type);
    }
  }

  /** A field of every hub (a {@code java.lang.Class} object); see {@link HubField}. */
  public FieldInfo hubField(HubField field) {
    return layouts.hubField(field);
  }

  // ---- class initialisation ----

  /**
   * Whether initialising a class does anything: it or a class it initialises first has a
   * {@code <clinit>} (JVMS 5.5). Classes that need nothing start initialised in the image.
   */
  public boolean needsInitialization(ClassInfo type) {
    Boolean known = needsInitialization.get(type);
    if (known != null) {
      return known;
    }
    boolean needs = false;
    if (!type.isArray() && !type.isPrimitive()) {
      needs = type.classInitializer() != null && reachability.isReachable(type.classInitializer());
      if (!type.isInterface()) {
        if (type.superclass() != null && needsInitialization(type.superclass())) {
          needs = true;
        }
        for (ClassInfo superinterface : universe.supertypes(type)) {
          if (superinterface.isInterface() && superinterface != type
              && Resolver.declaresDefaultMethod(superinterface)
              && needsInitialization(superinterface)) {
            needs = true;
          }
        }
      }
    }
    needsInitialization.put(type, needs);
    return needs;
  }

  /** The function that initialises a class; see {@link ClassInitializers}. */
  public LLVMValueRef initFunction(ClassInfo type) {
    return initFunctions.computeIfAbsent(type,
        t -> internalFunction("jeyra.init:" + t.name(), ir.functionType(ir.voidType)));
  }

  /**
   * A function the compiler makes (not a method's): local to the module, never inlined, and
   * with a frame pointer and no tail calls, as stack walks need of every compiled function.
   */
  LLVMValueRef internalFunction(String name, LLVMTypeRef type) {
    LLVMValueRef function = LLVMAddFunction(ir.module, name, type);
    LLVMSetLinkage(function, LLVMInternalLinkage);
    placeInCodeSection(function);
    ir.addFunctionAttribute(function, "nounwind");
    ir.addFunctionAttribute(function, "noinline");
    ir.addFunctionAttribute(function, "frame-pointer", "all");
    ir.addFunctionAttribute(function, "disable-tail-calls", "true");
    ir.addFunctionAttribute(function, "nooutline", "");
    return function;
  }

  /**
   * Keeps a function in {@code .text}. Call sites are recorded as offsets from the code base
   * label at the start of {@code .text} (see {@link CallSites}); left alone, LLVM moves
   * functions it infers cold, such as a thread's noreturn entry, to {@code .text.unlikely},
   * where that difference cannot be represented.
   */
  private static void placeInCodeSection(LLVMValueRef function) {
    LLVMSetSection(function, ".text");
  }

  /** Every class whose init function was asked for. */
  public Map<ClassInfo, LLVMValueRef> initFunctions() {
    return initFunctions;
  }

  /** The value of the injected {@code Class.jeyraInitState} for a class that is initialised. */
  public static final int INITIALIZED = jeyra.intrinsics.HubConstants.INIT_DONE;

  // ---- threads ----

  /** Reads the thread pointer (the thread block's address) as a pointer. */
  public LLVMValueRef threadPointer() {
    LLVMValueRef word = ir.inlineAsm(ir.target.readThreadPointer(), ir.word);
    return LLVMBuildIntToPtr(ir.builder, word, ir.ptr, "tp");
  }
}
