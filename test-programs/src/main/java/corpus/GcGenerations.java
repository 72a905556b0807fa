package corpus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Old objects that come to hold young ones, by every way a reference is stored: a field, an
 * array element, {@code System.arraycopy}, {@code clone}, atomics and a {@code VarHandle}
 * (which go through {@code Unsafe}), a large array (elements far from its header), and the
 * collections that grow their tables. Between the stores and the checks the program makes
 * garbage enough for several collections that are not {@code System.gc()}: a young
 * collection that missed such a store (a missing write barrier) would free an object still
 * in use, and the sums printed would change.
 */
public class GcGenerations {
  private static final class Payload {
    final int value;
    final int[] digits;

    Payload(int value) {
      this.value = value;
      this.digits = new int[] {value % 10, value / 10 % 10, value / 100};
    }

    int check() {
      return digits[0] + 10 * digits[1] + 100 * digits[2] == value ? value : -1_000_000;
    }
  }

  private static final class Holder {
    Payload field;
    volatile Payload viaHandle;
    Object[] array = new Object[64];
    Object[] copied = new Object[64];
    Object[] cloned;
    Holder next;
  }

  private static final VarHandle VIA_HANDLE;

  static {
    try {
      VIA_HANDLE = MethodHandles.lookup().findVarHandle(Holder.class, "viaHandle",
          Payload.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static int sink;

  public static void main(String[] args) {
    List<Holder> holders = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      holders.add(new Holder());
    }
    Object[] large = new Object[20_000];
    AtomicReference<Payload> atomic = new AtomicReference<>();
    Map<Integer, Payload> map = new HashMap<>();
    List<Payload> list = new ArrayList<>();
    System.gc(); // everything above is old from here on

    for (int round = 0; round < 3; round++) {
      int base = round * 1000;
      for (int i = 0; i < holders.size(); i++) {
        Holder holder = holders.get(i);
        holder.field = new Payload(base + i);
        VIA_HANDLE.setVolatile(holder, new Payload(base + i + 1));
        holder.array[i % 64] = new Payload(base + i + 2);
        Object[] young = {new Payload(base + i + 3), new Payload(base + i + 4)};
        System.arraycopy(young, 0, holder.copied, i % 63, 2);
        holder.cloned = young.clone();
        holder.next = new Holder();
        holder.next.field = new Payload(base + i + 5);
        large[i * 199] = new Payload(base + i + 6);
        map.put(base + i, new Payload(base + i + 8));
        list.add(new Payload(base + i + 9));
      }
      atomic.compareAndSet(atomic.get(), new Payload(base + 10));
      makeGarbage(16 << 20);
      long sum = 0;
      for (int i = 0; i < holders.size(); i++) {
        Holder holder = holders.get(i);
        sum += holder.field.check();
        sum += ((Payload) VIA_HANDLE.getVolatile(holder)).check();
        sum += ((Payload) holder.array[i % 64]).check();
        sum += ((Payload) holder.copied[i % 63]).check() + ((Payload) holder.cloned[1]).check();
        sum += holder.next.field.check();
        sum += ((Payload) large[i * 199]).check();
      }
      sum += atomic.get().check();
      for (Payload payload : map.values()) {
        sum += payload.check();
      }
      for (Payload payload : list) {
        sum += payload.check();
      }
      System.out.println("round " + round + ": " + sum);
    }
    System.out.println("garbage made: " + sink);
  }

  /** Allocates about {@code bytes} of short-lived arrays: several collections' worth. */
  private static void makeGarbage(int bytes) {
    for (int made = 0; made < bytes; made += 144) {
      int[] garbage = new int[32];
      garbage[made % 32] = made;
      sink += garbage[made % 32];
    }
  }
}
