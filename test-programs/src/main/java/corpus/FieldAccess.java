package corpus;

/** Instance and static fields of every type, hiding, super access, defaults, volatile. */
public class FieldAccess {
  static class Base {
    int shared = 1;
    static String label = "base";
    protected long wide = 0x1122334455667788L;

    int shared() {
      return shared;
    }
  }

  static class Derived extends Base {
    int shared = 2; // hides Base.shared
    static String label = "derived";
    volatile double ratio = 0.5;
    byte b = -1;
    short s = -2;
    char c = 'q';
    float f = 1.25f;
    boolean z = true;
    Object ref;

    String describe() {
      return shared + " " + super.shared + " " + ((Base) this).shared + " " + shared() + " "
          + label + " " + Base.label + " " + wide + " " + ratio + " " + b + " " + s + " " + c
          + " " + f + " " + z + " " + ref;
    }
  }

  static class Defaults {
    byte b;
    short s;
    char c;
    int i;
    long l;
    float f;
    double d;
    boolean z;
    String str;
    static long counter;
    static double total;
  }

  public static void main(String[] args) {
    Derived d = new Derived();
    System.out.println(d.describe());
    d.shared += 40;
    ((Base) d).shared *= 7;
    d.wide >>>= 4;
    d.ratio /= 3;
    d.b++;
    d.s--;
    d.c += 2;
    d.f *= -2;
    d.z = !d.z;
    d.ref = d.c;
    System.out.println(d.describe());
    Defaults x = new Defaults();
    System.out.println(x.b + " " + x.s + " " + (int) x.c + " " + x.i + " " + x.l + " " + x.f
        + " " + x.d + " " + x.z + " " + x.str + " " + Defaults.counter + " " + Defaults.total);
    for (int i = 0; i < 1000; i++) {
      Defaults.counter += i;
      Defaults.total += i / 2.0;
    }
    System.out.println(Defaults.counter + " " + Defaults.total);
    Base viaBase = d;
    System.out.println(viaBase.shared + " " + d.shared);
  }
}
