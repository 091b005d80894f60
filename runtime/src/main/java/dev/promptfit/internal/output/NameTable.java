package dev.promptfit.internal.output;

/**
 * Not API. One {@code String} per distinct short text, so that a property name, or an enum
 * constant's name, read in every element of a long answer is not a new string each time. The table
 * is small and fixed: once it is half full, or for a long text, a new string is made as usual, so
 * an answer of many distinct names costs what it would without the table, never more memory.
 */
final class NameTable {
  private static final int SLOTS = 256;
  private static final int MAX_ENTRIES = SLOTS / 2;
  private static final int MAX_CHARS = 64;

  private final String[] strings = new String[SLOTS];
  private int entries;

  /** {@code chars} as a string, the same instance for the same chars while the table has room. */
  String of(CharSequence chars) {
    return of(chars, 0, chars.length());
  }

  /** The chars {@code [start, end)} of {@code chars} as a string, as {@link #of(CharSequence)}. */
  String of(CharSequence chars, int start, int end) {
    int length = end - start;
    if (length > MAX_CHARS) {
      return chars.subSequence(start, end).toString();
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + chars.charAt(i);
    }
    for (int slot = spread(hash); ; slot = (slot + 1) & (SLOTS - 1)) {
      String known = strings[slot];
      if (known == null) {
        String made = chars.subSequence(start, end).toString();
        if (entries < MAX_ENTRIES) {
          strings[slot] = made;
          entries++;
        }
        return made;
      }
      if (known.hashCode() == hash && contentEquals(known, chars, start, end)) {
        return known;
      }
    }
  }

  private static int spread(int hash) {
    return (hash ^ hash >>> 16) & (SLOTS - 1);
  }

  private static boolean contentEquals(String known, CharSequence chars, int start, int end) {
    if (known.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (known.charAt(i - start) != chars.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
