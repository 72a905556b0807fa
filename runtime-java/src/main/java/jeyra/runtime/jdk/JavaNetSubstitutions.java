package jeyra.runtime.jdk;

import java.net.URLStreamHandler;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;

/**
 * {@code java.net.URL}: protocol handlers come only from the JDK's built-in ones. The JVM
 * also loads handler classes named by the {@code java.protocol.handler.pkgs} property and
 * handler providers found by ServiceLoader; a closed world has neither.
 */
@TargetClass(java.net.URL.class)
final class Target_java_net_URL {
  @Substitute
  private static URLStreamHandler lookupViaProperty(String protocol) {
    return null;
  }

  @Substitute
  private static URLStreamHandler lookupViaProviders(String protocol) {
    return null;
  }
}
