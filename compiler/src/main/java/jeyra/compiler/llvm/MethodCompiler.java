package jeyra.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.diag.CompileError;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.Locations;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.reach.RuntimeSupport;
import jeyra.compiler.reach.UnsupportedCode;
import jeyra.intrinsics.ThreadBlockLayout;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Compiles one method's bytecode to the body of its LLVM function.
 *
 * <p>Locals and operand-stack values that cross basic blocks live in allocas, which LLVM's
 * {@code mem2reg} turns into SSA; within a block the operand stack is simulated with LLVM
 * values. ASM's analyser gives the kind of every slot at every instruction. Blocks are
 * generated from a worklist starting at the entry, so code that only a branch on a constant
 * (a target query) leads to is never generated.
 *
 * <p>Java's semantics are explicit in the code: null, bounds, division and type checks branch
 * to a call of the runtime method that throws; after every call the thread's pending
 * exception is checked and, if set, control goes to the handlers that cover the instruction
 * or the function returns. Every call is followed by a call-site label for stack traces.
 */
final class MethodCompiler {
  final Codegen cg;
  final Ir ir;
  final MethodInfo method;
  private LLVMValueRef threadPointer;
  final MethodNode node;
  final LLVMValueRef function;
  final boolean bare;
  private final Instructions instructions;
  private final Frame<BasicValue>[] frames;
  private final boolean[] live;
  private final InstructionTranslator translator;

  private final Map<Integer, LLVMBasicBlockRef> blocks = new HashMap<>();
  private final Deque<Integer> worklist = new ArrayDeque<>();
  private final Map<String, LLVMValueRef> slots = new HashMap<>();
  private final Map<List<TryCatchBlockNode>, LLVMBasicBlockRef> dispatchBlocks = new HashMap<>();
  private final LLVMBuilderRef allocaBuilder;
  private LLVMValueRef pendingSlot;
  private LLVMValueRef monitorObject;
  private boolean hasCalls;

  /** The simulated operand stack of the block being generated. */
  final List<Value> stack = new ArrayList<>();
  /** Index of the instruction being translated. */
  int index;

  MethodCompiler(Codegen cg, MethodInfo method) {
    this.cg = cg;
    this.ir = cg.ir;
    this.method = method;
    this.node = method.node();
    this.function = cg.function(method);
    this.bare = Codegen.isBare(method);
    this.instructions = new Instructions(node);
    this.frames = analyze();
    this.live = cg.reachability.compiledLive(method);
    this.allocaBuilder = LLVMCreateBuilderInContext(ir.context);
    this.translator = new InstructionTranslator(this);
  }

  @SuppressWarnings("unchecked")
  private Frame<BasicValue>[] analyze() {
    try {
      Analyzer<BasicValue> analyzer = new Analyzer<>(new WordAwareInterpreter());
      return analyzer.analyze(method.owner().name(), node);
    } catch (AnalyzerException e) {
      String where = e.node == null ? Locations.of(cg.universe, method, null)
          : Locations.of(cg.universe, method, e.node);
      throw new CompileError("invalid bytecode in " + where + ": " + e.getMessage(), e);
    }
  }

  /** Generates the function body. */
  void compile() {
    LLVMBasicBlockRef entry = ir.appendBlock(function, "entry");
    LLVMBasicBlockRef prologue = ir.appendBlock(function, "prologue");
    ir.positionAtEnd(entry);
    LLVMValueRef toPrologue = LLVMBuildBr(ir.builder, prologue);
    LLVMPositionBuilderBefore(allocaBuilder, toPrologue);
    LLVMPositionBuilderBefore(ir.builder, toPrologue);
    if (!bare) {
      threadPointer = cg.threadPointer();
      pendingSlot = ir.offset(threadPointer,
          (long) ThreadBlockLayout.PENDING_EXCEPTION * ir.wordBytes());
    }
    storeParameters();
    ir.positionAtEnd(prologue);
    index = 0;
    if (method.isSynchronized()) {
      enterMethodMonitor();
    }
    LLVMBuildBr(ir.builder, blockAt(0));
    while (!worklist.isEmpty()) {
      generateBlock(worklist.poll());
    }
    if (hasCalls) {
      ir.addFunctionAttribute(function, "noinline");
      if (!bare && !isSupport(RuntimeSupport.STACK_LIMIT_REACHED)) {
        emitStackCheck(toPrologue, prologue);
      }
    }
    LLVMDisposeBuilder(allocaBuilder);
  }

  private boolean isSupport(RuntimeSupport.Method support) {
    return method.owner().name().equals(support.owner()) && method.name().equals(support.name())
        && method.descriptor().equals(support.descriptor());
  }

  /**
   * A method that calls others first checks that its frame is above the thread's stack
   * limit; below it, the method throws StackOverflowError before its body runs, as HotSpot's
   * stack banging in the prologue does. A method that calls nothing needs no check: the
   * reserve below the limit covers its frame, and the handler's own calls. The same check is
   * the safepoint poll on entry: to stop a thread, the collector raises its limit above any
   * frame (as Go's scheduler does with a goroutine's stack guard), and the handler returns
   * normally into the body once the thread may go on.
   */
  private void emitStackCheck(LLVMValueRef toPrologue, LLVMBasicBlockRef prologue) {
    LLVMBasicBlockRef check = ir.appendBlock(function, "stackcheck");
    LLVMBasicBlockRef overflow = ir.appendBlock(function, "stackoverflow");
    LLVMSetSuccessor(toPrologue, 0, check);
    ir.positionAtEnd(check);
    LLVMValueRef frame = ir.callIntrinsic("llvm.frameaddress", ir.ptr,
        new LLVMTypeRef[] {ir.ptr}, ir.i32(0));
    LLVMValueRef limit = ir.load(ir.ptr, threadPointer,
        (long) ThreadBlockLayout.STACK_LIMIT * ir.wordBytes());
    LLVMValueRef below = LLVMBuildICmp(ir.builder, LLVMIntULT, frame, limit, "");
    LLVMValueRef expected = ir.callIntrinsic("llvm.expect", ir.i1, new LLVMTypeRef[] {ir.i1},
        below, ir.i1(false));
    LLVMBuildCondBr(ir.builder, expected, overflow, prologue);
    ir.positionAtEnd(overflow);
    MethodInfo handler = cg.support(RuntimeSupport.STACK_LIMIT_REACHED);
    ir.call(cg.functionType(handler), cg.function(handler));
    cg.callSites.emitLabel(cg.callSites.newSite(visibleMethod(), instructions.lineAt(0)));
    // A safepoint request (the collector raised the limit to stop the thread here) returns
    // normally once the thread may go on; a real overflow returns with the error pending.
    LLVMBasicBlockRef thrown = ir.appendBlock(function, "stackoverflowthrown");
    LLVMValueRef pending = ir.load(ir.ptr, pendingSlot, 0);
    LLVMBuildCondBr(ir.builder, LLVMBuildIsNull(ir.builder, pending, ""), prologue, thrown);
    ir.positionAtEnd(thrown);
    Type result = method.type().getReturnType();
    if (result.getSort() == Type.VOID) {
      LLVMBuildRetVoid(ir.builder);
    } else {
      LLVMBuildRet(ir.builder, ir.zero(cg.types.value(result)));
    }
  }

  /**
   * A safepoint poll at a loop header, so that a thread spinning in a loop without calls
   * still stops for the collector within one turn: a relaxed load of the runtime's request
   * flag (an atomic load, which LLVM does not hoist out of the loop) and, when it is set, a
   * call to the runtime's poll, which never throws. The call is out of line and records no
   * call site: the poll is not a frame anyone unwinds through.
   */
  private void emitSafepointPoll() {
    LLVMValueRef flag = LLVMBuildLoad2(ir.builder, ir.i32, cg.safepointRequestFlag(), "");
    LLVMSetOrdering(flag, LLVMAtomicOrderingMonotonic);
    LLVMSetAlignment(flag, 4);
    LLVMValueRef requested = LLVMBuildICmp(ir.builder, LLVMIntNE, flag, ir.i32(0), "");
    LLVMValueRef expected = ir.callIntrinsic("llvm.expect", ir.i1, new LLVMTypeRef[] {ir.i1},
        requested, ir.i1(false));
    LLVMBasicBlockRef poll = ir.appendBlock(function, "safepoint");
    LLVMBasicBlockRef body = ir.appendBlock(function, "loop");
    LLVMBuildCondBr(ir.builder, expected, poll, body);
    ir.positionAtEnd(poll);
    MethodInfo target = cg.support(RuntimeSupport.SAFEPOINT_POLL);
    ir.call(cg.functionType(target), cg.function(target));
    LLVMBuildBr(ir.builder, body);
    ir.positionAtEnd(body);
  }

  private void storeParameters() {
    int slot = 0;
    int parameter = 0;
    if (!method.isStatic()) {
      ir.store(LLVMGetParam(function, parameter++), localSlot(slot++, JvmKind.REFERENCE));
    }
    for (Type argument : method.type().getArgumentTypes()) {
      JvmKind kind = JvmKind.of(argument);
      ir.store(LLVMGetParam(function, parameter++), localSlot(slot, kind));
      slot += argument.getSize();
    }
  }

  private void enterMethodMonitor() {
    if (bare) {
      throw unsupported("a synchronized method cannot be @Bare");
    }
    monitorObject = method.isStatic() ? cg.heap.hub(method.owner())
        : LLVMGetParam(function, 0);
    callSupport(RuntimeSupport.MONITOR_ENTER, monitorObject);
  }

  // ---- blocks ----

  /** The LLVM block starting at an instruction index; queued for generation on first use. */
  LLVMBasicBlockRef blockAt(int start) {
    LLVMBasicBlockRef block = blocks.get(start);
    if (block == null) {
      if (frames[start] == null && live[start]) {
        throw new IllegalStateException("branch to unreachable bytecode at " + start);
      }
      block = ir.appendBlock(function, "b" + start);
      blocks.put(start, block);
      worklist.add(start);
    }
    return block;
  }

  /** The LLVM block starting at a label. */
  LLVMBasicBlockRef blockAt(LabelNode label) {
    return blockAt(instructions.indexOf(label));
  }

  private void generateBlock(int start) {
    ir.positionAtEnd(blocks.get(start));
    stack.clear();
    Frame<BasicValue> frame = frames[start];
    if (frame == null) {
      LLVMBuildUnreachable(ir.builder); // only a branch on a build-time constant leads here
      return;
    }
    if (instructions.isLoopHeader(start) && !bare) {
      emitSafepointPoll();
    }
    for (int depth = 0; depth < frame.getStackSize(); depth++) {
      JvmKind kind = WordAwareInterpreter.kindOf(frame.getStack(depth));
      if (kind == null) {
        throw new CompileError("unsupported stack value at a branch target in "
            + Locations.of(cg.universe, method, instructions.get(start)));
      }
      stack.add(Value.of(ir.load(cg.types.of(kind), stackSlot(depth, kind)), kind));
    }
    for (int i = start; i < instructions.size(); i++) {
      if (i != start && instructions.isLeader(i)) {
        branchTo(i);
        return;
      }
      AbstractInsnNode insn = instructions.get(i);
      if (insn.getOpcode() < 0) {
        continue;
      }
      if (frames[i] == null || !live[i]) {
        // Never runs: the verifier's dead code, or a branch on a build-time constant.
        LLVMBuildUnreachable(ir.builder);
        return;
      }
      index = i;
      if (translator.translate(insn)) {
        return;
      }
    }
    LLVMBuildUnreachable(ir.builder); // the verifier forbids falling off the end of the code
  }

  /** Spills the stack for a successor and branches to it. */
  void branchTo(int target) {
    spillStackFor(target);
    LLVMBuildBr(ir.builder, blockAt(target));
  }

  void branchTo(LabelNode target) {
    branchTo(instructions.indexOf(target));
  }

  /** Stores the operand stack where the block at {@code target} loads it. */
  void spillStackFor(int target) {
    for (int depth = 0; depth < stack.size(); depth++) {
      Value value = stack.get(depth);
      ir.store(value.ref(), stackSlot(depth, value.kind()));
    }
  }

  /** A conditional branch on an i1; a constant condition only generates one side. */
  void branchIf(LLVMValueRef condition, LabelNode whenTrue, int whenFalse) {
    int trueIndex = instructions.indexOf(whenTrue);
    if (LLVMIsConstant(condition) != 0) {
      branchTo(LLVMConstIntGetZExtValue(condition) != 0 ? trueIndex : whenFalse);
      return;
    }
    spillStackFor(trueIndex);
    LLVMBuildCondBr(ir.builder, condition, blockAt(trueIndex), blockAt(whenFalse));
  }

  int nextIndex() {
    return index + 1;
  }

  /** Index of the instruction after the current one that starts a block (a fall-through). */
  int indexOf(LabelNode label) {
    return instructions.indexOf(label);
  }

  // ---- locals and spill slots ----

  LLVMValueRef localSlot(int local, JvmKind kind) {
    return slot("l" + local + kind.name().charAt(0) + kind.name().charAt(1), kind);
  }

  private LLVMValueRef stackSlot(int depth, JvmKind kind) {
    return slot("s" + depth + kind.name().charAt(0) + kind.name().charAt(1), kind);
  }

  private LLVMValueRef slot(String name, JvmKind kind) {
    return slots.computeIfAbsent(name,
        key -> LLVMBuildAlloca(allocaBuilder, cg.types.of(kind), key));
  }

  /** The kind of local {@code local} before the current instruction. */
  JvmKind localKind(int local) {
    return WordAwareInterpreter.kindOf(frames[index].getLocal(local));
  }

  // ---- operand stack ----

  void push(Value value) {
    stack.add(value);
  }

  void push(LLVMValueRef ref, JvmKind kind) {
    stack.add(Value.of(ref, kind));
  }

  Value pop() {
    return stack.remove(stack.size() - 1);
  }

  Value peek(int fromTop) {
    return stack.get(stack.size() - 1 - fromTop);
  }

  /** Pops a method's arguments (receiver first) into an array. */
  Value[] popArguments(String descriptor, boolean hasReceiver) {
    int count = Type.getArgumentTypes(descriptor).length + (hasReceiver ? 1 : 0);
    Value[] arguments = new Value[count];
    for (int i = count - 1; i >= 0; i--) {
      arguments[i] = pop();
    }
    return arguments;
  }

  // ---- calls and exceptions ----

  /**
   * Calls a Java function: records the call site and, outside bare code, checks the pending
   * exception afterwards.
   */
  LLVMValueRef callJava(LLVMTypeRef type, LLVMValueRef callee, LLVMValueRef... args) {
    hasCalls = true;
    LLVMValueRef result = ir.call(type, callee, args);
    cg.callSites.emitLabel(cg.callSites.newSite(bare ? null : visibleMethod(), currentLine()));
    if (!bare) {
      checkPendingException();
    }
    return result;
  }

  /** Calls a runtime support method (a Java call like any other). */
  LLVMValueRef callSupport(RuntimeSupport.Method support, LLVMValueRef... args) {
    if (bare) {
      throw unsupported("this instruction needs the runtime (" + support.name()
          + "), which @Bare code cannot use");
    }
    MethodInfo target = cg.support(support);
    return callJava(cg.functionType(target), cg.function(target), args);
  }

  /**
   * The collector's write barrier after {@code value} was stored at {@code address} inside
   * {@code holder} ({@code CardTable.recordStore}), or inside what the code does not know
   * ({@code holder} null: {@code recordWrite}). A plain call, in bare code too: the callee is
   * bare, cannot throw and calls nothing, so the caller needs neither a call site nor a
   * stack check for it, and nothing between the store and it can stop at a safepoint. It is
   * not inlined ({@code RuntimeSupport.isOutOfLine}).
   */
  void recordReferenceStore(LLVMValueRef holder, LLVMValueRef address, LLVMValueRef value) {
    if (value != null && LLVMIsConstant(value) != 0) {
      return; // null or an image object (a global): never a heap object
    }
    LLVMValueRef slot = LLVMBuildPtrToInt(ir.builder, address, ir.word, "");
    if (holder == null) {
      MethodInfo target = cg.support(RuntimeSupport.RECORD_WRITE);
      ir.call(cg.functionType(target), cg.function(target), slot);
      return;
    }
    MethodInfo target = cg.support(RuntimeSupport.RECORD_STORE);
    ir.call(cg.functionType(target), cg.function(target),
        LLVMBuildPtrToInt(ir.builder, holder, ir.word, ""), slot,
        LLVMBuildPtrToInt(ir.builder, value, ir.word, ""));
  }

  /**
   * A new, zeroed instance of a class that can have instances, registered for finalization
   * if its class has a finalizer: HotSpot's {@code -XX:-RegisterFinalizersAtInit}, which
   * registers an object when it is allocated rather than when {@code Object.<init>} returns
   * (the two differ only for an object whose constructor's arguments throw, which HotSpot's
   * default never finalizes and this does).
   */
  LLVMValueRef newObject(ClassInfo type) {
    LLVMValueRef hub = cg.heap.hub(type);
    LLVMValueRef size = ir.i32(type.instanceSize());
    LLVMValueRef object;
    if (bare) {
      object = callSupport(RuntimeSupport.NEW_INSTANCE, hub, size); // reports the error
    } else {
      // The runtime's fast path, inlined (a zero when it cannot take a cell), then the call.
      MethodInfo quick = cg.support(RuntimeSupport.TAKE_SMALL_CELL);
      LLVMValueRef cell = ir.call(cg.functionType(quick), cg.function(quick), hub,
          ir.i32((type.instanceSize() + 7) & ~7), ir.i32(-1));
      LLVMBasicBlockRef fast = LLVMGetInsertBlock(ir.builder);
      LLVMBasicBlockRef slow = ir.appendBlock(function, "newslow");
      LLVMBasicBlockRef done = ir.appendBlock(function, "new");
      LLVMValueRef fastObject = LLVMBuildIntToPtr(ir.builder, cell, ir.ptr, "");
      LLVMValueRef taken = LLVMBuildICmp(ir.builder, LLVMIntNE, cell, ir.word(0), "");
      LLVMBuildCondBr(ir.builder, ir.callIntrinsic("llvm.expect", ir.i1,
          new LLVMTypeRef[] {ir.i1}, taken, ir.i1(true)), done, slow);
      ir.positionAtEnd(slow);
      LLVMValueRef allocated = callSupport(RuntimeSupport.NEW_INSTANCE, hub, size);
      LLVMBasicBlockRef slowEnd = LLVMGetInsertBlock(ir.builder);
      LLVMBuildBr(ir.builder, done);
      ir.positionAtEnd(done);
      object = LLVMBuildPhi(ir.builder, ir.ptr, "");
      LLVMAddIncoming(object, new PointerPointer<>(new LLVMValueRef[] {fastObject, allocated}),
          new PointerPointer<>(new LLVMBasicBlockRef[] {fast, slowEnd}), 2);
    }
    if (type.hasFinalizer()) {
      callSupport(RuntimeSupport.REGISTER_FINALIZER, object);
    }
    return object;
  }

  /**
   * Calls a support method that always throws, then goes to the handlers. Leaves the builder
   * in a fresh, unreachable block so that callers can keep emitting straight-line code.
   */
  void throwVia(RuntimeSupport.Method support, LLVMValueRef... args) {
    if (bare) {
      throw unsupported("this instruction can throw " + support.name()
          + ", which @Bare code cannot");
    }
    MethodInfo target = cg.support(support);
    hasCalls = true;
    ir.call(cg.functionType(target), cg.function(target), args);
    cg.callSites.emitLabel(cg.callSites.newSite(visibleMethod(), currentLine()));
    LLVMBuildBr(ir.builder, dispatchBlock());
  }

  /**
   * Emits {@code if (!condition) throwVia(support, args)} with the throw out of line.
   *
   * @param condition an i1 that is true on the normal path
   */
  void checkOrThrow(LLVMValueRef condition, RuntimeSupport.Method support,
      LLVMValueRef... args) {
    if (LLVMIsConstant(condition) != 0 && LLVMConstIntGetZExtValue(condition) != 0) {
      return;
    }
    LLVMBasicBlockRef ok = ir.appendBlock(function, "ok");
    LLVMBasicBlockRef fail = ir.appendBlock(function, "throw");
    LLVMValueRef expected = ir.callIntrinsic("llvm.expect", ir.i1, new LLVMTypeRef[] {ir.i1},
        condition, ir.i1(true));
    LLVMBuildCondBr(ir.builder, expected, ok, fail);
    ir.positionAtEnd(fail);
    throwVia(support, args);
    ir.positionAtEnd(ok);
  }

  /**
   * Throws the {@code LinkageError} of an unresolvable symbol at the current instruction;
   * code generation goes on in a block nothing branches to.
   */
  void linkageError(int kind, String message) {
    throwVia(RuntimeSupport.LINKAGE_ERROR, ir.i32(kind), cg.heap.string(message));
    ir.positionAtEnd(ir.appendBlock(function, "dead"));
  }

  /** A call the analysis proved never runs: a run-time error should it run after all. */
  void unreachableCall(MethodInfo target) {
    if (bare) {
      LLVMBuildUnreachable(ir.builder);
    } else {
      String where = Locations.of(cg.universe, method, instructions.get(index));
      throwVia(RuntimeSupport.UNSUPPORTED, cg.heap.string(
          "the build proved this call to " + target + " unreachable, at " + where));
    }
    ir.positionAtEnd(ir.appendBlock(function, "dead"));
  }

  private MethodInfo visibleMethod() {
    return method.name().startsWith("jeyra$") ? null : method;
  }

  int currentLine() {
    return instructions.lineAt(index);
  }

  /** After a call: if an exception is pending, go to the handlers. */
  void checkPendingException() {
    LLVMValueRef pending = ir.load(ir.ptr, pendingSlot);
    LLVMValueRef isNull = LLVMBuildIsNull(ir.builder, pending, "");
    LLVMValueRef expected = ir.callIntrinsic("llvm.expect", ir.i1, new LLVMTypeRef[] {ir.i1},
        isNull, ir.i1(true));
    LLVMBasicBlockRef next = ir.appendBlock(function, "cont");
    LLVMBuildCondBr(ir.builder, expected, next, dispatchBlock());
    ir.positionAtEnd(next);
  }

  /** Stores an exception as pending and goes to the handlers ({@code athrow}). */
  void throwException(LLVMValueRef exception) {
    ir.store(exception, pendingSlot);
    LLVMBuildBr(ir.builder, dispatchBlock());
  }

  /**
   * The block that finds the handler for the current instruction's pending exception: the
   * first covering handler whose type matches, else an exceptional return.
   */
  LLVMBasicBlockRef dispatchBlock() {
    List<TryCatchBlockNode> handlers = instructions.handlersAt(index);
    LLVMBasicBlockRef known = dispatchBlocks.get(handlers);
    if (known != null) {
      return known;
    }
    LLVMBasicBlockRef saved = ir.currentBlock();
    LLVMBasicBlockRef dispatch = ir.appendBlock(function, "dispatch");
    dispatchBlocks.put(handlers, dispatch);
    ir.positionAtEnd(dispatch);
    LLVMValueRef exception = ir.load(ir.ptr, pendingSlot);
    boolean caughtAll = false;
    for (TryCatchBlockNode handler : handlers) {
      int handlerIndex = instructions.indexOf(handler.handler);
      if (handler.type == null) {
        enterHandler(exception, handlerIndex);
        caughtAll = true;
        break;
      }
      ClassInfo caught = cg.universe.lookup(handler.type);
      if (caught == null) {
        continue; // the JVM would throw NoClassDefFoundError; reported as a warning
      }
      LLVMValueRef matches = TypeTests.isInstance(this, exception, caught);
      LLVMBasicBlockRef match = ir.appendBlock(function, "catch");
      LLVMBasicBlockRef next = ir.appendBlock(function, "nocatch");
      LLVMBuildCondBr(ir.builder, matches, match, next);
      ir.positionAtEnd(match);
      enterHandler(exception, handlerIndex);
      ir.positionAtEnd(next);
    }
    if (!caughtAll) {
      returnExceptionally();
    }
    ir.positionAtEnd(saved);
    return dispatch;
  }

  private void enterHandler(LLVMValueRef exception, int handlerIndex) {
    ir.store(ir.nullPointer(), pendingSlot);
    ir.store(exception, stackSlot(0, JvmKind.REFERENCE));
    LLVMBuildBr(ir.builder, blockAt(handlerIndex));
  }

  private void returnExceptionally() {
    if (monitorObject != null) {
      LLVMValueRef exception = ir.load(ir.ptr, pendingSlot);
      ir.store(ir.nullPointer(), pendingSlot);
      MethodInfo exit = cg.support(RuntimeSupport.MONITOR_EXIT);
      hasCalls = true;
      ir.call(cg.functionType(exit), cg.function(exit), monitorObject);
      cg.callSites.emitLabel(cg.callSites.newSite(visibleMethod(), currentLine()));
      // An exception from the monitor exit replaces the method's own, as in the JVM.
      LLVMValueRef fromExit = ir.load(ir.ptr, pendingSlot);
      LLVMValueRef keep = LLVMBuildSelect(ir.builder,
          LLVMBuildIsNull(ir.builder, fromExit, ""), exception, fromExit, "");
      ir.store(keep, pendingSlot);
    }
    LLVMTypeRef result = cg.types.value(method.type().getReturnType());
    if (result.equals(ir.voidType) || method.type().getReturnType().getSort() == Type.VOID) {
      LLVMBuildRetVoid(ir.builder);
    } else {
      LLVMBuildRet(ir.builder, ir.zero(result));
    }
  }

  /** A normal return, releasing the monitor of a synchronized method first. */
  void returnValue(LLVMValueRef value) {
    if (monitorObject != null) {
      callSupport(RuntimeSupport.MONITOR_EXIT, monitorObject);
    }
    if (value == null) {
      LLVMBuildRetVoid(ir.builder);
    } else {
      LLVMBuildRet(ir.builder, value);
    }
  }

  // ---- errors ----

  /**
   * An instruction jeyra cannot compile yet. In JDK code (see
   * {@link UnsupportedCode}) it throws InternalError at run time, and
   * translation goes on; in the program's own code it is a build error.
   *
   * @return true if the caller should emit nothing more for the instruction
   */
  boolean unsupportedAtRunTime(String problem) {
    if (bare || !UnsupportedCode.throwsAtRunTime(method)) {
      throw unsupported(problem);
    }
    String where = Locations.of(cg.universe, method, instructions.get(index));
    throwVia(RuntimeSupport.UNSUPPORTED, cg.heap.string(problem + " at " + where));
    ir.positionAtEnd(ir.appendBlock(function, "dead"));
    return true;
  }

  /** A build error at the current instruction. */
  CompileError unsupported(String problem) {
    return new CompileError(Locations.of(cg.universe, method, instructions.get(index)) + ": "
        + problem + " (reached by " + cg.reachability.howReached(method) + ")");
  }

  AbstractInsnNode currentInstruction() {
    return instructions.get(index);
  }

  /** Instruction indices, leaders, source lines and handler lists of one method. */
  static final class Instructions {
    private final AbstractInsnNode[] insns;
    private final Map<AbstractInsnNode, Integer> indices = new IdentityHashMap<>();
    private final boolean[] leaders;
    /** Targets of backward branches: every loop passes one on each turn. */
    private final boolean[] loopHeaders;
    private boolean hasLoop;
    private final int[] lines;
    private final List<List<TryCatchBlockNode>> handlers = new ArrayList<>();

    Instructions(MethodNode node) {
      insns = node.instructions.toArray();
      for (int i = 0; i < insns.length; i++) {
        indices.put(insns[i], i);
      }
      leaders = new boolean[insns.length + 1];
      loopHeaders = new boolean[insns.length];
      lines = new int[insns.length];
      leaders[0] = true;
      int line = -1;
      for (int i = 0; i < insns.length; i++) {
        AbstractInsnNode insn = insns[i];
        if (insn instanceof org.objectweb.asm.tree.LineNumberNode) {
          line = ((org.objectweb.asm.tree.LineNumberNode) insn).line;
        }
        lines[i] = line;
        if (insn instanceof JumpInsnNode) {
          branchTarget(i, ((JumpInsnNode) insn).label);
          leaders[i + 1] = true;
        } else if (insn instanceof TableSwitchInsnNode) {
          TableSwitchInsnNode tableSwitch = (TableSwitchInsnNode) insn;
          branchTarget(i, tableSwitch.dflt);
          for (LabelNode label : tableSwitch.labels) {
            branchTarget(i, label);
          }
          leaders[i + 1] = true;
        } else if (insn instanceof LookupSwitchInsnNode) {
          LookupSwitchInsnNode lookupSwitch = (LookupSwitchInsnNode) insn;
          branchTarget(i, lookupSwitch.dflt);
          for (LabelNode label : lookupSwitch.labels) {
            branchTarget(i, label);
          }
          leaders[i + 1] = true;
        } else {
          int opcode = insn.getOpcode();
          if ((opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN)
              || opcode == Opcodes.ATHROW) {
            leaders[i + 1] = true;
          }
        }
      }
      for (int i = 0; i < insns.length; i++) {
        handlers.add(new ArrayList<>());
      }
      for (TryCatchBlockNode handler : node.tryCatchBlocks) {
        leaders[indexOf(handler.handler)] = true;
        int end = indexOf(handler.end);
        for (int i = indexOf(handler.start); i < end; i++) {
          handlers.get(i).add(handler);
        }
      }
      // Identical handler lists share one list object, so dispatch blocks can be shared.
      Map<List<TryCatchBlockNode>, List<TryCatchBlockNode>> canonical = new HashMap<>();
      for (int i = 0; i < insns.length; i++) {
        handlers.set(i, canonical.computeIfAbsent(handlers.get(i), list -> list));
      }
    }

    private void branchTarget(int from, LabelNode label) {
      int target = indexOf(label);
      leaders[target] = true;
      if (target <= from) {
        loopHeaders[target] = true;
        hasLoop = true;
      }
    }

    /** Whether the method branches backwards anywhere (has a loop). */
    boolean hasLoop() {
      return hasLoop;
    }

    int size() {
      return insns.length;
    }

    boolean isLoopHeader(int index) {
      return loopHeaders[index];
    }

    AbstractInsnNode get(int index) {
      return insns[index];
    }

    int indexOf(AbstractInsnNode insn) {
      return indices.get(insn);
    }

    boolean isLeader(int index) {
      return leaders[index];
    }

    int lineAt(int index) {
      return lines[index];
    }

    List<TryCatchBlockNode> handlersAt(int index) {
      return handlers.get(index);
    }
  }
}
