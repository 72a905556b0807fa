package jeyra.runtime;

/** Rethrows any throwable without declaring it, for code that passes exceptions through. */
public final class Throwing {
  private Throwing() {}

  /** Throws {@code throwable} as is; the return type lets callers write {@code throw}. */
  @SuppressWarnings("unchecked")
  public static <T extends Throwable> RuntimeException sneakyThrow(Throwable throwable) throws T {
    throw (T) throwable;
  }
}
