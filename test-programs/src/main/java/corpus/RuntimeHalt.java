package corpus;

/** Runtime.halt ends the process at once with its status. */
public class RuntimeHalt {
  public static void main(String[] args) {
    Runtime runtime = Runtime.getRuntime();
    System.out.println("processors > 0: " + (runtime.availableProcessors() > 0));
    System.out.println("max memory > 0: " + (runtime.maxMemory() > 0));
    System.out.println("total <= max: " + (runtime.totalMemory() <= runtime.maxMemory()));
    System.out.flush();
    runtime.halt(3);
    System.out.println("never printed");
  }
}
