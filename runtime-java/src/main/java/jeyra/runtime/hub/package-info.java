/**
 * The hub: the part of every {@code java.lang.Class} object that a JVM keeps in its class
 * metadata, which jeyra's compiler writes into the image (type ids, flags, sizes, the
 * superclass and interfaces, initialisation state).
 *
 * <p>{@code Target_java_lang_Class} here injects those fields into {@code Class}; their
 * names and types are a contract with the compiler's registry,
 * {@code jeyra.compiler.layout.HubField}, which checks it at the start of every build. The
 * rest of the runtime reads and writes them only through {@link jeyra.runtime.hub.Hubs} and
 * tests types with {@link jeyra.runtime.hub.TypeChecks}. This package depends on nothing
 * else of the runtime, so every other runtime package may use it.
 */
package jeyra.runtime.hub;
