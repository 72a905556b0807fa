package corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * What build-time class initialisation could get wrong: state made while building that the
 * program then reads, changes, compares by identity or hashes; initialisers with effects the
 * program sees in order; and initialisers that must run at run time.
 */
public class EarlyInit {
  static final List<String> LOG = new ArrayList<>();

  /** A table computed by its initialiser, then changed by the program. */
  static final class Tables {
    static final int[] SQUARES = new int[8];
    static final String[] NAMES = {"zero", "one", "two"};
    static final long[][] GRID = new long[2][3];

    static {
      for (int i = 0; i < SQUARES.length; i++) {
        SQUARES[i] = i * i;
      }
      GRID[1][2] = 12;
    }
  }

  /** Strings made by an initialiser, and literals. */
  static final class Strings {
    static final String LITERAL = "early";
    static final String MADE = new String("early");
    static final String BUILT = new StringBuilder("ear").append("ly").toString();
  }

  /** Objects keyed by identity hash in a map made by the initialiser. */
  static final class Keys {
    static final Object FIRST = new Object();
    static final Object SECOND = new Object();
    static final Map<Object, String> BY_KEY = new HashMap<>();
    static final int FIRST_HASH;

    static {
      BY_KEY.put(FIRST, "first");
      BY_KEY.put(SECOND, "second");
      FIRST_HASH = System.identityHashCode(FIRST);
    }
  }

  enum Planet {
    MERCURY(3.303e+23), EARTH(5.976e+24), JUPITER(1.9e+27);

    final double mass;

    Planet(double mass) {
      this.mass = mass;
    }
  }

  /** Enum state made by an initialiser. */
  static final class Planets {
    static final EnumMap<Planet, String> NAMES = new EnumMap<>(Planet.class);
    static final Planet[] ALL = Planet.values();

    static {
      for (Planet planet : ALL) {
        NAMES.put(planet, planet.name().toLowerCase());
      }
    }
  }

  /** Lambdas in static fields. */
  static final class Functions {
    static final IntUnaryOperator TWICE = x -> x * 2;
    static final IntUnaryOperator PLUS_ONE = x -> x + 1;
    static final IntUnaryOperator BOTH = TWICE.andThen(PLUS_ONE);
    static final Supplier<String> NAME = () -> "supplied";
  }

  /** Initialisers with effects the program sees: they must run in the JVM's order. */
  static final class First {
    static {
      LOG.add("First");
    }

    static void touch() {}
  }

  static final class Second {
    static final int VALUE;

    static {
      LOG.add("Second");
      VALUE = First.class.getSimpleName().length();
    }
  }

  /** Reads the clock and the environment: only the run knows them. */
  static final class RunFacts {
    static final long STARTED = System.nanoTime();
    static final String PATH = System.getenv("PATH");
  }

  /** Throws from its initialiser. */
  static final class Broken {
    static final int VALUE;

    static {
      if (Tables.SQUARES.length == 8) {
        throw new IllegalStateException("broken on purpose");
      }
      VALUE = 1;
    }
  }

  public static void main(String[] args) {
    Tables.SQUARES[3] = -1;
    Tables.NAMES[0] = "nought";
    Tables.GRID[0][0] = 5;
    System.out.println(java.util.Arrays.toString(Tables.SQUARES));
    System.out.println(String.join(",", Tables.NAMES));
    System.out.println(java.util.Arrays.deepToString(Tables.GRID));

    System.out.println(Strings.LITERAL == "early");
    System.out.println(Strings.MADE == "early");
    System.out.println(Strings.MADE.equals("early") + " " + (Strings.MADE.intern() == "early"));
    System.out.println(Strings.BUILT.equals(Strings.LITERAL) + " "
        + (Strings.BUILT.hashCode() == "early".hashCode()));

    System.out.println(Keys.BY_KEY.get(Keys.FIRST) + " " + Keys.BY_KEY.get(Keys.SECOND) + " "
        + Keys.BY_KEY.get(new Object()));
    System.out.println(Keys.FIRST_HASH == Keys.FIRST.hashCode());
    System.out.println(Keys.FIRST.hashCode() == System.identityHashCode(Keys.FIRST));

    System.out.println(Planets.NAMES);
    System.out.println(Planets.ALL.length + " " + (Planets.ALL[1] == Planet.EARTH) + " "
        + Planet.valueOf("JUPITER").mass);
    Planets.ALL[0] = Planet.JUPITER;
    System.out.println(Planet.values()[0] + " " + Planets.ALL[0]);

    System.out.println(Functions.BOTH.applyAsInt(20) + " " + Functions.NAME.get());

    LOG.add("main");
    System.out.println(Second.VALUE);
    First.touch();
    System.out.println(LOG);

    long now = System.nanoTime();
    System.out.println(RunFacts.STARTED <= now);
    System.out.println(java.util.Objects.equals(RunFacts.PATH, System.getenv("PATH")));

    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        System.out.println(Broken.VALUE);
      } catch (Throwable e) {
        // (NoClassDefFoundError's cause, new in JDK 17, is left out: jeyra does not set it.)
        System.out.println(e.getClass().getName() + ": " + e.getMessage()
            + (e instanceof ExceptionInInitializerError ? " caused by " + e.getCause() : ""));
      }
    }
  }
}
