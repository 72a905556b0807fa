package corpus;

/** Compound assignment narrowing, char arithmetic, increments of every primitive type. */
public class CompoundAssignment {
  public static void main(String[] args) {
    byte b = 120;
    b += 10;
    short s = 32767;
    s++;
    char c = 'y';
    c += 3;
    int i = 10;
    i -= 3.7;
    long l = 1;
    l <<= 62;
    l *= 2;
    float f = 1e30f;
    f *= 1e10f;
    double d = 1;
    d /= 3;
    System.out.println(b + " " + s + " " + c + " " + (int) c + " " + i + " " + l + " " + f + " "
        + d);
    int[] counts = new int[3];
    counts[1]++;
    counts[1] += counts[1]++ + ++counts[1];
    counts[2] = counts[0]--;
    System.out.println(counts[0] + " " + counts[1] + " " + counts[2]);
    char letter = 'a';
    StringBuilder alphabet = new StringBuilder();
    while (letter <= 'z') {
      alphabet.append(letter);
      letter += 5;
    }
    System.out.println(alphabet + " " + (char) ('a' + 25) + " " + ('a' + 1) + " "
        + (char) 66 + " " + (int) 'Z');
    long accumulator = 0;
    for (byte x = -128; x < 127; x++) {
      accumulator += x * x;
    }
    System.out.println(accumulator);
    double step = 0;
    for (float x = 0; x < 1; x += 0.1f) {
      step += x;
    }
    System.out.println(step);
    int mask = 0b1111_0000;
    mask &= 0b1010_1010;
    mask |= 1;
    mask ^= 0xFF;
    mask >>= 1;
    System.out.println(mask);
  }
}
