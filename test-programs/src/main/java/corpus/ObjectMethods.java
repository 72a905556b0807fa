package corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** equals/hashCode contracts in hash maps, Object.clone of objects, Cloneable checks. */
public class ObjectMethods {
  static final class Key {
    final String name;
    final int version;

    Key(String name, int version) {
      this.name = name;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.name.equals(name) && k.version == version;
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, version);
    }

    @Override
    public String toString() {
      return name + "@" + version;
    }
  }

  static class Sheep implements Cloneable {
    String name;
    int[] tags = {1, 2};

    Sheep(String name) {
      this.name = name;
    }

    @Override
    public Sheep clone() {
      try {
        return (Sheep) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  static class NotCloneable {
    Object copy() throws CloneNotSupportedException {
      return clone();
    }
  }

  public static void main(String[] args) throws Exception {
    Map<Key, String> map = new HashMap<>();
    map.put(new Key("lib", 1), "first");
    map.put(new Key("lib", 2), "second");
    map.put(new Key("lib", 1), "replaced");
    System.out.println(map.size() + " " + map.get(new Key("lib", 1)) + " "
        + new Key("a", 1).hashCode() + " " + Objects.hash() + " " + Objects.hashCode(null));
    Sheep dolly = new Sheep("Dolly");
    Sheep copy = dolly.clone();
    copy.name = "Polly";
    copy.tags[0] = 99;
    System.out.println(dolly.name + " " + copy.name + " " + dolly.tags[0] + " "
        + (copy.getClass() == Sheep.class) + " " + (copy != dolly));
    try {
      new NotCloneable().copy();
    } catch (CloneNotSupportedException e) {
      System.out.println("CloneNotSupportedException: " + e.getMessage());
    }
    System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " "
        + Objects.toString(null, "dflt") + " " + Objects.requireNonNullElse(null, "else") + " "
        + Objects.isNull(null) + " " + Objects.compare("a", "b", String::compareTo));
    Object o = new Object();
    System.out.println(o.equals(o) + " " + o.equals(new Object()) + " "
        + (o.getClass() == Object.class));
  }
}
