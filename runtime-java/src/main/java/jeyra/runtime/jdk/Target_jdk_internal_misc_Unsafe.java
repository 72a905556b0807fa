package jeyra.runtime.jdk;

import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.Word;
import jeyra.libc.mem.MemoryOps;
import jeyra.origin.program.ProgramInfo;
import jeyra.runtime.Blocking;
import jeyra.runtime.Throwing;
import jeyra.runtime.heap.Allocator;
import jeyra.runtime.hub.Hubs;

/**
 * {@code jdk.internal.misc.Unsafe}: memory access as {@code base + offset} (an absolute
 * address when the base is null), atomics as the matching {@link Word} intrinsics.
 *
 * <p>Field offsets: the compiler folds {@code objectFieldOffset(Class, String)} with constant
 * arguments at build time (how the JDK uses it); with other arguments it is reported at build
 * time and throws here. Volatile accesses of sub-word types are plain accesses between
 * fences.
 */
@TargetClass(className = "jdk.internal.misc.Unsafe")
final class Target_jdk_internal_misc_Unsafe {
  @Substitute
  private static void registerNatives() {}

  @Substitute
  public int getInt(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readInt(0);
  }

  @Substitute
  public void putInt(Object o, long offset, int x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeInt(0, x);
  }

  @Substitute
  public Object getReference(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readObject(0);
  }

  @Substitute
  public void putReference(Object o, long offset, Object x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeObject(0, x);
  }

  @Substitute
  public boolean getBoolean(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readByte(0) != 0;
  }

  @Substitute
  public void putBoolean(Object o, long offset, boolean x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeByte(0, (byte) (x ? 1 : 0));
  }

  @Substitute
  public byte getByte(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readByte(0);
  }

  @Substitute
  public void putByte(Object o, long offset, byte x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeByte(0, x);
  }

  @Substitute
  public short getShort(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readShort(0);
  }

  @Substitute
  public void putShort(Object o, long offset, short x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeShort(0, x);
  }

  @Substitute
  public char getChar(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readChar(0);
  }

  @Substitute
  public void putChar(Object o, long offset, char x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeChar(0, x);
  }

  @Substitute
  public long getLong(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readLong(0);
  }

  @Substitute
  public void putLong(Object o, long offset, long x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeLong(0, x);
  }

  @Substitute
  public float getFloat(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readFloat(0);
  }

  @Substitute
  public void putFloat(Object o, long offset, float x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeFloat(0, x);
  }

  @Substitute
  public double getDouble(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readDouble(0);
  }

  @Substitute
  public void putDouble(Object o, long offset, double x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeDouble(0, x);
  }

  @Substitute
  public Object getReferenceVolatile(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readObjectVolatile(0);
  }

  @Substitute
  public void putReferenceVolatile(Object o, long offset, Object x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeObjectVolatile(0, x);
  }

  @Substitute
  public int getIntVolatile(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readIntVolatile(0);
  }

  @Substitute
  public void putIntVolatile(Object o, long offset, int x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeIntVolatile(0, x);
  }

  @Substitute
  public long getLongVolatile(Object o, long offset) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).readLongVolatile(0);
  }

  @Substitute
  public void putLongVolatile(Object o, long offset, long x) {
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeLongVolatile(0, x);
  }

  @Substitute
  public boolean getBooleanVolatile(Object o, long offset) {
    boolean value = Util_jdk_internal_misc_Unsafe.address(o, offset).readByte(0) != 0;
    Cpu.fullFence();
    return value;
  }

  @Substitute
  public void putBooleanVolatile(Object o, long offset, boolean x) {
    Cpu.fullFence();
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeByte(0, (byte) (x ? 1 : 0));
    Cpu.fullFence();
  }

  @Substitute
  public byte getByteVolatile(Object o, long offset) {
    byte value = Util_jdk_internal_misc_Unsafe.address(o, offset).readByte(0);
    Cpu.fullFence();
    return value;
  }

  @Substitute
  public void putByteVolatile(Object o, long offset, byte x) {
    Cpu.fullFence();
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeByte(0, x);
    Cpu.fullFence();
  }

  @Substitute
  public short getShortVolatile(Object o, long offset) {
    short value = Util_jdk_internal_misc_Unsafe.address(o, offset).readShort(0);
    Cpu.fullFence();
    return value;
  }

  @Substitute
  public void putShortVolatile(Object o, long offset, short x) {
    Cpu.fullFence();
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeShort(0, x);
    Cpu.fullFence();
  }

  @Substitute
  public char getCharVolatile(Object o, long offset) {
    char value = Util_jdk_internal_misc_Unsafe.address(o, offset).readChar(0);
    Cpu.fullFence();
    return value;
  }

  @Substitute
  public void putCharVolatile(Object o, long offset, char x) {
    Cpu.fullFence();
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeChar(0, x);
    Cpu.fullFence();
  }

  @Substitute
  public float getFloatVolatile(Object o, long offset) {
    float value = Util_jdk_internal_misc_Unsafe.address(o, offset).readFloat(0);
    Cpu.fullFence();
    return value;
  }

  @Substitute
  public void putFloatVolatile(Object o, long offset, float x) {
    Cpu.fullFence();
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeFloat(0, x);
    Cpu.fullFence();
  }

  @Substitute
  public double getDoubleVolatile(Object o, long offset) {
    double value = Util_jdk_internal_misc_Unsafe.address(o, offset).readDouble(0);
    Cpu.fullFence();
    return value;
  }

  @Substitute
  public void putDoubleVolatile(Object o, long offset, double x) {
    Cpu.fullFence();
    Util_jdk_internal_misc_Unsafe.address(o, offset).writeDouble(0, x);
    Cpu.fullFence();
  }

  @Substitute
  public final boolean compareAndSetReference(Object o, long offset, Object expected,
      Object x) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).compareAndSwapObject(0, expected, x);
  }

  @Substitute
  public final Object compareAndExchangeReference(Object o, long offset, Object expected,
      Object x) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).compareAndExchangeObject(0, expected, x);
  }

  @Substitute
  public final boolean compareAndSetInt(Object o, long offset, int expected, int x) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).compareAndSwapInt(0, expected, x);
  }

  @Substitute
  public final int compareAndExchangeInt(Object o, long offset, int expected, int x) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).compareAndExchangeInt(0, expected, x);
  }

  @Substitute
  public final boolean compareAndSetLong(Object o, long offset, long expected, long x) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).compareAndSwapLong(0, expected, x);
  }

  @Substitute
  public final long compareAndExchangeLong(Object o, long offset, long expected, long x) {
    return Util_jdk_internal_misc_Unsafe.address(o, offset).compareAndExchangeLong(0, expected, x);
  }

  @Substitute
  public void loadFence() {
    Cpu.acquireFence();
  }

  @Substitute
  public void storeFence() {
    Cpu.releaseFence();
  }

  @Substitute
  public void fullFence() {
    Cpu.fullFence();
  }

  @Substitute
  public void park(boolean isAbsolute, long time) {
    Blocking.park(isAbsolute, time);
  }

  @Substitute
  public void unpark(Object thread) {
    Blocking.unpark((Thread) thread);
  }

  @Substitute
  public Object allocateInstance(Class<?> cls) throws InstantiationException {
    if (Hubs.hasAnyFlag(cls, HubConstants.FLAG_ABSTRACT | HubConstants.FLAG_ARRAY)) {
      throw new InstantiationException(cls.getName());
    }
    Linkage.initialize(cls);
    return Allocator.newInstance(cls);
  }

  @Substitute
  public void throwException(Throwable ee) {
    throw Throwing.sneakyThrow(ee);
  }

  /**
   * The kernel's page size, asked at run time (aarch64 kernels may use 16 or 64 KiB pages),
   * rather than {@code UnsafeConstants.PAGE_SIZE}: so {@code UnsafeConstants} holds only the
   * target's facts and can be initialised while building, and {@code Unsafe} with it.
   */
  @Substitute
  public int pageSize() {
    return ProgramInfo.pageSize();
  }

  @Substitute
  private int arrayBaseOffset0(Class<?> arrayClass) {
    return TargetInfo.arrayBaseOffset();
  }

  @Substitute
  private int arrayIndexScale0(Class<?> arrayClass) {
    return 1 << Hubs.elementShift(arrayClass);
  }

  @Substitute
  private long objectFieldOffset1(Class<?> c, String name) {
    throw new InternalError("Unsafe.objectFieldOffset(" + c.getName() + ", \"" + name
        + "\"): jeyra resolves field offsets at build time, from constant arguments only");
  }

  @Substitute
  private boolean shouldBeInitialized0(Class<?> c) {
    return Hubs.initState(c) != HubConstants.INIT_DONE;
  }

  @Substitute
  private void ensureClassInitialized0(Class<?> c) {
    Linkage.initialize(c);
  }

  @Substitute
  private void setMemory0(Object o, long offset, long bytes, byte value) {
    MemoryOps.fill(Util_jdk_internal_misc_Unsafe.address(o, offset), value, Word.fromLong(bytes));
  }

  @Substitute
  private void copyMemory0(Object srcBase, long srcOffset, Object destBase, long destOffset,
      long bytes) {
    MemoryOps.copy(Util_jdk_internal_misc_Unsafe.address(destBase, destOffset), Util_jdk_internal_misc_Unsafe.address(srcBase, srcOffset),
        Word.fromLong(bytes));
  }

  /** No load averages are read; -1 means "unavailable", as the JDK allows. */
  @Substitute
  private int getLoadAverage0(double[] loadavg, int nelems) {
    return -1;
  }
}

/** Helpers of the Unsafe substitutions. */
final class Util_jdk_internal_misc_Unsafe {
  private Util_jdk_internal_misc_Unsafe() {}

  /** {@code base + offset}, or the absolute address {@code offset} when base is null. */
  static Word address(Object base, long offset) {
    return base == null ? Word.fromLong(offset) : Word.addressOf(base).add(offset);
  }
}
