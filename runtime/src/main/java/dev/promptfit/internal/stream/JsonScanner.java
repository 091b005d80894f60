package dev.promptfit.internal.stream;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A small JSON reader over one event's bytes for the hot path, where creating a Jackson
 * parser per event would cost more than the rest of the decoding. It walks objects and arrays,
 * returns the few strings the decoders ask for and checks everything it skips.
 *
 * <p>It accepts only input that Jackson reads the same way, and gives up ({@link GiveUp}) on
 * anything else: escapes in names, numbers outside the plain JSON grammar, UTF-8 that is not
 * strictly well formed, control characters, deep nesting, a first byte Jackson would take for
 * another encoding, and every syntax error. The caller then reads the event again with Jackson,
 * which decides, and words any failure, exactly as it would have alone. It allocates nothing but the
 * strings it returns. One instance per stream; not thread-safe.
 */
final class JsonScanner {
  /** Deeper than this is left to Jackson and its nesting limit. */
  private static final int MAX_DEPTH = 32;

  /** Longer names are left to Jackson and its name-length limit. */
  private static final int MAX_NAME = 256;

  /** Longer numbers are left to Jackson and its number-length limit. */
  private static final int MAX_NUMBER = 64;

  /** The input is not one this scanner reads; Jackson must. Shared and without a stack trace. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("not simple JSON", null, false, false);
    }
  }

  private byte[] in = new byte[0];
  private int end;
  private int pos;
  private int nameStart;
  private int nameLength;
  private int stringStart;
  private int stringLength;
  private char[] chars = new char[256];

  /** Starts on {@code length} bytes of {@code bytes}: consumes leading whitespace and the root {@code {}. */
  void beginRoot(byte[] bytes, int length) {
    in = bytes;
    end = length;
    pos = 0;
    for (int i = 0; i < Math.min(4, length); i++) {
      // Jackson takes a NUL or 0xFE/0xFF here for UTF-16/32 (see EventJson); let it report that.
      int b = bytes[i] & 0xFF;
      if (b == 0x00 || b >= 0xFE) {
        throw GiveUp.INSTANCE;
      }
    }
    skipWhitespace();
    expect('{');
  }

  /**
   * Moves to the value of the next member of the object being read, past its name and colon, and
   * returns true; at the object's end consumes the {@code }} and returns false. {@code first} is
   * true right after the object's {@code {}.
   */
  boolean nextName(boolean first) {
    skipWhitespace();
    byte c = peek();
    if (c == '}') {
      pos++;
      return false;
    }
    if (!first) {
      expect(',');
      skipWhitespace();
    }
    readName();
    skipWhitespace();
    expect(':');
    skipWhitespace();
    return true;
  }

  /**
   * After the root object's end: Jackson never reads what follows it, but rejects data that holds
   * a 0xFF anywhere (see {@link EventJson}), so the scanner must too.
   */
  void endRoot() {
    for (int i = pos; i < end; i++) {
      if (in[i] == (byte) 0xFF) {
        throw GiveUp.INSTANCE;
      }
    }
  }

  /** True if the current member's name is {@code name} (ASCII). */
  boolean nameIs(byte[] name) {
    if (nameLength != name.length) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (in[nameStart + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first byte of the value at hand, not consumed. */
  byte peek() {
    if (pos >= end) {
      throw GiveUp.INSTANCE;
    }
    return in[pos];
  }

  /** Consumes the {@code {} of an object value; then call {@link #nextName(boolean)}. */
  void beginObject() {
    expect('{');
  }

  /** Consumes the {@code [} of an array value; then call {@link #nextElement(boolean)}. */
  void beginArray() {
    expect('[');
  }

  /**
   * Moves to the next element of the array being read and returns true; at the array's end
   * consumes the {@code ]} and returns false.
   */
  boolean nextElement(boolean first) {
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return false;
    }
    if (!first) {
      expect(',');
      skipWhitespace();
      if (peek() == ']') {
        throw GiveUp.INSTANCE;
      }
    }
    return true;
  }

  /** The string value at hand, or null after skipping a value of any other kind. */
  @Nullable String stringOrSkip() {
    if (peek() == '"') {
      return readString();
    }
    skipValue();
    return null;
  }

  /**
   * Consumes the string value at hand, which must be ASCII without escapes, and keeps where its
   * content is for {@link #stringStart()} and {@link #stringLength()}. Anything else gives up.
   */
  void readPlainString() {
    expect('"');
    int start = pos;
    while (true) {
      byte b = peek();
      if (b == '"') {
        break;
      }
      if (b < 0x20 || b == '\\') {
        throw GiveUp.INSTANCE;
      }
      pos++;
    }
    stringStart = start;
    stringLength = pos - start;
    pos++;
  }

  int stringStart() {
    return stringStart;
  }

  int stringLength() {
    return stringLength;
  }

  byte[] input() {
    return in;
  }

  /**
   * A choice index as Jackson reports it: null is 0, an integer that fits an {@code int} is its
   * value, anything else is -1.
   */
  int indexOrSkip() {
    byte c = peek();
    if (c == 'n') {
      literal("null");
      return 0;
    }
    if (c != '-' && (c < '0' || c > '9')) {
      skipValue();
      return -1;
    }
    int start = pos;
    boolean integral = skipNumber();
    // An int has at most 10 digits and a sign; longer integers are longs to Jackson.
    if (!integral || pos - start > 11) {
      return -1;
    }
    boolean negative = in[start] == '-';
    long value = 0;
    for (int i = negative ? start + 1 : start; i < pos; i++) {
      value = value * 10 + (in[i] - '0');
    }
    value = negative ? -value : value;
    return value == (int) value ? (int) value : -1;
  }

  /** Consumes the value at hand, checking it. */
  void skipValue() {
    skipValue(0);
  }

  private void skipValue(int depth) {
    byte c = peek();
    switch (c) {
      case '"' -> skipString();
      case '{' -> {
        if (depth >= MAX_DEPTH) {
          throw GiveUp.INSTANCE;
        }
        pos++;
        for (boolean first = true; nextName(first); first = false) {
          skipValue(depth + 1);
        }
      }
      case '[' -> {
        if (depth >= MAX_DEPTH) {
          throw GiveUp.INSTANCE;
        }
        pos++;
        for (boolean first = true; nextElement(first); first = false) {
          skipValue(depth + 1);
        }
      }
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c != '-' && (c < '0' || c > '9')) {
          throw GiveUp.INSTANCE;
        }
        skipNumber();
      }
    }
  }

  /** Consumes a number in the strict JSON grammar; true if it has no fraction or exponent. */
  private boolean skipNumber() {
    int start = pos;
    if (in[pos] == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (pos < end && isDigit(in[pos])) {
        throw GiveUp.INSTANCE; // leading zero
      }
    } else {
      digits();
    }
    boolean integral = true;
    if (pos < end && in[pos] == '.') {
      pos++;
      digits();
      integral = false;
    }
    if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
      pos++;
      if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
        pos++;
      }
      digits();
      integral = false;
    }
    if (pos - start > MAX_NUMBER) {
      throw GiveUp.INSTANCE;
    }
    endOfToken();
    return integral;
  }

  /** One or more digits. */
  private void digits() {
    if (!isDigit(peek())) {
      throw GiveUp.INSTANCE;
    }
    while (pos < end && isDigit(in[pos])) {
      pos++;
    }
  }

  private void literal(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (peek() != word.charAt(i)) {
        throw GiveUp.INSTANCE;
      }
      pos++;
    }
    endOfToken();
  }

  /** A number or literal must be followed by a delimiter; Jackson may read anything else otherwise. */
  private void endOfToken() {
    if (pos < end) {
      byte b = in[pos];
      if (b != ',' && b != '}' && b != ']' && !isWhitespace(b)) {
        throw GiveUp.INSTANCE;
      }
    }
  }

  private void readName() {
    expect('"');
    int start = pos;
    while (true) {
      byte b = peek();
      if (b == '"') {
        break;
      }
      if (b == '\\' || (b >= 0 && b < 0x20)) {
        throw GiveUp.INSTANCE;
      }
      pos = b >= 0 ? pos + 1 : checkUtf8(pos);
      if (pos - start > MAX_NAME) {
        throw GiveUp.INSTANCE;
      }
    }
    nameStart = start;
    nameLength = pos - start;
    pos++;
  }

  private String readString() {
    expect('"');
    int start = pos;
    while (true) {
      byte b = peek();
      if (b == '"') {
        pos++;
        // Plain ASCII, the usual case: one copy, no decoding.
        return new String(in, start, pos - 1 - start, StandardCharsets.ISO_8859_1);
      }
      if (b < 0x20 || b == '\\') {
        break;
      }
      pos++;
    }
    int n = 0;
    ensureChars(pos - start + 2);
    for (int i = start; i < pos; i++) {
      chars[n++] = (char) in[i];
    }
    while (true) {
      byte b = peek();
      ensureChars(n + 2);
      if (b == '"') {
        pos++;
        return new String(chars, 0, n);
      }
      if (b == '\\') {
        chars[n++] = escape();
      } else if (b >= 0x20) {
        chars[n++] = (char) b;
        pos++;
      } else if (b >= 0) {
        throw GiveUp.INSTANCE;
      } else {
        n = decodeUtf8(n);
      }
    }
  }

  private void skipString() {
    expect('"');
    while (true) {
      byte b = peek();
      if (b == '"') {
        pos++;
        return;
      }
      if (b == '\\') {
        escape();
      } else if (b >= 0x20) {
        pos++;
      } else if (b >= 0) {
        throw GiveUp.INSTANCE;
      } else {
        pos = checkUtf8(pos);
      }
    }
  }

  /** Consumes an escape sequence and returns its character. */
  private char escape() {
    pos++;
    byte c = peek();
    pos++;
    return switch (c) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> {
        int value = 0;
        for (int i = 0; i < 4; i++) {
          value = (value << 4) | hex(peek());
          pos++;
        }
        yield (char) value;
      }
      default -> throw GiveUp.INSTANCE;
    };
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    throw GiveUp.INSTANCE;
  }

  /** Decodes the multi-byte character at {@code pos} into {@code chars[n]}; returns the new n. */
  private int decodeUtf8(int n) {
    int start = pos;
    int next = checkUtf8(pos);
    int b0 = in[start] & 0xFF;
    int cp;
    if (next - start == 2) {
      cp = ((b0 & 0x1F) << 6) | (in[start + 1] & 0x3F);
    } else if (next - start == 3) {
      cp = ((b0 & 0x0F) << 12) | ((in[start + 1] & 0x3F) << 6) | (in[start + 2] & 0x3F);
    } else {
      cp =
          ((b0 & 0x07) << 18)
              | ((in[start + 1] & 0x3F) << 12)
              | ((in[start + 2] & 0x3F) << 6)
              | (in[start + 3] & 0x3F);
    }
    pos = next;
    if (cp >= 0x10000) {
      chars[n++] = Character.highSurrogate(cp);
      chars[n++] = Character.lowSurrogate(cp);
    } else {
      chars[n++] = (char) cp;
    }
    return n;
  }

  /**
   * Checks the multi-byte character starting at {@code at} against the strict UTF-8 rules (no
   * overlong forms, no surrogates, nothing above U+10FFFF) and returns the index after it.
   */
  private int checkUtf8(int at) {
    int b0 = in[at] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      if (b0 == 0xE0) {
        low = 0xA0;
      } else if (b0 == 0xED) {
        high = 0x9F;
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      if (b0 == 0xF0) {
        low = 0x90;
      } else if (b0 == 0xF4) {
        high = 0x8F;
      }
    } else {
      throw GiveUp.INSTANCE;
    }
    if (at + length > end) {
      throw GiveUp.INSTANCE;
    }
    int b1 = in[at + 1] & 0xFF;
    if (b1 < low || b1 > high) {
      throw GiveUp.INSTANCE;
    }
    for (int i = 2; i < length; i++) {
      if ((in[at + i] & 0xC0) != 0x80) {
        throw GiveUp.INSTANCE;
      }
    }
    return at + length;
  }

  private void ensureChars(int size) {
    if (chars.length < size) {
      char[] bigger = new char[Math.max(size, chars.length * 2)];
      System.arraycopy(chars, 0, bigger, 0, chars.length);
      chars = bigger;
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw GiveUp.INSTANCE;
    }
    pos++;
  }

  private void skipWhitespace() {
    while (pos < end && isWhitespace(in[pos])) {
      pos++;
    }
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}
