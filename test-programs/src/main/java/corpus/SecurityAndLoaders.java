package corpus;

import java.security.Policy;
import java.security.Security;

/**
 * Security properties (compiled in from the build JDK's java.security) and class loading by
 * name through the built-in loaders, which find the image's classes.
 */
public class SecurityAndLoaders {
  static class Loaded {
    static {
      System.out.println("Loaded initialised");
    }
  }

  public static void main(String[] args) throws Exception {
    String[] keys = {"securerandom.source", "policy.provider", "keystore.type",
        "jdk.certpath.disabledAlgorithms", "crypto.policy", "no.such.property"};
    for (String key : keys) {
      System.out.println(key + " = " + Security.getProperty(key));
    }
    // No security manager: the policy exists but restricts nothing the program does.
    System.out.println("policy present: " + (Policy.getPolicy() != null));

    ClassLoader system = ClassLoader.getSystemClassLoader();
    Class<?> loaded = system.loadClass("corpus.SecurityAndLoaders$Loaded");
    System.out.println("loaded " + loaded.getName() + " same: " + (loaded == Loaded.class));
    System.out.println("not yet initialised; now:");
    Class.forName("corpus.SecurityAndLoaders$Loaded", true, system);
    System.out.println("string: " + (system.loadClass("java.lang.String") == String.class));
    try {
      system.loadClass("corpus.NoSuchClass");
      System.out.println("found a class that does not exist");
    } catch (ClassNotFoundException e) {
      System.out.println("ClassNotFoundException: " + e.getMessage());
    }
  }
}
