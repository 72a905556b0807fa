package jeyra.runtime.jdk;

/**
 * The configuration files the class library reads from {@code java.home}, as the JDK that
 * built the program has them. A native executable has no JDK beside it, so the compiler puts
 * their contents here: it replaces the bodies below (see the compiler's
 * {@code JdkConfigurationLowering}), and these bodies only run if it did not.
 */
final class JdkConfiguration {
  private JdkConfiguration() {}

  /**
   * The properties of {@code conf/security/java.security}, as key, value, key, value, ...
   * separated by NUL characters, in key order.
   */
  static String securityProperties() {
    throw new InternalError("the compiler did not put java.security's properties in the image");
  }
}
