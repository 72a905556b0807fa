package jeyra.compiler.reach;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Intrinsics;
import jeyra.compiler.model.MethodInfo;
import jeyra.compiler.model.Universe;
import org.objectweb.asm.Type;

/**
 * The engine of the points-to analysis: type flows, their propagation to a fixed point, and
 * the flows the whole program shares (fields, array elements, parameters and results of
 * methods, all instantiated subtypes of a type).
 *
 * <p>The analysis is context-insensitive (one flow per method parameter), flow-insensitive
 * within a method, and field-sensitive by declared field (not by object). Array elements
 * have one flow per array type. Values read from raw memory are "unknown". Unsafe accesses
 * are modelled at their call sites (see {@link UnsafeAccesses}); only one the analysis cannot
 * place makes its value "raw stored": possibly in any reference field or array element whose
 * type admits it.
 */
final class PointsTo {
  private final Universe universe;
  private final List<ClassInfo> types = new ArrayList<>();
  private final Map<ClassInfo, Integer> indices = new IdentityHashMap<>();
  private final Deque<TypeFlow> worklist = new ArrayDeque<>();
  private final Map<TypeFlow, List<Integer>> pending = new IdentityHashMap<>();
  // Iterated when a type is instantiated or stored raw, which orders the work list and so
  // the order in which methods are found and emitted: insertion order keeps builds
  // reproducible, where identity hashes would differ from run to run. (The model's classes
  // keep Object's identity equality.)
  private final Map<FieldInfo, TypeFlow> fieldFlows = new LinkedHashMap<>();
  private final Map<ClassInfo, TypeFlow> elementFlows = new LinkedHashMap<>();
  private final Map<ClassInfo, TypeFlow> cones = new LinkedHashMap<>();
  private final Map<MethodInfo, TypeFlow[]> parameters = new IdentityHashMap<>();
  private final Map<MethodInfo, TypeFlow> results = new IdentityHashMap<>();
  private final List<ClassInfo> instantiated = new ArrayList<>();
  private final List<ClassInfo> rawStored = new ArrayList<>();
  private final Map<List<Object>, Boolean> assignable = new HashMap<>();

  PointsTo(Universe universe) {
    this.universe = universe;
  }

  int index(ClassInfo type) {
    Integer index = indices.get(type);
    if (index == null) {
      index = types.size();
      types.add(type);
      indices.put(type, index);
    }
    return index;
  }

  ClassInfo type(int index) {
    return types.get(index);
  }

  TypeFlow newFlow() {
    return new TypeFlow(null);
  }

  /** A flow that admits only subtypes of {@code filter}. */
  TypeFlow filteredFlow(ClassInfo filter) {
    return new TypeFlow(filter);
  }

  boolean isAssignable(ClassInfo from, ClassInfo to) {
    return assignable.computeIfAbsent(List.of(from, to),
        key -> universe.isAssignable(from, to));
  }

  /** Adds a type to a flow, to be passed on to its uses. */
  void add(TypeFlow flow, ClassInfo type) {
    if (flow.filter != null && !isAssignable(type, flow.filter)) {
      return;
    }
    int index = index(type);
    if (flow.types.add(index)) {
      pending.computeIfAbsent(flow, key -> {
        worklist.add(flow);
        return new ArrayList<>();
      }).add(index);
    }
  }

  /** Connects {@code from} to {@code to}: everything in one flows into the other. */
  void edge(TypeFlow from, TypeFlow to) {
    if (from == to) {
      return;
    }
    from.uses.add(to);
    for (int index : from.types.toArray()) {
      add(to, type(index));
    }
    if (from.unknown) {
      makeUnknown(to);
    }
  }

  /** The flow's values come from raw memory. */
  void makeUnknown(TypeFlow flow) {
    if (flow.filter != null) {
      if (!flow.followsCone) {
        flow.followsCone = true;
        edge(cone(flow.filter), flow);
      }
      return;
    }
    if (flow.unknown) {
      return;
    }
    flow.unknown = true;
    for (TypeFlow use : List.copyOf(flow.uses)) {
      makeUnknown(use);
    }
    for (TypeFlow.FlowObserver observer : List.copyOf(flow.observers)) {
      observer.becameUnknown(this);
    }
  }

  /** Calls the observer for every type the flow has and will get. */
  void observe(TypeFlow flow, TypeFlow.FlowObserver observer) {
    flow.observers.add(observer);
    for (int index : flow.types.toArray()) {
      observer.added(this, type(index));
    }
    if (flow.unknown) {
      observer.becameUnknown(this);
    }
  }

  /** Propagates until nothing changes. */
  void propagate() {
    while (!worklist.isEmpty()) {
      TypeFlow flow = worklist.poll();
      List<Integer> added = pending.remove(flow);
      for (int index : added) {
        ClassInfo type = type(index);
        for (int u = 0; u < flow.uses.size(); u++) {
          add(flow.uses.get(u), type);
        }
        for (int o = 0; o < flow.observers.size(); o++) {
          flow.observers.get(o).added(this, type);
        }
      }
    }
  }

  boolean idle() {
    return worklist.isEmpty();
  }

  /** The flow of every instantiated subtype of {@code type}. */
  TypeFlow cone(ClassInfo type) {
    TypeFlow cone = cones.get(type);
    if (cone == null) {
      cone = new TypeFlow(type);
      cone.followsCone = true;
      cones.put(type, cone);
      for (ClassInfo known : instantiated) {
        add(cone, known);
      }
    }
    return cone;
  }

  /** A type has instances from now on: cones of its supertypes gain it. */
  void instantiated(ClassInfo type) {
    instantiated.add(type);
    for (TypeFlow cone : List.copyOf(cones.values())) {
      add(cone, type);
    }
  }

  TypeFlow fieldFlow(FieldInfo field) {
    TypeFlow flow = fieldFlows.get(field);
    if (flow == null) {
      ClassInfo declared = referenceType(field.type());
      flow = declared == null ? newFlow() : filteredFlow(declared);
      fieldFlows.put(field, flow);
      for (ClassInfo stored : rawStored) {
        add(flow, stored);
      }
    }
    return flow;
  }

  /** The flow of the elements of arrays of exactly this type. */
  TypeFlow elementFlow(ClassInfo arrayType) {
    TypeFlow flow = elementFlows.get(arrayType);
    if (flow == null) {
      flow = arrayType.componentType().isPrimitive() ? newFlow()
          : filteredFlow(arrayType.componentType());
      elementFlows.put(arrayType, flow);
      if (!arrayType.componentType().isPrimitive()) {
        for (ClassInfo stored : rawStored) {
          add(flow, stored);
        }
      }
    }
    return flow;
  }

  /** A value written to raw memory: any reference field or element admitting it may hold it. */
  void rawStore(ClassInfo type) {
    if (rawStored.contains(type)) {
      return;
    }
    rawStored.add(type);
    for (TypeFlow flow : List.copyOf(fieldFlows.values())) {
      add(flow, type);
    }
    for (Map.Entry<ClassInfo, TypeFlow> entry : List.copyOf(elementFlows.entrySet())) {
      if (!entry.getKey().componentType().isPrimitive()) {
        add(entry.getValue(), type);
      }
    }
  }

  /** Parameter flows of a method, {@code this} first; null entries for non-references. */
  TypeFlow[] parameters(MethodInfo method) {
    TypeFlow[] flows = parameters.get(method);
    if (flows == null) {
      Type[] arguments = method.type().getArgumentTypes();
      int offset = method.isStatic() ? 0 : 1;
      flows = new TypeFlow[arguments.length + offset];
      if (!method.isStatic()) {
        flows[0] = newFlow();
      }
      for (int i = 0; i < arguments.length; i++) {
        ClassInfo declared = referenceType(arguments[i]);
        flows[i + offset] = declared == null ? null : newFlow();
      }
      parameters.put(method, flows);
    }
    return flows;
  }

  /** The result flow of a method, or null for non-reference results. */
  TypeFlow result(MethodInfo method) {
    if (referenceType(method.type().getReturnType()) == null) {
      return null;
    }
    return results.computeIfAbsent(method, m -> newFlow());
  }

  /** Debugging: the types of every field and array-element flow, one line each. */
  void dump(java.io.PrintStream out) {
    for (Map.Entry<FieldInfo, TypeFlow> entry : fieldFlows.entrySet()) {
      dumpFlow(out, "field " + entry.getKey().owner().binaryName() + "." + entry.getKey().name(),
          entry.getValue());
    }
    for (Map.Entry<ClassInfo, TypeFlow> entry : elementFlows.entrySet()) {
      dumpFlow(out, "elements " + entry.getKey().binaryName(), entry.getValue());
    }
  }

  private void dumpFlow(java.io.PrintStream out, String name, TypeFlow flow) {
    StringBuilder line = new StringBuilder("F ").append(name).append(" :");
    if (flow.unknown) {
      line.append(" <unknown>");
    }
    for (int index : flow.types.toArray()) {
      line.append(' ').append(type(index).binaryName());
    }
    out.println(line);
  }

  /** The class of a reference type, or null for primitives, Word and missing classes. */
  ClassInfo referenceType(Type type) {
    if (type.getSort() == Type.ARRAY) {
      return universe.lookup(type.getDescriptor());
    }
    if (type.getSort() != Type.OBJECT || type.getInternalName().equals(Intrinsics.WORD)) {
      return null;
    }
    return universe.lookup(type.getInternalName());
  }
}
