package jeyra.runtime.jdk;

import java.security.AccessControlContext;
import java.security.CodeSource;
import java.security.Permission;
import java.security.PermissionCollection;
import java.security.Policy;
import java.security.PrivilegedAction;
import java.security.PrivilegedExceptionAction;
import java.security.ProtectionDomain;
import java.util.Properties;
import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.annotate.TargetElement;

/**
 * {@code java.security.AccessController}: there is no security manager, and no protection
 * domains on the stack, so every context is the empty one.
 */
@TargetClass(java.security.AccessController.class)
final class Target_java_security_AccessController {
  @Substitute
  private static AccessControlContext getStackAccessControlContext() {
    return null;
  }

  @Substitute
  static AccessControlContext getInheritedAccessControlContext() {
    return null;
  }

  @Substitute
  private static void ensureMaterializedForStackWalk(Object o) {}

  /*
   * The originals keep the context and caller alive for the VM's stack walk, which has
   * nothing to find here. Being this small, each doPrivileged call site gets its own copy in
   * the points-to analysis, so a site reaches only its own action's run() rather than every
   * PrivilegedAction in the JDK.
   */

  @Substitute
  private static <T> T executePrivileged(PrivilegedAction<T> action,
      AccessControlContext context, Class<?> caller) {
    return action.run();
  }

  @Substitute
  private static <T> T executePrivileged(PrivilegedExceptionAction<T> action,
      AccessControlContext context, Class<?> caller) throws Exception {
    return action.run();
  }
}

/**
 * {@code java.security.Security}: the security properties are the build JDK's
 * {@code conf/security/java.security}, compiled in, since there is no {@code java.home} to
 * read them from at run time (as Native Image, which initialises this class while building).
 * The JDK then reads a further file named by the {@code java.security.properties} system
 * property, which a JVM is given on its command line; a native executable has none, and a
 * program that sets it itself gets it ignored, as the JDK ignores a file it cannot read.
 */
@TargetClass(java.security.Security.class)
final class Target_java_security_Security {
  @Alias private static Properties props;
  @Alias private static Properties initialSecurityProperties;

  @Substitute
  private static void initialize() {
    Properties loaded = new Properties();
    String pairs = JdkConfiguration.securityProperties();
    int start = 0;
    while (start < pairs.length()) {
      int afterKey = pairs.indexOf('\0', start);
      int afterValue = pairs.indexOf('\0', afterKey + 1);
      if (afterValue < 0) {
        afterValue = pairs.length();
      }
      loaded.put(pairs.substring(start, afterKey), pairs.substring(afterKey + 1, afterValue));
      start = afterValue + 1;
    }
    props = loaded;
    initialSecurityProperties = (Properties) loaded.clone();
  }
}

/**
 * {@code java.security.Policy}: with no security manager (jeyra has none) a policy restricts
 * nothing, so the default policy grants every permission to all code, as Native Image's does.
 * The JDK's default, {@code sun.security.provider.PolicyFile}, would parse policy files from
 * {@code java.home} and the user's home with key stores and certificates, for nothing. A
 * policy the program installs with {@code setPolicy} is kept and returned as on the JVM.
 */
@TargetClass(java.security.Policy.class)
final class Target_java_security_Policy {
  @Alias private static volatile Target_java_security_Policy_PolicyInfo policyInfo;

  @Substitute
  private static Policy loadPolicyProvider() {
    Policy policy = new Util_java_security_AllPermissionPolicy();
    policyInfo = new Target_java_security_Policy_PolicyInfo(policy, true);
    return policy;
  }
}

@TargetClass(className = "java.security.Policy$PolicyInfo")
final class Target_java_security_Policy_PolicyInfo {
  @Alias
  Target_java_security_Policy_PolicyInfo(Policy policy, boolean initialized) {}
}

/**
 * The default policy: every permission is implied for all code. It lists none, answering
 * {@code getPermissions} as the JDK's policies that cannot enumerate do: listing them would
 * need {@code AllPermission}'s collection, whose constants bring in socket permissions and
 * with them host-name lookup and file parsing.
 */
final class Util_java_security_AllPermissionPolicy extends Policy {
  @Override
  public PermissionCollection getPermissions(CodeSource codeSource) {
    return Policy.UNSUPPORTED_EMPTY_COLLECTION;
  }

  @Override
  public PermissionCollection getPermissions(ProtectionDomain domain) {
    return Policy.UNSUPPORTED_EMPTY_COLLECTION;
  }

  @Override
  public boolean implies(ProtectionDomain domain, Permission permission) {
    return true;
  }
}

/**
 * {@code sun.security.util.Debug}: security debugging is switched on by the
 * {@code java.security.debug} property on the java command line, which a native executable
 * does not have, so it is always off. (The original's initialiser parses the property with
 * regular expressions, which would otherwise be in every program.)
 */
@TargetClass(className = "sun.security.util.Debug")
final class Target_sun_security_util_Debug {
  @Substitute
  @TargetElement(name = "<clinit>")
  static void classInitializer() {}

  @Substitute
  public static Target_sun_security_util_Debug getInstance(String option) {
    return null;
  }

  @Substitute
  public static Target_sun_security_util_Debug getInstance(String option, String prefix) {
    return null;
  }

  @Substitute
  public static boolean isOn(String option) {
    return false;
  }

  @Substitute
  public static boolean isVerbose() {
    return false;
  }
}
