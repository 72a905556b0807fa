package jeyra.runtime;

import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.mem.MemoryOps;
import jeyra.runtime.heap.CardTable;
import jeyra.runtime.hub.Hubs;
import jeyra.runtime.hub.TypeChecks;

/**
 * {@code System.arraycopy} with the JVM's checks, in its order and with its messages
 * (HotSpot's {@code TypeArrayKlass::copy_array} and {@code ObjArrayKlass::copy_array}).
 */
public final class ArrayCopy {
  private ArrayCopy() {}

  public static void copy(Object src, int srcPos, Object dest, int destPos, int length) {
    if (src == null || dest == null) {
      throw new NullPointerException();
    }
    Class<?> srcType = src.getClass();
    Class<?> destType = dest.getClass();
    if (!Hubs.isArray(srcType)) {
      throw new ArrayStoreException("arraycopy: source type " + srcType.getName()
          + " is not an array");
    }
    if (!Hubs.isArray(destType)) {
      throw new ArrayStoreException("arraycopy: destination type " + destType.getName()
          + " is not an array");
    }
    Class<?> srcComponent = srcType.getComponentType();
    Class<?> destComponent = destType.getComponentType();
    boolean srcPrimitive = srcComponent.isPrimitive();
    boolean destPrimitive = destComponent.isPrimitive();
    if (srcPrimitive || destPrimitive) {
      if (srcComponent != destComponent) {
        throw new ArrayStoreException("arraycopy: type mismatch: can not copy "
            + describe(srcType) + "[] into " + describe(destType) + "[]");
      }
    }
    int srcLength = length(src);
    int destLength = length(dest);
    if (srcPos < 0) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + srcPos
          + " out of bounds for " + describe(srcType) + "[" + srcLength + "]");
    }
    if (destPos < 0) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos
          + " out of bounds for " + describe(destType) + "[" + destLength + "]");
    }
    if (length < 0) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length
          + " is negative");
    }
    if ((long) srcPos + length > srcLength) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: last source index "
          + ((long) srcPos + length) + " out of bounds for " + describe(srcType) + "["
          + srcLength + "]");
    }
    if ((long) destPos + length > destLength) {
      throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index "
          + ((long) destPos + length) + " out of bounds for " + describe(destType) + "["
          + destLength + "]");
    }
    if (length == 0) {
      return;
    }
    int shift = Hubs.elementShift(srcType);
    Word srcAddress = Word.addressOf(src).add(TargetInfo.arrayBaseOffset())
        .add((long) srcPos << shift);
    Word destAddress = Word.addressOf(dest).add(TargetInfo.arrayBaseOffset())
        .add((long) destPos << shift);
    if (srcPrimitive || TypeChecks.isAssignable(srcType, destType)) {
      MemoryOps.copy(destAddress, srcAddress, Word.fromLong((long) length << shift));
      if (!srcPrimitive) {
        CardTable.recordRange(dest, destAddress, (long) length << shift);
      }
      return;
    }
    // Reference arrays whose element types differ: every element is checked, and those
    // before a failing one are copied, as in the JVM.
    Object[] from = (Object[]) src;
    Object[] to = (Object[]) dest;
    for (int i = 0; i < length; i++) {
      Object element = from[srcPos + i];
      if (element != null && !TypeChecks.isAssignable(element.getClass(), destComponent)) {
        if (!TypeChecks.isAssignable(destComponent, srcComponent)) {
          throw new ArrayStoreException("arraycopy: type mismatch: can not copy "
              + srcComponent.getName() + "[] into " + destComponent.getName() + "[]");
        }
        throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of "
            + "the elements of " + srcComponent.getName() + "[] to the type of the "
            + "destination array, " + destComponent.getName());
      }
      to[destPos + i] = element;
    }
  }

  private static int length(Object array) {
    return Word.addressOf(array).readInt(TargetInfo.arrayLengthOffset());
  }

  /** The JVM's name for an array's element type in these messages ("object array"). */
  private static String describe(Class<?> arrayType) {
    Class<?> component = arrayType.getComponentType();
    return component.isPrimitive() ? component.getName() : "object array";
  }
}
