package jeyra.compiler.reach;

import java.util.ArrayList;
import java.util.List;
import jeyra.compiler.model.ClassInfo;

/**
 * A node of the points-to analysis: the set of types whose instances may be found at one
 * place of the program (a value, a parameter, a field, the elements of an array type).
 *
 * <p>Types flow along edges to uses. A flow may also be "unknown" (top): its value came from
 * raw memory, whose type only the place that uses it can narrow (a cast, a call's declared
 * receiver type). A flow with a filter only admits subtypes of its filter type; when it
 * receives "unknown" it admits every instantiated subtype of the filter instead.
 */
final class TypeFlow {
  final TypeSet types = new TypeSet();
  final List<TypeFlow> uses = new ArrayList<>(2);
  final List<FlowObserver> observers = new ArrayList<>(1);
  /** Only subtypes of this pass into the flow; null: everything passes. */
  final ClassInfo filter;
  /** Whether the flow holds values of unknown type. */
  boolean unknown;
  /** Whether a filtered flow follows all instantiated subtypes of its filter. */
  boolean followsCone;

  TypeFlow(ClassInfo filter) {
    this.filter = filter;
  }

  /** Reacts to what a flow receives: a call site on its receiver, an array access. */
  interface FlowObserver {
    /** The flow gained a type. */
    void added(PointsTo analysis, ClassInfo type);

    /** The flow became unknown. */
    void becameUnknown(PointsTo analysis);
  }
}
