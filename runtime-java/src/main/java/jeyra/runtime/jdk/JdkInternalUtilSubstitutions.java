package jeyra.runtime.jdk;

import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;
import jeyra.intrinsics.TargetInfo;
import jeyra.runtime.Environment;
import jeyra.runtime.ProgramSelection;

/**
 * {@code jdk.internal.util.SystemProps$Raw}: the properties the VM and the platform supply
 * (the JDK's {@code System.c} and {@code java_props_md.c}).
 *
 * <p>Differences from the JVM: the encodings are always UTF-8 (JDK 17 would use the C
 * locale's ASCII where no UTF-8 locale is set); {@code user.name} and {@code user.home} come
 * from {@code $USER} and {@code $HOME} rather than the password database; {@code java.home}
 * is the executable's directory; the {@code java.vm.*} properties name jeyra.
 */
@TargetClass(className = "jdk.internal.util.SystemProps$Raw")
final class Target_jdk_internal_util_SystemProps_Raw {
  @Alias static final int _display_country_NDX = 0;
  @Alias static final int _display_language_NDX = 1;
  @Alias static final int _file_encoding_NDX = 4;
  @Alias static final int _file_separator_NDX = 5;
  @Alias static final int _format_country_NDX = 6;
  @Alias static final int _format_language_NDX = 7;
  @Alias static final int _java_io_tmpdir_NDX = 18;
  @Alias static final int _line_separator_NDX = 19;
  @Alias static final int _os_arch_NDX = 20;
  @Alias static final int _os_name_NDX = 21;
  @Alias static final int _os_version_NDX = 22;
  @Alias static final int _path_separator_NDX = 23;
  @Alias static final int _sun_arch_data_model_NDX = 28;
  @Alias static final int _sun_cpu_endian_NDX = 29;
  @Alias static final int _sun_io_unicode_encoding_NDX = 31;
  @Alias static final int _sun_jnu_encoding_NDX = 32;
  @Alias static final int _sun_os_patch_level_NDX = 33;
  @Alias static final int _user_dir_NDX = 36;
  @Alias static final int _user_home_NDX = 37;
  @Alias static final int _user_name_NDX = 38;
  @Alias static final int FIXED_LENGTH = 39;

  @Substitute
  private static String[] platformProperties() {
    String[] properties = new String[FIXED_LENGTH];
    String[] locale = Util_jdk_internal_util_SystemProps_Raw.locale();
    properties[_display_language_NDX] = locale[0];
    properties[_format_language_NDX] = locale[0];
    properties[_display_country_NDX] = locale[1];
    properties[_format_country_NDX] = locale[1];
    properties[_file_encoding_NDX] = "UTF-8";
    properties[_sun_jnu_encoding_NDX] = "UTF-8";
    properties[_file_separator_NDX] = "/";
    properties[_path_separator_NDX] = ":";
    properties[_line_separator_NDX] = "\n";
    properties[_java_io_tmpdir_NDX] = "/tmp";
    properties[_os_name_NDX] = "Linux";
    properties[_os_arch_NDX] = TargetInfo.javaOsArch();
    properties[_os_version_NDX] = Environment.kernelRelease();
    properties[_sun_arch_data_model_NDX] = TargetInfo.wordBytes() == 8 ? "64" : "32";
    properties[_sun_cpu_endian_NDX] = TargetInfo.bigEndian() ? "big" : "little";
    properties[_sun_io_unicode_encoding_NDX] =
        TargetInfo.bigEndian() ? "UnicodeBig" : "UnicodeLittle";
    properties[_sun_os_patch_level_NDX] = "unknown";
    properties[_user_dir_NDX] = Environment.workingDirectory();
    String home = Environment.get("HOME");
    String user = Environment.get("USER");
    properties[_user_home_NDX] = home != null ? home : "?";
    properties[_user_name_NDX] = user != null ? user : "?";
    return properties;
  }

  @Substitute
  private static String[] vmProperties() {
    String executable = Environment.executablePath();
    String home = "/";
    if (executable != null && executable.lastIndexOf('/') > 0) {
      home = executable.substring(0, executable.lastIndexOf('/'));
    }
    return new String[] {
      "java.home", home,
      "java.vm.specification.name", "Java Virtual Machine Specification",
      "java.vm.specification.vendor", "Oracle Corporation",
      "java.vm.specification.version", "17",
      "java.vm.name", "jeyra",
      "java.vm.vendor", "jeyra",
      "java.vm.version", "17",
      "java.vm.info", "static native executable",
      "jdk.debug", "release",
      "sun.boot.library.path", "",
      "java.library.path", "",
      "java.class.path", "",
      "sun.java.launcher", "jeyra",
      "sun.java.command", ProgramSelection.selectedMainClass(),
    };
  }
}

/** Helpers of the SystemProps$Raw substitution. */
final class Util_jdk_internal_util_SystemProps_Raw {
  private Util_jdk_internal_util_SystemProps_Raw() {}

  /**
   * Language and country from LC_ALL, LC_CTYPE or LANG, as the JDK's {@code ParseLocale}
   * reads them: "C" and "POSIX" (or nothing) mean en_US, "C.UTF-8" means en.
   */
  static String[] locale() {
    String value = Environment.get("LC_ALL");
    if (value == null || value.isEmpty()) {
      value = Environment.get("LC_CTYPE");
    }
    if (value == null || value.isEmpty()) {
      value = Environment.get("LANG");
    }
    if (value == null || value.isEmpty() || value.equals("C") || value.equals("POSIX")) {
      return new String[] {"en", "US"};
    }
    int cut = value.length();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.' || c == '@') {
        cut = i;
        break;
      }
    }
    String name = value.substring(0, cut);
    if (name.equals("C") || name.equals("POSIX")) {
      return new String[] {"en", null};
    }
    int underscore = name.indexOf('_');
    if (underscore < 0) {
      return new String[] {name, null};
    }
    return new String[] {name.substring(0, underscore), name.substring(underscore + 1)};
  }
}
