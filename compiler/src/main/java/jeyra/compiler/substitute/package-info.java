/**
 * The substitution stage: jeyra's runtime classes replace, alias or add members of JDK
 * classes, in the style of SubstrateVM's {@code @TargetClass}.
 *
 * <p>A runtime class annotated {@code @TargetClass} stands for its target: its name is renamed
 * to the target's in every runtime class, its {@code @Substitute} methods replace the target's
 * bodies, its {@code @Inject} members are added, and its {@code @Alias} members must exist in
 * the target. Every target is checked when the build starts, so a JDK update that moves a
 * member fails the build instead of skipping the substitution.
 */
package jeyra.compiler.substitute;
