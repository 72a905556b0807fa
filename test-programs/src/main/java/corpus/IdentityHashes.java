package corpus;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/** identityHashCode: stable per object, Object.hashCode agrees, toString uses it. */
public class IdentityHashes {
  public static void main(String[] args) {
    Object a = new Object();
    Object b = new Object();
    int first = System.identityHashCode(a);
    System.out.println("stable: " + (first == System.identityHashCode(a)) + " "
        + (first == a.hashCode()));
    System.out.println("null: " + System.identityHashCode(null));
    System.out.println("toString: " + a.toString().equals("java.lang.Object@"
        + Integer.toHexString(a.hashCode())));
    String s = "text";
    System.out.println("String overrides hashCode: " + (s.hashCode() == 3556653) + ", identity "
        + "differs or not, but is stable: "
        + (System.identityHashCode(s) == System.identityHashCode(s)));
    Set<Integer> hashes = new HashSet<>();
    Object[] objects = new Object[1000];
    for (int i = 0; i < objects.length; i++) {
      objects[i] = new Object();
      hashes.add(objects[i].hashCode());
    }
    System.out.println("distinct enough: " + (hashes.size() > 900));
    boolean allPositive = true;
    for (int h : hashes) {
      allPositive &= h > 0;
    }
    System.out.println("non-negative: " + allPositive);
    IdentityHashMap<Object, String> map = new IdentityHashMap<>();
    map.put(a, "a");
    map.put(b, "b");
    map.put(new String("text"), "copy");
    map.put(s, "original");
    System.out.println("identity map: " + map.size() + " " + map.get(a) + map.get(b) + " "
        + map.get(s));
    Object array = new int[3];
    System.out.println("array hash stable: " + (array.hashCode() == System.identityHashCode(array)));
  }
}
