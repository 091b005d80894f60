package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Not API. An incremental JSON tokenizer over text fed in pieces cut anywhere: inside a string, an
 * escape, a unicode escape, a number or a surrogate pair. Its state is the grammar's, one char at a
 * time, so the tokens, the offset of an error and its wording depend only on the text, never on how
 * it was cut; and the work is linear in the text, with memory for one token.
 *
 * <p>Each token goes to the {@link Tokens} as soon as it is complete: a brace, bracket, string or
 * {@code true}/{@code false}/{@code null} at its last char, a number at the char after it (only
 * that shows it ended). It reads one object, the answer's root, which the caller has found to start
 * where feeding starts, and stops at its end. Strictly RFC 8259: no comments, no single quotes, no
 * {@code NaN}, no leading zeros, no trailing commas; control characters in strings must be escaped.
 * Lone surrogates pass through, as Jackson passes them.
 */
final class JsonLexer {
  /** Deeper nesting than any schema allows; hostile input fails instead of growing the stack. */
  static final int MAX_DEPTH = 1000;

  /** Jackson's default limits, so nothing a Jackson-based reader takes is refused here. */
  static final int MAX_STRING_CHARS = 20_000_000;

  static final int MAX_NAME_CHARS = 50_000;
  static final int MAX_NUMBER_CHARS = 1000;

  /**
   * Receives tokens; {@link #text()} and {@link #chars()} hold a name's, string's or number's text
   * meanwhile.
   */
  interface Tokens {
    void token(JsonToken token);
  }

  /** Malformed JSON at a char offset, with what was wrong. */
  static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    SyntaxError(long offset, String problem) {
      super(problem, null, false, false);
      this.offset = offset;
    }

    long offset() {
      return offset;
    }
  }

  private enum State {
    VALUE,
    VALUE_OR_END_ARRAY,
    NAME_OR_END_OBJECT,
    NAME,
    COLON,
    COMMA_OR_END,
    STRING,
    ESCAPE,
    UNICODE,
    NUMBER,
    LITERAL,
    DONE
  }

  private enum NumberState {
    MINUS,
    ZERO,
    INTEGER,
    DOT,
    FRACTION,
    E,
    E_SIGN,
    EXPONENT,
    /** Not a state: the char after the number. */
    END
  }

  private static final String[] LITERALS = {"true", "false", "null"};

  private final Tokens tokens;
  private long offset;
  private State state = State.VALUE;
  private final StringBuilder token = new StringBuilder();
  private final NameTable nameTable = new NameTable();
  // A string's or number's text is made only if asked for: a binder copies the chars instead.
  private @Nullable String text = "";
  private boolean name;
  private int unicodeDigits;
  private int unicodeValue;
  private NumberState number = NumberState.INTEGER;
  private boolean fraction;
  private int literal;
  private int literalIndex;

  // Per level of nesting, 1 the root: object or array, the last property name, the element index.
  private int depth;
  private boolean[] arrays = new boolean[16];
  private String[] names = new String[16];
  private int[] indices = new int[16];

  /**
   * A lexer whose first char fed is the root's <code>&#123;</code>, at char {@code offset} of the
   * answer.
   */
  JsonLexer(Tokens tokens, long offset) {
    this.tokens = tokens;
    this.offset = offset;
  }

  /**
   * The text of the last name, string or number token. A name is the same instance each time it
   * recurs ({@link NameTable}).
   */
  String text() {
    String made = text;
    if (made == null) {
      made = token.toString();
      text = made;
    }
    return made;
  }

  /** The chars of the last string or number token, valid until the lexer is fed again. */
  CharSequence chars() {
    return token;
  }

  /** True if the last number token has a fraction or exponent. */
  boolean isFraction() {
    return fraction;
  }

  /** Nesting depth now: 1 inside the root object. */
  int depth() {
    return depth;
  }

  /** True if level {@code level} (1 the root) is an array. */
  boolean isArray(int level) {
    return arrays[level];
  }

  /** The last property name read at object level {@code level}, or null. */
  String nameAt(int level) {
    return names[level];
  }

  /** The index of the current element at array level {@code level}, -1 before the first. */
  int indexAt(int level) {
    return indices[level];
  }

  /**
   * Reads {@code piece} from {@code from}. Returns the index after the root object's end if it
   * ended in this piece (the rest is not read), else -1.
   *
   * @throws SyntaxError if the text is not JSON
   */
  int feed(String piece, int from) {
    int length = piece.length();
    for (int i = from; i < length; i++) {
      char c = piece.charAt(i);
      switch (state) {
        case STRING -> {
          // The common case first: plain chars of a string, without a method call each.
          if (c == '"') {
            endString();
          } else if (c == '\\') {
            state = State.ESCAPE;
          } else if (c < 0x20) {
            throw error("a control character (" + describe(c) + ") in a string must be escaped");
          } else {
            append(c);
          }
        }
        case NUMBER -> {
          if (!number(c)) {
            endNumber();
            between(c);
          }
        }
        default -> {
          if (state == State.DONE) {
            return i;
          }
          other(c);
        }
      }
      offset++;
      if (state == State.DONE) {
        return i + 1;
      }
    }
    return -1;
  }

  private void other(char c) {
    switch (state) {
      case ESCAPE -> escape(c);
      case UNICODE -> unicode(c);
      case LITERAL -> {
        String expected = LITERALS[literal];
        if (c != expected.charAt(literalIndex)) {
          throw error("expected " + expected);
        }
        if (++literalIndex == expected.length()) {
          state = State.COMMA_OR_END;
          tokens.token(
              literal == 0
                  ? JsonToken.VALUE_TRUE
                  : literal == 1 ? JsonToken.VALUE_FALSE : JsonToken.VALUE_NULL);
        }
      }
      default -> between(c);
    }
  }

  /** A char outside any token: whitespace, a structural char, or a token's first char. */
  private void between(char c) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      return;
    }
    switch (state) {
      case VALUE -> value(c);
      case VALUE_OR_END_ARRAY -> {
        if (c == ']') {
          end(true);
        } else {
          value(c);
        }
      }
      case NAME_OR_END_OBJECT, NAME -> {
        if (c == '"') {
          startString(true);
        } else if (c == '}' && state == State.NAME_OR_END_OBJECT) {
          end(false);
        } else {
          throw error("expected a property name in double quotes, found " + describe(c));
        }
      }
      case COLON -> {
        if (c != ':') {
          throw error("expected ':' after the property name, found " + describe(c));
        }
        state = State.VALUE;
      }
      case COMMA_OR_END -> {
        boolean array = arrays[depth];
        if (c == ',') {
          state = array ? State.VALUE : State.NAME;
        } else if (c == (array ? ']' : '}')) {
          end(array);
        } else {
          throw error(
              array
                  ? "expected ',' or ']' after an array element, found " + describe(c)
                  : "expected ',' or '}' after a property value, found " + describe(c));
        }
      }
      default -> throw new IllegalStateException("no token starts in state " + state);
    }
  }

  private void value(char c) {
    if (arrays[depth]) {
      indices[depth]++;
    }
    switch (c) {
      case '{' -> start(false);
      case '[' -> start(true);
      case '"' -> startString(false);
      case 't', 'f', 'n' -> {
        literal = c == 't' ? 0 : c == 'f' ? 1 : 2;
        literalIndex = 1;
        state = State.LITERAL;
      }
      case '-' -> startNumber(c, NumberState.MINUS);
      case '0' -> startNumber(c, NumberState.ZERO);
      default -> {
        if (c >= '1' && c <= '9') {
          startNumber(c, NumberState.INTEGER);
        } else {
          throw error("expected a JSON value, found " + describe(c));
        }
      }
    }
  }

  private void start(boolean array) {
    if (depth == MAX_DEPTH) {
      throw error("the JSON nests deeper than " + MAX_DEPTH + " levels");
    }
    depth++;
    if (depth == arrays.length) {
      int size = Math.min(arrays.length * 2, MAX_DEPTH + 1);
      arrays = Arrays.copyOf(arrays, size);
      names = Arrays.copyOf(names, size);
      indices = Arrays.copyOf(indices, size);
    }
    arrays[depth] = array;
    names[depth] = null;
    indices[depth] = -1;
    state = array ? State.VALUE_OR_END_ARRAY : State.NAME_OR_END_OBJECT;
    tokens.token(array ? JsonToken.START_ARRAY : JsonToken.START_OBJECT);
  }

  private void end(boolean array) {
    names[depth] = null;
    depth--;
    state = depth == 0 ? State.DONE : State.COMMA_OR_END;
    tokens.token(array ? JsonToken.END_ARRAY : JsonToken.END_OBJECT);
  }

  private void startString(boolean isName) {
    name = isName;
    token.setLength(0);
    state = State.STRING;
  }

  private void append(char c) {
    if (token.length() == (name ? MAX_NAME_CHARS : MAX_STRING_CHARS)) {
      throw error(
          (name ? "a property name" : "a string")
              + " in the JSON is longer than "
              + (name ? MAX_NAME_CHARS : MAX_STRING_CHARS)
              + " chars");
    }
    token.append(c);
  }

  private void endString() {
    if (name) {
      text = nameTable.of(token);
      names[depth] = text;
      state = State.COLON;
      tokens.token(JsonToken.FIELD_NAME);
    } else {
      text = null;
      state = State.COMMA_OR_END;
      tokens.token(JsonToken.VALUE_STRING);
    }
  }

  private void escape(char c) {
    state = State.STRING;
    switch (c) {
      case '"', '\\', '/' -> append(c);
      case 'b' -> append('\b');
      case 'f' -> append('\f');
      case 'n' -> append('\n');
      case 'r' -> append('\r');
      case 't' -> append('\t');
      case 'u' -> {
        unicodeDigits = 0;
        unicodeValue = 0;
        state = State.UNICODE;
      }
      default -> throw error("invalid escape: a backslash before " + describe(c) + " in a string");
    }
  }

  private void unicode(char c) {
    int digit =
        c >= '0' && c <= '9'
            ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) {
      throw error("expected a hex digit in a \\u escape, found " + describe(c));
    }
    unicodeValue = unicodeValue << 4 | digit;
    if (++unicodeDigits == 4) {
      state = State.STRING;
      append((char) unicodeValue);
    }
  }

  private void startNumber(char c, NumberState first) {
    token.setLength(0);
    token.append(c);
    number = first;
    fraction = false;
    state = State.NUMBER;
  }

  /** True if {@code c} continues the number; false if the number ended before it. */
  private boolean number(char c) {
    boolean digit = c >= '0' && c <= '9';
    boolean exponent = c == 'e' || c == 'E';
    NumberState next =
        switch (number) {
          case MINUS -> digit ? (c == '0' ? NumberState.ZERO : NumberState.INTEGER) : null;
          case ZERO -> {
            if (digit) {
              throw error("invalid number: a leading zero");
            }
            yield c == '.' ? NumberState.DOT : exponent ? NumberState.E : NumberState.END;
          }
          case INTEGER ->
              digit
                  ? NumberState.INTEGER
                  : c == '.' ? NumberState.DOT : exponent ? NumberState.E : NumberState.END;
          case DOT -> digit ? NumberState.FRACTION : null;
          case FRACTION ->
              digit ? NumberState.FRACTION : exponent ? NumberState.E : NumberState.END;
          case E -> digit ? NumberState.EXPONENT : c == '+' || c == '-' ? NumberState.E_SIGN : null;
          case E_SIGN -> digit ? NumberState.EXPONENT : null;
          case EXPONENT, END -> digit ? NumberState.EXPONENT : NumberState.END;
        };
    if (next == NumberState.END) {
      return false;
    }
    if (next == null) {
      throw error("invalid number: expected a digit, found " + describe(c));
    }
    if (token.length() == MAX_NUMBER_CHARS) {
      throw error("a number in the JSON is longer than " + MAX_NUMBER_CHARS + " chars");
    }
    fraction |= next == NumberState.DOT || next == NumberState.E;
    number = next;
    token.append(c);
    return true;
  }

  private void endNumber() {
    text = null;
    state = State.COMMA_OR_END;
    tokens.token(fraction ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT);
  }

  private SyntaxError error(String problem) {
    return new SyntaxError(offset, problem);
  }

  /** A char for a message: {@code 'x'}, or its code point when it would not show. */
  static String describe(char c) {
    return c < 0x20 || c == 0x7F || Character.isSurrogate(c) || Character.isWhitespace(c)
        ? String.format("U+%04X", (int) c)
        : "'" + c + "'";
  }
}
