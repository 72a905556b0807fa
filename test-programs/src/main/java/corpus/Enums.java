package corpus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/** Enums: values, valueOf, ordinal, constant-specific bodies, fields, EnumMap and EnumSet. */
public class Enums {
  enum Operation {
    PLUS("+") {
      @Override
      int apply(int a, int b) {
        return a + b;
      }
    },
    TIMES("*") {
      @Override
      int apply(int a, int b) {
        return a * b;
      }
    },
    POWER("^") {
      @Override
      int apply(int a, int b) {
        int r = 1;
        for (int i = 0; i < b; i++) {
          r *= a;
        }
        return r;
      }
    };

    final String symbol;

    Operation(String symbol) {
      this.symbol = symbol;
    }

    abstract int apply(int a, int b);
  }

  enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    boolean weekend() {
      return this == SATURDAY || this == SUNDAY;
    }
  }

  public static void main(String[] args) {
    for (Operation op : Operation.values()) {
      System.out.println(op + " " + op.ordinal() + " " + op.symbol + " " + op.apply(3, 4) + " "
          + op.name() + " " + op.getDeclaringClass().getSimpleName());
    }
    System.out.println(Operation.valueOf("TIMES").apply(6, 7));
    try {
      Operation.valueOf("MINUS");
    } catch (IllegalArgumentException e) {
      System.out.println(e.getMessage());
    }
    Map<Day, Integer> hours = new EnumMap<>(Day.class);
    for (Day d : Day.values()) {
      hours.put(d, d.weekend() ? 0 : 8);
    }
    System.out.println(hours);
    EnumSet<Day> weekend = EnumSet.of(Day.SATURDAY, Day.SUNDAY);
    System.out.println(weekend + " " + EnumSet.complementOf(weekend) + " "
        + EnumSet.range(Day.TUESDAY, Day.THURSDAY));
    System.out.println(Day.FRIDAY.compareTo(Day.MONDAY) + " " + Day.valueOf("SUNDAY").weekend()
        + " " + Day.MONDAY.equals(Day.MONDAY) + " " + Enum.valueOf(Day.class, "TUESDAY"));
  }
}
