package jeyra.runtime.hub;

import jeyra.annotate.Inject;
import jeyra.annotate.TargetClass;
import jeyra.intrinsics.Word;

/**
 * The fields jeyra adds to {@code java.lang.Class}: what a JVM keeps in its class metadata.
 * The compiler fills them in every hub it writes and reads some from compiled code; its
 * registry ({@code jeyra.compiler.layout.HubField}) names each one, and a build fails at
 * once if the two disagree. The methods of {@code Class} are substituted in
 * {@code jeyra.runtime.jdk}; they and the rest of the runtime use these fields through
 * {@link Hubs}.
 */
@TargetClass(Class.class)
final class Target_java_lang_Class {
  @Inject int jeyraTypeId;
  @Inject int jeyraLastSubtypeId;
  @Inject int jeyraInterfaceIndex;
  @Inject int jeyraInstanceSize;
  @Inject int jeyraFlags;
  @Inject int jeyraModifiers;
  @Inject int jeyraElementShift;
  /** The byte offsets of an instance's reference fields, for the collector. */
  @Inject int[] jeyraReferenceOffsets;
  @Inject volatile int jeyraInitState;
  @Inject Thread jeyraInitThread;
  @Inject Word jeyraInitFunction;
  @Inject Class<?> jeyraSuperclass;
  @Inject Class<?>[] jeyraInterfaces;
  @Inject byte[] jeyraInterfaceBits;
  @Inject Class<?> jeyraArrayClass;
  @Inject String jeyraModuleName;
  /** From the InnerClasses attribute: the simple name of a member or local class. */
  @Inject String jeyraSimpleBinaryName;
  /** From the InnerClasses attribute: the class a member class is declared in. */
  @Inject Class<?> jeyraDeclaringClass;
  /** From the EnclosingMethod attribute: the class around a local or anonymous class. */
  @Inject Class<?> jeyraEnclosingClass;
  /** The method around a local or anonymous class, or null (declared in an initialiser). */
  @Inject String jeyraEnclosingMethodName;
  @Inject String jeyraEnclosingMethodDescriptor;
}
