package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Arrays;

/**
 * Not API. The tokens of one value of the answer, a record or a list element, held from the {@link
 * JsonLexer} until the value's last token arrives and it can be bound ({@link TapeCursor}). One
 * tape serves every element of an answer in turn: it is cleared, not made again, so binding an
 * element allocates the element and little else. Names are the lexer's shared instances; the text
 * of strings and numbers is copied into one buffer and made into strings only where a reader wants
 * one.
 */
final class TokenTape {
  private static final int TOKENS = 64;

  // After an unusually large value the buffers go back to their first size, so one huge element
  // does not hold its memory for the rest of the answer.
  private static final int KEEP_TOKENS = 4096;
  private static final int KEEP_CHARS = 1 << 16;

  private JsonToken[] kinds = new JsonToken[TOKENS];
  private String[] names = new String[TOKENS];
  private int[] starts = new int[TOKENS];
  private int[] ends = new int[TOKENS];
  // A StringBuilder keeps Latin-1 text at a byte a char, as the strings made from it will be.
  private StringBuilder chars = new StringBuilder();
  private int size;

  /** Forgets the last value's tokens. */
  void clear() {
    if (kinds.length > KEEP_TOKENS) {
      kinds = new JsonToken[TOKENS];
      names = new String[TOKENS];
      starts = new int[TOKENS];
      ends = new int[TOKENS];
    } else {
      Arrays.fill(names, 0, size, null);
    }
    if (chars.capacity() > KEEP_CHARS) {
      chars = new StringBuilder();
    } else {
      chars.setLength(0);
    }
    size = 0;
  }

  /** Records the lexer's current token. */
  void add(JsonToken kind, JsonLexer lexer) {
    if (size == kinds.length) {
      int grown = size * 2;
      kinds = Arrays.copyOf(kinds, grown);
      names = Arrays.copyOf(names, grown);
      starts = Arrays.copyOf(starts, grown);
      ends = Arrays.copyOf(ends, grown);
    }
    kinds[size] = kind;
    switch (kind) {
      case FIELD_NAME -> names[size] = lexer.text();
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        starts[size] = chars.length();
        chars.append(lexer.chars());
        ends[size] = chars.length();
      }
      default -> {}
    }
    size++;
  }

  int size() {
    return size;
  }

  JsonToken kind(int token) {
    return kinds[token];
  }

  /** The name of a {@code FIELD_NAME} token. */
  String name(int token) {
    return names[token];
  }

  /** The first char of a string's or number's text in {@link #chars()}. */
  int start(int token) {
    return starts[token];
  }

  /** The end, exclusive, of a string's or number's text in {@link #chars()}. */
  int end(int token) {
    return ends[token];
  }

  /** The text of all strings and numbers, one after another. */
  CharSequence chars() {
    return chars;
  }

  /** A string's or number's text as a new string. */
  String text(int token) {
    return chars.substring(starts[token], ends[token]);
  }
}
