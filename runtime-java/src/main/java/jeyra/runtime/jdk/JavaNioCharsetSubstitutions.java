package jeyra.runtime.jdk;

import java.nio.charset.Charset;
import java.util.Map;
import jeyra.annotate.Alias;
import jeyra.annotate.Substitute;
import jeyra.annotate.TargetClass;

// Charsets in a closed world: the JDK finds charsets by class name through reflection and
// finds providers through ServiceLoader, neither of which exists without class loading.
// jeyra includes the charsets every Java platform must support (java.nio.charset.
// StandardCharsets: US-ASCII, ISO-8859-1, UTF-8, UTF-16, UTF-16BE, UTF-16LE) and UTF-32;
// asking for another charset behaves as if the JDK did not have it
// (UnsupportedCharsetException), where the JVM would find it in its charset tables.

/** {@code java.nio.charset.Charset}: no charset providers and no extended charsets. */
@TargetClass(Charset.class)
final class Target_java_nio_charset_Charset {
  /** Charset providers are found through ServiceLoader: none in a closed world. */
  @Substitute
  private static Charset lookupViaProviders(String charsetName) {
    return null;
  }

  /** The jdk.charsets module's charsets are not part of the image. */
  @Substitute
  private static Charset lookupExtendedCharset(String charsetName) {
    return null;
  }
}

/** {@code sun.nio.cs.StandardCharsets}: instantiates charsets without reflection. */
@TargetClass(className = "sun.nio.cs.StandardCharsets")
final class Target_sun_nio_cs_StandardCharsets {
  @Alias
  private Map<String, String> classMap() {
    return null;
  }

  @Alias
  private Map<String, Charset> cache() {
    return null;
  }

  @Alias
  private String canonicalize(String csn) {
    return null;
  }

  @Alias
  private static String toLower(String s) {
    return null;
  }

  @Alias
  private Charset cache(String csn, Charset cs) {
    return null;
  }

  /** As the JDK's, with a switch over the included charsets instead of Class.forName. */
  @Substitute
  private Charset lookup(String charsetName) {
    if (charsetName.equals("UTF-8")) {
      return sun.nio.cs.UTF_8.INSTANCE;
    } else if (charsetName.equals("US-ASCII")) {
      return sun.nio.cs.US_ASCII.INSTANCE;
    } else if (charsetName.equals("ISO-8859-1")) {
      return sun.nio.cs.ISO_8859_1.INSTANCE;
    }
    String csn = canonicalize(toLower(charsetName));
    Charset cached = cache().get(csn);
    if (cached != null) {
      return cached;
    }
    String className = classMap().get(csn);
    if (className == null) {
      return null;
    }
    Charset created = Util_sun_nio_cs_StandardCharsets.create(className);
    return created == null ? null : cache(csn, created);
  }
}

/** Helpers of the StandardCharsets substitution. */
final class Util_sun_nio_cs_StandardCharsets {
  private Util_sun_nio_cs_StandardCharsets() {}

  /** A new instance of an included charset class of {@code sun.nio.cs}, or null. */
  static Charset create(String className) {
    switch (className) {
      case "UTF_16":
        return new sun.nio.cs.UTF_16();
      case "UTF_16BE":
        return new sun.nio.cs.UTF_16BE();
      case "UTF_16LE":
        return new sun.nio.cs.UTF_16LE();
      case "UTF_32":
        return new sun.nio.cs.UTF_32();
      case "UTF_32BE":
        return new sun.nio.cs.UTF_32BE();
      case "UTF_32LE":
        return new sun.nio.cs.UTF_32LE();
      default:
        return null;
    }
  }
}
