package dev.promptfit.processor.generate;

/**
 * Java string literals for arbitrary text, in pure ASCII. Everything outside printable ASCII
 * becomes a unicode escape (backslash, {@code u}, four hex digits), so the generated file means
 * the same whatever source encoding the build uses. Line breaks get their named escapes instead:
 * javac translates unicode escapes before it reads literals, so an escaped line feed would end
 * the literal.
 */
final class JavaLiterals {
  private JavaLiterals() {}

  /** {@code text} as a quoted, escaped Java string literal. */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
