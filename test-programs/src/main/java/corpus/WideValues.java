package corpus;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 64-bit values where a 32-bit target could tear or misplace them: long and double fields
 * beside narrower ones, volatile longs, atomics on longs, byte-buffer views in both byte
 * orders (unaligned too), and long arrays.
 */
public class WideValues {
  byte tag = 7;
  long wide = 0x0123456789ABCDEFL;
  int narrow = -2;
  double real = -1.25e300;
  volatile long counter;
  short tail = 0x7FFF;

  public static void main(String[] args) {
    WideValues v = new WideValues();
    System.out.println(v.tag + " " + Long.toHexString(v.wide) + " " + v.narrow + " " + v.real
        + " " + v.tail);
    for (int i = 0; i < 1000; i++) {
      v.counter += 0x100000001L;
    }
    System.out.println("volatile long: " + Long.toHexString(v.counter));

    AtomicLong atomic = new AtomicLong(Long.MAX_VALUE - 5);
    System.out.println("atomic: " + atomic.incrementAndGet() + " " + atomic.addAndGet(10)
        + " " + atomic.compareAndSet(Long.MIN_VALUE + 4, 1L << 40) + " " + atomic.get()
        + " " + atomic.compareAndSet(0, 1) + " " + atomic.getAndUpdate(x -> x * 3)
        + " " + atomic.accumulateAndGet(0xFFFFFFFFL, Long::sum));
    AtomicReference<String> reference = new AtomicReference<>("a");
    System.out.println("reference: " + reference.compareAndSet("a", "b") + " "
        + reference.getAndSet("c") + " " + reference.get());

    ByteBuffer buffer = ByteBuffer.allocate(32);
    for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      buffer.clear();
      buffer.order(order);
      buffer.put((byte) 1).putLong(0x1122334455667788L).putDouble(Math.PI).putInt(-7)
          .putChar('\u20ac').putShort((short) -300);
      StringBuilder bytes = new StringBuilder();
      for (int i = 0; i < buffer.position(); i++) {
        bytes.append(String.format("%02x", buffer.get(i)));
      }
      buffer.flip();
      System.out.println(order + ": " + bytes + " -> " + buffer.get() + " "
          + Long.toHexString(buffer.getLong()) + " " + buffer.getDouble() + " "
          + buffer.getInt() + " " + buffer.getChar() + " " + buffer.getShort());
    }

    long[] longs = new long[9];
    for (int i = 0; i < longs.length; i++) {
      longs[i] = (long) i << (7 * i);
    }
    long sum = 0;
    for (long x : longs) {
      sum = sum * 31 + x;
    }
    System.out.println("long array: " + sum + " " + java.util.Arrays.hashCode(longs));
    System.out.println("hashes: " + Long.hashCode(v.wide) + " " + Double.hashCode(v.real));
  }
}
