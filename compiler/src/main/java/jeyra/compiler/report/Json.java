package jeyra.compiler.report;

/** Just enough JSON writing for the report's embedded data: strings, numbers, nesting. */
final class Json {
  private final StringBuilder out = new StringBuilder();

  Json raw(String text) {
    out.append(text);
    return this;
  }

  Json string(String value) {
    if (value == null) {
      out.append("null");
      return this;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          // '<' escaped too: the data sits inside a <script> element, which "</" would end.
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
    return this;
  }

  Json number(long value) {
    out.append(value);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
