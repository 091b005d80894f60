package dev.promptfit.internal.output;

/**
 * Not API. Jackson's syntax errors in a few words of our own. The non-blocking parser words one
 * error differently depending on where its input was cut (a {@code ]} after a {@code :} is an
 * "unexpected character" or an "unexpected close marker"), so messages keep only what every
 * wording of a kind shares, and a message about an answer does not depend on how it was streamed.
 * They never quote more of the answer than a short token.
 */
final class SyntaxErrors {
  private static final int TOKEN_CHARS = 40;

  private SyntaxErrors() {}

  /** What is wrong, from Jackson's original message (without its location). */
  static String describe(String message) {
    if (message.startsWith("Unexpected close marker '") && message.length() > 25) {
      return "unexpected " + describe(message.charAt(25));
    }
    if (message.startsWith("Unexpected character (")) {
      String what = character(message);
      return message.contains(" in numeric value")
          ? "unexpected " + what + " in a number"
          : "unexpected " + what;
    }
    if (message.startsWith("Unrecognized token '")) {
      int end = message.indexOf("': was expecting");
      String token = end > 20 ? message.substring(20, end) : "";
      return "unexpected " + JsonText.quote(token, TOKEN_CHARS).replace('"', '\'');
    }
    if (message.startsWith("Invalid numeric value")
        || message.startsWith("Non-standard token")
        || message.startsWith("Invalid number")) {
      return "invalid number";
    }
    if (message.startsWith("Illegal unquoted character")) {
      return "a control character in a string, where it must be escaped";
    }
    if (message.startsWith("Unrecognized character escape")) {
      return "an invalid escape in a string";
    }
    if (message.startsWith("Duplicate field")) {
      return "a duplicate property";
    }
    return "malformed JSON";
  }

  /** The character of {@code Unexpected character ('x' (code 120))}, from its code. */
  private static String character(String message) {
    int code = message.indexOf("(code ");
    if (code < 0) {
      return "character";
    }
    int end = message.indexOf(')', code);
    try {
      int value = Integer.parseInt(message.substring(code + 6, end).trim());
      return Character.isValidCodePoint(value) ? describe(value) : "character";
    } catch (RuntimeException e) {
      return "character";
    }
  }

  private static String describe(int codePoint) {
    if (codePoint < 0x20 || codePoint == 0x7F) {
      return String.format("control character U+%04X", codePoint);
    }
    return "'" + new String(Character.toChars(codePoint)) + "'";
  }
}
