package jeyra.compiler.analysis;

import java.util.List;

/**
 * Code that throws NullPointerExceptions, one way per method, for
 * {@link NullPointerMessagesTest}: each {@code case} method is run on this JVM with null,
 * zero or false for its arguments, and its message is compared with jeyra's.
 */
@SuppressWarnings({"unused", "ConstantConditions"})
final class NpeCases {
  /** A class with fields of several kinds and a chain to follow. */
  static final class Holder {
    int value;
    long big;
    double real;
    String text;
    Holder next;
    Holder[] children;
    int[] numbers;

    Holder() {}

    Holder(String text) {
      this.text = text.trim();
    }

    String describe() {
      return text;
    }
  }

  static Holder staticHolder;
  static int[] staticNumbers;
  Holder own;
  String name;

  private static Holder nothing() {
    return null;
  }

  private static String pick(String s) {
    return s;
  }

  private static void risky() {
    throw new IllegalStateException("risky");
  }

  // ---- fields ----

  static int caseReadField(Holder h) {
    return h.value;
  }

  static void caseWriteIntField(Holder h) {
    h.value = 7;
  }

  static void caseWriteLongField(Holder h) {
    h.big = 7L;
  }

  static void caseWriteDoubleField(Holder h, double d) {
    h.real = d;
  }

  static void caseCompoundAssignField(Holder h) {
    h.value += 3;
  }

  static void caseIncrementLongField(Holder h) {
    h.big++;
  }

  static int caseStaticField() {
    return staticHolder.value;
  }

  static int caseChain(Holder h) {
    h = new Holder();
    return h.next.next.value;
  }

  static int caseLongChain() {
    Holder h = new Holder();
    h.next = new Holder();
    h.next.next = new Holder();
    h.next.next.next = new Holder();
    h.next.next.next.next = new Holder();
    h.next.next.next.next.next = new Holder();
    return h.next.next.next.next.next.next.value;
  }

  static int caseFieldOfReturnValue() {
    return nothing().value;
  }

  // ---- calls ----

  static int caseCallOnParameter(String s) {
    return s.length();
  }

  static String caseCallOnReturnValue() {
    return nothing().describe();
  }

  static int caseCallOnChainedReturn() {
    return pick(null).length();
  }

  static boolean caseObjectAndStringNames(Object o, String s) {
    return o.equals(s);
  }

  static StringBuilder caseStringBuilderName(StringBuilder sb, StringBuilder other) {
    return sb.append(other);
  }

  static int caseInterfaceCall(List<String> list) {
    return list.size();
  }

  static String caseCallOnArrayElement(Holder[] holders) {
    holders = new Holder[3];
    return holders[2].describe();
  }

  static void caseLambda() {
    Runnable body = () -> {
      Holder h = null;
      h.value = 1;
    };
    body.run();
  }

  static void caseRunnable(Runnable r) {
    r.run();
  }

  static void caseConstructorArgument(String s) {
    new Holder(s);
  }

  static int caseManyArguments(String a, long b, double c, String d, int e) {
    return d.indexOf(a, e);
  }

  // ---- arrays ----

  static int caseIntArray(int[] a) {
    return a[0];
  }

  static long caseLongArray(long[] a) {
    return a[1];
  }

  static double caseDoubleArray(double[] a) {
    return a[2];
  }

  static float caseFloatArray(float[] a) {
    return a[3];
  }

  static byte caseByteArray(byte[] a) {
    return a[4];
  }

  static boolean caseBooleanArray(boolean[] a) {
    return a[5];
  }

  static char caseCharArray(char[] a) {
    return a[-1 + 1];
  }

  static short caseShortArray(short[] a, int i) {
    return a[i];
  }

  static Object caseObjectArray(Object[] a) {
    return a[100];
  }

  static void caseStoreInt(int[] a) {
    a[0] = 1;
  }

  static void caseStoreLong(long[] a) {
    a[0] = 1L;
  }

  static void caseStoreDouble(double[] a) {
    a[0] = 1.5;
  }

  static void caseStoreObject(Object[] a, Object o) {
    a[0] = o;
  }

  static void caseStoreByte(byte[] a) {
    a[0] = 1;
  }

  static void caseStoreChar(char[] a) {
    a[0] = 'x';
  }

  static void caseStoreShort(short[] a) {
    a[0] = 2;
  }

  static void caseStoreFloat(float[] a) {
    a[0] = 2f;
  }

  static void caseIncrementElement(int[] a) {
    a[3]++;
  }

  static void caseIncrementLongElement(long[] a) {
    a[3] += 2;
  }

  static int caseLength(int[] a) {
    return a.length;
  }

  static int caseNestedArray() {
    int[][] m = new int[2][];
    return m[1][0];
  }

  static int caseArrayIndexedByArray(Holder[] holders, int[] index) {
    holders = new Holder[400];
    index = new int[] {300};
    return holders[index[0]].value;
  }

  static int caseBigConstantIndex() {
    Holder[] holders = new Holder[40000];
    return holders[30000].value + holders[300].value;
  }

  static int caseStaticArray() {
    return staticNumbers[2];
  }

  static int caseArrayField(Holder h) {
    h = new Holder();
    return h.numbers[1];
  }

  static int caseArrayOfArrayField(Holder h) {
    h = new Holder();
    h.children = new Holder[2];
    return h.children[1].numbers[0];
  }

  // ---- throw, monitors ----

  static void caseThrowNull(RuntimeException e) {
    throw e;
  }

  static void caseSynchronized(Object lock) {
    synchronized (lock) {
      risky();
    }
  }

  // ---- locals, parameters, merges ----

  static int caseReassignedParameter(String s) {
    s = pick(s);
    return s.length();
  }

  static int caseLocal() {
    String local = pick(null);
    return local.length();
  }

  static int caseWrittenLaterInLoop(String s) {
    int total = 0;
    for (int i = 0; i < 2; i++) {
      total += s.length();
      s = "again";
    }
    return total;
  }

  static int caseTernary(boolean flag, String a, String b) {
    return (flag ? a : b).length();
  }

  static int caseWrittenInTryReadInHandler(String p) {
    try {
      p = null;
      risky();
      return 0;
    } catch (IllegalStateException e) {
      return p.length();
    }
  }

  static int caseNullFromHandler() {
    String t;
    try {
      risky();
      t = "unused";
    } catch (IllegalStateException e) {
      t = null;
    }
    return t.length();
  }

  static int caseSwitch(int k, String a) {
    String chosen;
    switch (k) {
      case 0:
        chosen = a;
        break;
      case 1:
        chosen = "one";
        break;
      default:
        chosen = "many";
    }
    return chosen.length();
  }

  static int caseStringSwitch(String s) {
    switch (s) {
      case "a":
        return 1;
      default:
        return 2;
    }
  }

  static long caseWideLocals(long a, long b, double c, String d) {
    long sum = a + b + (long) c;
    return sum + d.length();
  }

  // ---- instance methods ----

  int caseThisField() {
    return own.value;
  }

  int caseThisFieldChain() {
    return this.own.next.value;
  }

  int caseThisName() {
    return name.length();
  }
}
