package jeyra.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a build did, for {@code --verbose}: one screen. */
public final class BuildReport {
  private final Map<String, Long> phaseMillis = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Object> counts = new LinkedHashMap<>();
  private final Map<String, List<String>> sections = new LinkedHashMap<>();
  private Path output;

  void phase(String name, long millis) {
    phaseMillis.merge(name, millis, Long::sum);
  }

  void count(String name, Object value) {
    counts.put(name, value);
  }

  void note(String text) {
    notes.add(text);
  }

  /** A titled group of lines, shown whole, before the notes. */
  void section(String title, List<String> lines) {
    sections.put(title, List.copyOf(lines));
  }

  void output(Path output) {
    this.output = output;
  }

  /** The executable written. */
  public Path output() {
    return output;
  }

  /** Milliseconds spent per phase, in order. */
  public Map<String, Long> phaseMillis() {
    return phaseMillis;
  }

  /** Milliseconds spent in all phases together. */
  public long totalMillis() {
    long total = 0;
    for (long millis : phaseMillis.values()) {
      total += millis;
    }
    return total;
  }

  /** Counts by name (classes, methods, bytes). */
  public Map<String, Object> counts() {
    return counts;
  }

  /** The titled groups of lines, in order. */
  public Map<String, List<String>> sections() {
    return sections;
  }

  /** Warnings and remarks, one line each. */
  public List<String> notes() {
    return notes;
  }

  /** The report as text. */
  public String format() {
    StringBuilder text = new StringBuilder();
    text.append("jeyra build report\n");
    for (Map.Entry<String, Object> count : counts.entrySet()) {
      text.append(String.format("  %-28s %s%n", count.getKey(), count.getValue()));
    }
    text.append("  time per phase (ms):\n");
    for (Map.Entry<String, Long> phase : phaseMillis.entrySet()) {
      text.append(String.format("    %-26s %6d%n", phase.getKey(), phase.getValue()));
    }
    text.append(String.format("    %-26s %6d%n", "total", totalMillis()));
    for (Map.Entry<String, List<String>> section : sections.entrySet()) {
      text.append("  ").append(section.getKey()).append(":\n");
      for (String line : section.getValue()) {
        text.append("    ").append(line).append('\n');
      }
    }
    int shown = 0;
    for (String note : notes) {
      if (shown++ == 12) {
        text.append("  ... and ").append(notes.size() - 12).append(" more\n");
        break;
      }
      text.append("  ").append(note).append('\n');
    }
    return text.toString();
  }
}
