package jeyra.runtime.jdk;

import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.annotate.TargetElement;
import jeyra.runtime.ClassLookup;

// A native executable has no class path and loads no classes: every class it has was
// compiled in. The built-in class loaders still exist as objects (Class.getClassLoader,
// ClassLoader.getSystemClassLoader and the JDK's many "is this a system loader?" tests use
// them), but without the URLClassPath the JVM builds from java.class.path, which would bring
// in URLs, jar files and their signature verification for nothing.

/** {@code jdk.internal.loader.ClassLoaders}: the three built-in loaders, no class path. */
@TargetClass(className = "jdk.internal.loader.ClassLoaders")
final class Target_jdk_internal_loader_ClassLoaders {
  @Alias private static Target_jdk_internal_loader_ClassLoaders_BootClassLoader BOOT_LOADER;
  @Alias private static Target_jdk_internal_loader_ClassLoaders_PlatformClassLoader
      PLATFORM_LOADER;
  @Alias private static Target_jdk_internal_loader_ClassLoaders_AppClassLoader APP_LOADER;

  @Substitute
  @TargetElement(name = "<clinit>")
  static void classInitializer() {
    BOOT_LOADER = new Target_jdk_internal_loader_ClassLoaders_BootClassLoader(null);
    PLATFORM_LOADER = new Target_jdk_internal_loader_ClassLoaders_PlatformClassLoader(
        BOOT_LOADER);
    // A plain checkcast once the Target_ classes are renamed: PlatformClassLoader is one.
    Target_jdk_internal_loader_BuiltinClassLoader parent =
        (Target_jdk_internal_loader_BuiltinClassLoader) (Object) PLATFORM_LOADER;
    APP_LOADER = new Target_jdk_internal_loader_ClassLoaders_AppClassLoader(parent, null);
  }
}

@TargetClass(className = "jdk.internal.loader.ClassLoaders$BootClassLoader")
final class Target_jdk_internal_loader_ClassLoaders_BootClassLoader {
  @Alias
  Target_jdk_internal_loader_ClassLoaders_BootClassLoader(
      Target_jdk_internal_loader_URLClassPath bcp) {}
}

@TargetClass(className = "jdk.internal.loader.ClassLoaders$PlatformClassLoader")
final class Target_jdk_internal_loader_ClassLoaders_PlatformClassLoader {
  @Alias
  Target_jdk_internal_loader_ClassLoaders_PlatformClassLoader(
      Target_jdk_internal_loader_ClassLoaders_BootClassLoader parent) {}
}

@TargetClass(className = "jdk.internal.loader.ClassLoaders$AppClassLoader")
final class Target_jdk_internal_loader_ClassLoaders_AppClassLoader {
  @Alias
  Target_jdk_internal_loader_ClassLoaders_AppClassLoader(
      Target_jdk_internal_loader_BuiltinClassLoader parent,
      Target_jdk_internal_loader_URLClassPath ucp) {}
}

/**
 * {@code jdk.internal.loader.BuiltinClassLoader}: the image is the whole class path. The
 * originals look in the loader's modules, then its parent, then its class path, and define
 * what they find from class-file bytes; a native executable defines no classes, and the
 * analysis cannot see that the module and class-path lookups always come back empty, so
 * they would bring jar files, URL handlers, signature verification and module layers into
 * every program. A class is found if it was compiled in, by any of the built-in loaders
 * (as {@code Class.forName} and {@code BootLoader} find it).
 */
@TargetClass(className = "jdk.internal.loader.BuiltinClassLoader")
final class Target_jdk_internal_loader_BuiltinClassLoader {
  @Substitute
  protected Class<?> loadClassOrNull(String name, boolean resolve) {
    return ClassLookup.find(name);
  }

  @Substitute
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    return ClassLookup.forName(name, false);
  }

  @Substitute
  protected Class<?> findClass(String moduleName, String name) {
    return ClassLookup.find(name);
  }
}

@TargetClass(className = "jdk.internal.loader.URLClassPath")
final class Target_jdk_internal_loader_URLClassPath {}
