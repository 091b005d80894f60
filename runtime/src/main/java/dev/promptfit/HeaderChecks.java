package dev.promptfit;

/** Header validation that never echoes a value, which may be a credential. */
final class HeaderChecks {
  private HeaderChecks() {}

  static void checkName(String name, String where) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException(where + ": header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isTokenChar(c)) {
        throw new IllegalArgumentException(
            where + ": header name has a character not allowed in an HTTP token at index " + i);
      }
    }
  }

  static void checkValue(String name, String value, String where) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        throw new IllegalArgumentException(
            where
                + ": value of header "
                + name
                + " has a control or non-ASCII character at index "
                + i
                + " (value not shown)");
      }
    }
  }

  private static boolean isTokenChar(char c) {
    if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
      return true;
    }
    return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
