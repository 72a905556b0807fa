package jeyra.compiler.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jeyra.compiler.model.ClassInfo;
import jeyra.compiler.model.FieldInfo;
import jeyra.compiler.model.Universe;

/**
 * Lays out the image's types: instance field offsets and sizes, type ids for subclass range
 * checks, and interface indices for interface type checks.
 *
 * <p>Type ids number the class tree depth-first from {@code java.lang.Object}, arrays and all,
 * so the subclasses of a class have the contiguous ids {@code typeId..lastSubtypeId} and a
 * subclass test is one range comparison. Interfaces and primitive types get ids after them.
 */
public final class Layouts {
  private final Universe universe;
  private final ObjectLayout objects;
  private final Map<HubField, FieldInfo> hubFields;
  private final List<ClassInfo> hubTypes;
  private final Map<ClassInfo, Integer> fieldsEnd = new HashMap<>();
  private final List<ClassInfo> interfaces = new ArrayList<>();
  private final List<ClassInfo> byTypeId = new ArrayList<>();

  /**
   * Computes every layout.
   *
   * @param universe the closed world
   * @param objects the target's object shape
   * @param hubFields the fields of {@code Class} the compiler writes and reads (see
   *     {@link HubField#resolveAll})
   */
  public Layouts(Universe universe, ObjectLayout objects, Map<HubField, FieldInfo> hubFields) {
    this.universe = universe;
    this.objects = objects;
    this.hubFields = hubFields;
    List<ClassInfo> types = new ArrayList<>();
    for (ClassInfo type : universe.loadedClasses()) {
      if (type.hubNeeded()) {
        types.add(type);
      }
    }
    for (ClassInfo primitive : universe.primitiveClasses()) {
      if (primitive.hubNeeded()) {
        types.add(primitive);
      }
    }
    this.hubTypes = List.copyOf(types);
    for (ClassInfo type : hubTypes) {
      layOutInstance(type);
    }
    assignTypeIds();
  }

  /** A field of every hub ({@code java.lang.Class}), as the build start found it. */
  public FieldInfo hubField(HubField field) {
    return hubFields.get(field);
  }

  /** Every type with a hub, in load order. */
  public List<ClassInfo> hubTypes() {
    return hubTypes;
  }

  /** Hub types by type id. */
  public List<ClassInfo> byTypeId() {
    return byTypeId;
  }

  /** The image's interfaces, by interface index. */
  public List<ClassInfo> interfaces() {
    return interfaces;
  }

  public ObjectLayout objects() {
    return objects;
  }

  private int layOutInstance(ClassInfo type) {
    Integer known = fieldsEnd.get(type);
    if (known != null) {
      return known;
    }
    int end;
    if (type.isArray() || type.isPrimitive() || type.isInterface()) {
      end = objects.headerBytes();
    } else {
      end = type.superclass() == null ? objects.headerBytes() : layOutInstance(type.superclass());
      List<FieldInfo> instanceFields = new ArrayList<>();
      for (FieldInfo field : type.fields()) {
        if (!field.isStatic()) {
          instanceFields.add(field);
        }
      }
      // Larger fields first, so that alignment leaves few holes; stable within a size.
      instanceFields.sort(Comparator.comparingInt(
          (FieldInfo field) -> objects.storageBytes(field.type())).reversed());
      for (FieldInfo field : instanceFields) {
        int size = objects.storageBytes(field.type());
        end = ObjectLayout.align(end, size);
        field.setOffset(end);
        end += size;
      }
    }
    fieldsEnd.put(type, end);
    if (!type.isArray() && !type.isPrimitive() && !type.isInterface()) {
      type.setInstanceSize(ObjectLayout.align(end, objects.objectAlignment()));
    }
    return end;
  }

  private void assignTypeIds() {
    Map<ClassInfo, List<ClassInfo>> children = new LinkedHashMap<>();
    ClassInfo object = universe.require("java/lang/Object");
    for (ClassInfo type : hubTypes) {
      if (type.isInterface()) {
        interfaces.add(type);
      } else if (!type.isPrimitive() && type != object) {
        ClassInfo parent = type.isArray() ? object : type.superclass();
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(type);
      }
    }
    number(object, children);
    for (int i = 0; i < interfaces.size(); i++) {
      ClassInfo type = interfaces.get(i);
      type.setInterfaceIndex(i);
      type.setTypeIds(byTypeId.size(), byTypeId.size());
      byTypeId.add(type);
    }
    for (ClassInfo type : hubTypes) {
      if (type.isPrimitive()) {
        type.setTypeIds(byTypeId.size(), byTypeId.size());
        byTypeId.add(type);
      }
    }
  }

  private void number(ClassInfo root, Map<ClassInfo, List<ClassInfo>> children) {
    // Iterative depth-first preorder: deep hierarchies must not overflow the compiler's stack.
    record Frame(ClassInfo type, int nextChild) {}
    List<Frame> stack = new ArrayList<>();
    int first = byTypeId.size();
    byTypeId.add(root);
    stack.add(new Frame(root, 0));
    Map<ClassInfo, Integer> firstIds = new HashMap<>();
    firstIds.put(root, first);
    while (!stack.isEmpty()) {
      Frame top = stack.remove(stack.size() - 1);
      List<ClassInfo> kids = children.getOrDefault(top.type, List.of());
      if (top.nextChild < kids.size()) {
        stack.add(new Frame(top.type, top.nextChild + 1));
        ClassInfo child = kids.get(top.nextChild);
        firstIds.put(child, byTypeId.size());
        byTypeId.add(child);
        stack.add(new Frame(child, 0));
      } else {
        top.type.setTypeIds(firstIds.get(top.type), byTypeId.size() - 1);
      }
    }
  }

  /** Whether {@code type} implements interface {@code target} (for interface bit sets). */
  public boolean implementsInterface(ClassInfo type, ClassInfo target) {
    return universe.isAssignable(type, target);
  }
}
