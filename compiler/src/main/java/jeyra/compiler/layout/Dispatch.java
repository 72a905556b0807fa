package jeyra.compiler.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import jeyra.compiler.reach.Reachability;
import jeyra.compiler.reach.Resolver;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * How each virtual and interface call dispatches, decided over the closed world.
 *
 * <p>A call whose instantiated receivers all select the same method becomes a direct call.
 * Otherwise an {@code invokevirtual} of a class method loads its target from a vtable slot,
 * and any other call (interface methods, defaults reached through {@code invokevirtual})
 * calls a function that switches on the receiver's type id ({@code llvm.DispatchStubs}). Vtables hold slots only for methods that some call
 * really dispatches through.
 */
public final class Dispatch {
  /**
   * The methods a call can run, by receiver type.
   *
   * @param byReceiver for each instantiated receiver type, the selected method (null or
   *     abstract where the JVM throws {@code AbstractMethodError})
   */
  public record Targets(Map<ClassInfo, MethodInfo> byReceiver) {
    /** The single method every receiver runs, or null if they differ or fail. */
    public MethodInfo single() {
      MethodInfo only = null;
      for (MethodInfo method : byReceiver.values()) {
        if (method == null || method.isAbstract() || (only != null && only != method)) {
          return null;
        }
        only = method;
      }
      return only;
    }
  }

  private final Universe universe;
  private final Reachability reachability;
  private final Resolver resolver;
  private final Map<List<Object>, Targets> cache = new HashMap<>();
  private final Map<MethodInfo, Integer> slots = new LinkedHashMap<>();
  private final Map<ClassInfo, List<MethodInfo>> vtables = new HashMap<>();

  /**
   * Decides dispatch and builds vtables.
   *
   * @param universe the closed world
   * @param reachability the finished analysis
   * @param layouts the type layout (for the class tree)
   */
  public Dispatch(Universe universe, Reachability reachability, Layouts layouts) {
    this.universe = universe;
    this.reachability = reachability;
    this.resolver = reachability.resolver();
    Set<MethodInfo> slotMethods = findSlotMethods();
    buildVtables(layouts, slotMethods);
  }

  /** The targets of a call to {@code resolved} on a receiver of static type {@code type}. */
  public Targets targets(ClassInfo type, MethodInfo resolved) {
    return cache.computeIfAbsent(List.of(type, resolved), key -> {
      Map<ClassInfo, MethodInfo> byReceiver = new LinkedHashMap<>();
      for (ClassInfo receiver : reachability.instantiatedSubtypes(type)) {
        MethodInfo selected = resolver.select(receiver, resolved);
        if (selected != null && !selected.isAbstract() && !reachability.isReachable(selected)) {
          continue; // the points-to analysis proved this receiver never reaches the call
        }
        byReceiver.put(receiver, selected);
      }
      return new Targets(byReceiver);
    });
  }

  /**
   * The vtable slot of a class method, or -1 if calls to it never dispatch through a vtable.
   */
  public int slotOf(MethodInfo resolved) {
    Integer slot = slots.get(resolved);
    return slot == null ? -1 : slot;
  }

  /** The vtable of a type: the selected method for each slot, null where none runs. */
  public List<MethodInfo> vtable(ClassInfo type) {
    return vtables.getOrDefault(type, List.of());
  }

  /**
   * Resolves the method an invoke instruction names, as reachability did.
   *
   * @return the resolved method, or null where resolution fails
   */
  public MethodInfo resolve(MethodInsnNode insn) {
    if (Intrinsics.isIntrinsicClass(insn.owner)) {
      return null;
    }
    ClassInfo owner = universe.lookup(insn.owner);
    if (owner == null) {
      return null;
    }
    return insn.getOpcode() == Opcodes.INVOKEINTERFACE
        ? resolver.resolveInterfaceMethod(owner, insn.name, insn.desc)
        : resolver.resolveMethod(owner, insn.name, insn.desc);
  }

  /** Whether a call to {@code resolved} through {@code invokevirtual} uses a vtable. */
  public boolean usesVtable(ClassInfo type, MethodInfo resolved) {
    return !resolved.owner().isInterface() && !resolved.isPrivate() && !resolved.isFinal()
        && targets(type, resolved).single() == null
        && !targets(type, resolved).byReceiver().isEmpty();
  }

  private Set<MethodInfo> findSlotMethods() {
    Set<MethodInfo> slotMethods = new LinkedHashSet<>();
    for (MethodInfo method : reachability.reachableMethodsInNameOrder()) {
      if (!method.hasCode()) {
        continue;
      }
      for (AbstractInsnNode insn = method.node().instructions.getFirst(); insn != null;
          insn = insn.getNext()) {
        if (insn.getOpcode() != Opcodes.INVOKEVIRTUAL) {
          continue;
        }
        MethodInsnNode call = (MethodInsnNode) insn;
        MethodInfo resolved = resolve(call);
        ClassInfo type = universe.lookup(call.owner);
        if (resolved == null || type == null || resolved.isStatic()
            || Resolver.isSignaturePolymorphic(resolved)) {
          continue;
        }
        if (usesVtable(type, resolved)) {
          slotMethods.add(resolved);
        }
      }
    }
    return slotMethods;
  }

  private void buildVtables(Layouts layouts, Set<MethodInfo> slotMethods) {
    Map<ClassInfo, List<MethodInfo>> declaredSlots = new HashMap<>();
    for (MethodInfo method : slotMethods) {
      declaredSlots.computeIfAbsent(method.owner(), k -> new ArrayList<>()).add(method);
    }
    Map<ClassInfo, List<MethodInfo>> slotLists = new HashMap<>();
    ClassInfo object = universe.require("java/lang/Object");
    // byTypeId lists classes depth-first, so a superclass comes before its subclasses.
    for (ClassInfo type : layouts.byTypeId()) {
      if (type.isInterface() || type.isPrimitive()) {
        continue;
      }
      ClassInfo parent = type.isArray() ? object : type.superclass();
      List<MethodInfo> slotList = new ArrayList<>(
          parent == null ? List.of() : slotLists.getOrDefault(parent, List.of()));
      if (!type.isArray()) {
        for (MethodInfo method : declaredSlots.getOrDefault(type, List.of())) {
          slots.put(method, slotList.size());
          slotList.add(method);
        }
      }
      slotLists.put(type, slotList);
      List<MethodInfo> vtable = new ArrayList<>(slotList.size());
      for (MethodInfo slotMethod : slotList) {
        MethodInfo selected = resolver.select(type, slotMethod);
        boolean runs = selected != null && !selected.isAbstract()
            && reachability.isReachable(selected);
        vtable.add(runs ? selected : null);
      }
      vtables.put(type, vtable);
      type.setVtable(vtable);
    }
  }
}
