/**
 * Program start and exit, Origin's {@code program} module in Java.
 *
 * <p>Contract: the target's {@code _start} stub calls {@link jeyra.origin.program.Program#start}
 * with the initial stack pointer, before anything else runs. That code is {@code @Bare}: no
 * thread pointer, no heap, no exceptions exist yet. It records argc/argv/envp/auxv, gives the
 * main thread its thread block, calls the runtime's {@code jeyra_runtime_main} and exits the
 * process with its status. The executable is static and not position-independent, so no
 * relocation has to happen before this code runs (static-PIE is a later option).
 */
package jeyra.origin.program;
