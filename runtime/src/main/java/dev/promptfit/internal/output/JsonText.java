package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.util.function.UnaryOperator;

/**
 * Not API. Short, safe renderings of answer text for messages: a string quoted as JSON and cut to a
 * length, and the value a cursor stands on as compact JSON cut the same way, so a message shows
 * what the model wrote without growing with it.
 */
final class JsonText {
  /** How much of a value a message shows. */
  static final int VALUE_CHARS = 60;

  private JsonText() {}

  /**
   * {@code text} as a JSON string literal, its content cut to {@code max} chars (never inside a
   * surrogate pair) with {@code …} where it was cut.
   */
  static String quote(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8).append('"');
    appendEscaped(out, cut(text, max));
    if (text.length() > max) {
      out.append('…');
    }
    return out.append('"').toString();
  }

  /** {@code text} cut to its first {@code max} chars, not splitting a surrogate pair. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** {@code text}'s last {@code max} chars, not splitting a surrogate pair. */
  static String tail(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int start = text.length() - max;
    if (Character.isLowSurrogate(text.charAt(start))) {
      start++;
    }
    return text.substring(start);
  }

  /**
   * The value that starts at the cursor's current token, as compact JSON of about {@link
   * #VALUE_CHARS} chars at most: {@code "three"}, {@code 1e23}, {@code {"a":[1,2]}}, {@code
   * {"name":"Ada","tags":…}}. Consumes the cursor's tokens of the value as far as it shows them.
   * Strings and names pass {@code redact} before they are cut.
   */
  static String value(TapeCursor cursor, UnaryOperator<String> redact) {
    JsonToken token = cursor.currentToken();
    if (token == null) {
      return "nothing";
    }
    if (!token.isStructStart()) {
      return scalar(cursor, token, VALUE_CHARS, redact);
    }
    StringBuilder out = new StringBuilder();
    int depth = 0;
    boolean comma = false;
    do {
      if (out.length() >= VALUE_CHARS) {
        return out.append('…').toString();
      }
      if (token.isStructEnd()) {
        depth--;
        out.append(token == JsonToken.END_OBJECT ? '}' : ']');
        comma = true;
        continue;
      }
      if (comma) {
        out.append(',');
      }
      if (token == JsonToken.FIELD_NAME) {
        out.append(quote(redact.apply(cursor.currentName()), VALUE_CHARS)).append(':');
        comma = false;
      } else if (token.isStructStart()) {
        depth++;
        out.append(token == JsonToken.START_OBJECT ? '{' : '[');
        comma = false;
      } else {
        out.append(scalar(cursor, token, VALUE_CHARS - out.length(), redact));
        comma = true;
      }
    } while (depth > 0 && (token = cursor.nextToken()) != null);
    return out.toString();
  }

  private static String scalar(
      TapeCursor cursor, JsonToken token, int max, UnaryOperator<String> redact) {
    int room = Math.max(max, 8);
    if (token == JsonToken.VALUE_STRING) {
      return quote(redact.apply(cursor.text()), room);
    }
    String text = cursor.text();
    return text.length() <= room ? text : cut(text, room) + "…";
  }

  /** Appends {@code text} escaped as the content of a JSON string literal. */
  static void appendEscaped(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
