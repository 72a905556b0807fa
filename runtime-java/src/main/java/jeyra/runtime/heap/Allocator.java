package jeyra.runtime.heap;

import jeyra.intrinsics.Cpu;
import jeyra.intrinsics.HubConstants;
import jeyra.intrinsics.Linkage;
import jeyra.intrinsics.TargetInfo;
import jeyra.intrinsics.ThreadBlockLayout;
import jeyra.intrinsics.Word;
import jeyra.libc.Errno;
import jeyra.libc.mm.Mman;
import jeyra.runtime.hub.Hubs;

/**
 * Object allocation: bump-pointer allocation in per-thread chunks obtained with {@code mmap}.
 *
 * <p>There is no collector yet (a later step), so memory is never reused, and fresh memory
 * from {@code mmap} is always zero: objects need no clearing. Allocation past the heap limit
 * throws OutOfMemoryError with the JVM's messages. The limit is the JVM's default maximum
 * heap (a quarter of physical memory) unless the build ({@code --max-heap}) or the run
 * ({@code JEYRA_OPTS=-Xmx...}) sets another.
 */
public final class Allocator {
  private Allocator() {}

  /** Chunks handed to a thread at a time; larger objects get a mapping of their own. */
  private static final long CHUNK_BYTES = 1L << 20;
  /** HotSpot's largest array length. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 2;

  /**
   * Bytes mapped for the heap so far. Threads map chunks at once, so it is updated
   * atomically, by address: the allocator runs before any class is initialised, itself
   * included, so it keeps its state in plain static fields.
   */
  private static long committedBytes;
  private static long maxHeapBytes;
  private static boolean throwingOutOfMemory;

  /** {@code new}: a zeroed instance of a class, its constructor not yet run. */
  public static Object newInstance(Class<?> type) {
    if (Hubs.hasAnyFlag(type, HubConstants.FLAG_ABSTRACT)) {
      throw new InstantiationError(type.getName());
    }
    Word memory = allocate(Hubs.instanceSize(type));
    memory.writeObject(0, type);
    return memory.toObject();
  }

  /** {@code newarray}/{@code anewarray}: a zeroed array of {@code length} elements. */
  public static Object newArray(Class<?> arrayType, int length) {
    if (length < 0) {
      throw new NegativeArraySizeException(Integer.toString(length));
    }
    if (length > MAX_ARRAY_LENGTH) {
      throw outOfMemory("Requested array size exceeds VM limit");
    }
    long bytes = TargetInfo.arrayBaseOffset() + ((long) length << Hubs.elementShift(arrayType));
    Word memory = allocate(bytes);
    memory.writeObject(0, arrayType);
    memory.writeInt(TargetInfo.arrayLengthOffset(), length);
    return memory.toObject();
  }

  /**
   * {@code multianewarray}: nested arrays for the given lengths; every length is checked
   * before anything is allocated, as the JVM does.
   */
  public static Object newMultiArray(Class<?> arrayType, int[] lengths) {
    for (int length : lengths) {
      if (length < 0) {
        throw new NegativeArraySizeException(Integer.toString(length));
      }
    }
    return newMultiArray(arrayType, lengths, 0);
  }

  private static Object newMultiArray(Class<?> arrayType, int[] lengths, int level) {
    Object array = newArray(arrayType, lengths[level]);
    if (level + 1 < lengths.length) {
      // The nested arrays are written as raw memory, not with aastore: the analysis knows
      // what a multianewarray's levels hold where the instruction is, while an aastore here
      // of what raw memory gave would tell it any object may be in any Object[] (and so in
      // every collection), which made every toString and hashCode of the program reachable.
      Word elements = Word.addressOf(array).add(TargetInfo.arrayBaseOffset());
      Class<?> component = arrayType.getComponentType();
      int shift = Hubs.elementShift(arrayType);
      for (int i = 0; i < lengths[level]; i++) {
        elements.writeObject((long) i << shift, newMultiArray(component, lengths, level + 1));
      }
    }
    return array;
  }

  /** A shallow copy of an object or array, with a fresh header ({@code Object.clone}). */
  public static Object copy(Object original) {
    Class<?> type = original.getClass();
    long bytes;
    if (Hubs.isArray(type)) {
      int length = Word.addressOf(original).readInt(TargetInfo.arrayLengthOffset());
      bytes = TargetInfo.arrayBaseOffset() + ((long) length << Hubs.elementShift(type));
    } else {
      bytes = Hubs.instanceSize(type);
    }
    Word copy = allocate(bytes);
    Word source = Word.addressOf(original);
    int header = TargetInfo.objectHeaderBytes();
    for (long i = header; i < bytes; i++) {
      copy.writeByte(i, source.readByte(i));
    }
    copy.writeObject(0, type);
    return copy.toObject();
  }

  /**
   * Bytes the heap may grow to ({@code Runtime.maxMemory}): a quarter of physical memory
   * until the runtime's options set another ({@code jeyra.runtime.RuntimeOptions}).
   */
  public static long maxHeapBytes() {
    if (maxHeapBytes == 0) {
      // The first chunk is mapped before the limit is known: finding the limit allocates.
      maxHeapBytes = Long.MAX_VALUE;
      maxHeapBytes = HeapLimit.defaultMaxHeapBytes();
    }
    return maxHeapBytes;
  }

  /** Sets the maximum heap (the build's or {@code JEYRA_OPTS}'s), before the program runs. */
  public static void setMaxHeapBytes(long bytes) {
    maxHeapBytes = bytes;
  }

  /** Bytes taken from the system so far ({@code Runtime.totalMemory}). */
  public static long committedBytes() {
    return committedBytesWord().readLongVolatile(0);
  }

  private static Word committedBytesWord() {
    return Linkage.staticFieldAddress(Allocator.class, "committedBytes");
  }

  /** Bytes left in the current chunk ({@code Runtime.freeMemory}, roughly). */
  public static long freeBytesInChunk() {
    Word block = Cpu.threadPointer();
    int word = TargetInfo.wordBytes();
    Word top = block.readWord((long) ThreadBlockLayout.ALLOCATION_TOP * word);
    Word end = block.readWord((long) ThreadBlockLayout.ALLOCATION_END * word);
    return end.subtract(top).toLong();
  }

  /** Zeroed, 8-aligned memory for an object of {@code bytes} bytes. */
  private static Word allocate(long bytes) {
    long size = (bytes + 7) & ~7L;
    if (size >= CHUNK_BYTES) {
      return allocateSlowly(size); // also keeps huge sizes away from 32-bit word arithmetic
    }
    Word block = Cpu.threadPointer();
    int word = TargetInfo.wordBytes();
    long topSlot = (long) ThreadBlockLayout.ALLOCATION_TOP * word;
    Word top = block.readWord(topSlot);
    Word end = block.readWord((long) ThreadBlockLayout.ALLOCATION_END * word);
    if (Word.fromLong(size).belowOrEqual(end.subtract(top))) {
      block.writeWord(topSlot, top.add(size));
      return top;
    }
    return allocateSlowly(size);
  }

  private static Word allocateSlowly(long size) {
    boolean large = size > CHUNK_BYTES / 4;
    long mapping = large ? (size + 4095) & ~4095L : CHUNK_BYTES;
    boolean limitKnown = maxHeapBytes != 0;
    if (!throwingOutOfMemory && limitKnown && committedBytes() + mapping > maxHeapBytes) {
      throw outOfMemory("Java heap space");
    }
    if (TargetInfo.wordBytes() == 4 && mapping >= (1L << 31)) {
      throw outOfMemory("Java heap space"); // more than a 32-bit process can map
    }
    long address = Mman.mmap(Word.zero(), mapping, Mman.PROT_READ | Mman.PROT_WRITE,
        Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS | Mman.MAP_NORESERVE, -1, 0);
    if (Errno.failed(address)) {
      throw outOfMemory("Java heap space");
    }
    committedBytesWord().getAndAddLong(0, mapping);
    Word memory = Word.fromLong(address);
    if (large) {
      return memory;
    }
    Word block = Cpu.threadPointer();
    int word = TargetInfo.wordBytes();
    block.writeWord((long) ThreadBlockLayout.ALLOCATION_TOP * word, memory.add(size));
    block.writeWord((long) ThreadBlockLayout.ALLOCATION_END * word, memory.add(mapping));
    if (!limitKnown) {
      maxHeapBytes(); // now that there is memory to compute it with
    }
    return memory;
  }

  /**
   * An OutOfMemoryError. Creating it needs memory too: the limit is ours, not the system's,
   * so the error and its stack trace are allocated past the limit.
   */
  private static OutOfMemoryError outOfMemory(String message) {
    boolean outer = !throwingOutOfMemory;
    throwingOutOfMemory = true;
    try {
      return new OutOfMemoryError(message);
    } finally {
      if (outer) {
        throwingOutOfMemory = false;
      }
    }
  }
}
