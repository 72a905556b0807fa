package jeyra.runtime.jdk;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.ServiceConfigurationError;
import jeyra.annotate.Alias;
import jeyra.annotate.Instantiable;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.intrinsics.Linkage;
import jeyra.runtime.ClassLookup;

// Locale data in a closed world. The JDK finds locale provider adapters and resource bundles
// by class name and makes them by reflection, and finds providers in other modules with
// ServiceLoader. Here the adapters are made directly, bundles by Linkage.newInstance from the
// list below (java.base's own data: the root locale and English), and ServiceLoader finds no
// providers. A program therefore formats as a JDK whose image holds java.base alone: English
// and root data, and other locales falling back to the root's.

/** {@code java.util.ServiceLoader}: the closed world has no service providers to find. */
@TargetClass(java.util.ServiceLoader.class)
final class Target_java_util_ServiceLoader {
  @Substitute
  private Iterator<?> newLookupIterator() {
    return Collections.emptyIterator();
  }
}

/** {@code sun.util.locale.provider.LocaleProviderAdapter}: adapters without reflection. */
@TargetClass(className = "sun.util.locale.provider.LocaleProviderAdapter")
final class Target_sun_util_locale_provider_LocaleProviderAdapter {
  @Alias private static Map<Object, Object> adapterInstances;

  /** As the JDK's, constructing the adapter classes directly. */
  @Substitute
  public static Target_sun_util_locale_provider_LocaleProviderAdapter forType(
      Target_sun_util_locale_provider_LocaleProviderAdapter_Type type) {
    Object adapter = adapterInstances.get(type);
    if (adapter == null) {
      adapter = Util_sun_util_locale_provider_LocaleProviderAdapter.create(
          ((Enum<?>) (Object) type).name());
      Object cached = adapterInstances.putIfAbsent(type, adapter);
      if (cached != null) {
        adapter = cached;
      }
    }
    return (Target_sun_util_locale_provider_LocaleProviderAdapter) adapter;
  }
}

/** Helpers of the LocaleProviderAdapter substitution. */
final class Util_sun_util_locale_provider_LocaleProviderAdapter {
  private Util_sun_util_locale_provider_LocaleProviderAdapter() {}

  static Object create(String type) {
    switch (type) {
      case "CLDR":
        return new sun.util.cldr.CLDRLocaleProviderAdapter();
      case "JRE":
        return new sun.util.locale.provider.JRELocaleProviderAdapter();
      case "FALLBACK":
        return new sun.util.locale.provider.FallbackLocaleProviderAdapter();
      default:
        // SPI adapters come from ServiceLoader, the HOST adapter only exists on Windows and
        // macOS: neither is in a jeyra image.
        throw new ServiceConfigurationError("Locale provider adapter \"" + type
            + "\"cannot be instantiated.");
    }
  }
}

@TargetClass(className = "sun.util.locale.provider.LocaleProviderAdapter$Type")
final class Target_sun_util_locale_provider_LocaleProviderAdapter_Type {}

/** {@code java.util.ResourceBundle$ResourceBundleProviderHelper}: bundles without reflection. */
@TargetClass(className = "java.util.ResourceBundle$ResourceBundleProviderHelper")
final class Target_java_util_ResourceBundle_ResourceBundleProviderHelper {
  @Substitute
  static ResourceBundle newResourceBundle(Class<? extends ResourceBundle> bundleClass) {
    Object bundle = Linkage.newInstance(bundleClass);
    if (bundle == null) {
      throw new InternalError(new NoSuchMethodException(bundleClass.getName()
          + ".<init>() (jeyra: not an instantiable class of the image)"));
    }
    return (ResourceBundle) bundle;
  }
}

/** {@code jdk.internal.loader.BootLoader}: classes of the image by name. */
@TargetClass(className = "jdk.internal.loader.BootLoader")
final class Target_jdk_internal_loader_BootLoader {
  @Substitute
  public static Class<?> loadClassOrNull(String name) {
    return ClassLookup.find(name);
  }

  @Substitute
  public static Class<?> loadClass(Module module, String name) {
    return ClassLookup.find(name);
  }
}

/** The resource bundles of java.base that the locale code above may instantiate. */
@Instantiable({
  "sun.text.resources.cldr.FormatData",
  "sun.text.resources.cldr.FormatData_en",
  "sun.text.resources.FormatData",
  "sun.text.resources.FormatData_en",
  "sun.text.resources.FormatData_en_US",
  "sun.text.resources.JavaTimeSupplementary",
  "sun.text.resources.JavaTimeSupplementary_en",
  "sun.util.resources.CalendarData",
  "sun.util.resources.CalendarData_en",
  "sun.util.resources.cldr.CalendarData",
})
final class LocaleDataBundles {
  private LocaleDataBundles() {}
}
