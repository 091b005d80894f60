package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads a {@link TokenTape} token by token, as the readers walk a value. Numbers are read
 * as Jackson's own parser types them, straight from their chars: an integer is an {@code int}, a
 * {@code long} or a {@code BigInteger} by what holds it; a number with a fraction or exponent is
 * parsed only when a reader asks for a {@code double} or a {@code BigDecimal}, so nothing is
 * rounded before the target type is known and a message shows the number as the model wrote it.
 */
final class TapeCursor {
  private static final int LONG_SAFE_DIGITS = 18;

  // Up to 2^53 and 10^22 both are exact doubles, so one division rounds correctly (Clinger).
  private static final long EXACT_MANTISSA = 1L << 53;
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private final TokenTape tape;
  private final NameTable constants = new NameTable();
  private int position;

  TapeCursor(TokenTape tape) {
    this.tape = tape;
  }

  /** Back to the tape's first token. */
  void rewind() {
    position = 0;
  }

  int position() {
    return position;
  }

  /** Back, or forward, to a position {@link #position()} gave. */
  void seek(int position) {
    this.position = position;
  }

  /** The token here, or null past the value's end. */
  @Nullable JsonToken currentToken() {
    return position < tape.size() ? tape.kind(position) : null;
  }

  /** Moves to the next token and returns it, or null past the value's end. */
  @Nullable JsonToken nextToken() {
    if (position < tape.size()) {
      position++;
    }
    return currentToken();
  }

  /** At an object's or array's start, moves to its end; elsewhere stays. */
  void skipChildren() {
    JsonToken token = currentToken();
    if (token == null || !token.isStructStart()) {
      return;
    }
    int depth = 0;
    do {
      token = tape.kind(position);
      depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
    } while (depth > 0 && ++position < tape.size());
  }

  /** The property name of the {@code FIELD_NAME} token here. */
  String currentName() {
    return tape.name(position);
  }

  /** The text of the token here, as JSON would show a name, string, number or literal. */
  String text() {
    JsonToken token = tape.kind(position);
    return switch (token) {
      case FIELD_NAME -> tape.name(position);
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> tape.text(position);
      default -> token.asString();
    };
  }

  /**
   * The string here, as one shared instance per distinct short text ({@link NameTable}): for values
   * from a small set, such as an enum's constants.
   */
  String sharedText() {
    return constants.of(tape.chars(), tape.start(position), tape.end(position));
  }

  /** True if the integer here fits a {@code long}. */
  boolean fitsLong() {
    int start = tape.start(position);
    int end = tape.end(position);
    int digits = end - start - (tape.chars().charAt(start) == '-' ? 1 : 0);
    return digits <= LONG_SAFE_DIGITS || bigIntegerValue().bitLength() < Long.SIZE;
  }

  /** True if the integer here fits an {@code int}. */
  boolean fitsInt() {
    if (!fitsLong()) {
      return false;
    }
    long value = longValue();
    return value == (int) value;
  }

  /** The integer here, which {@link #fitsLong()}. */
  long longValue() {
    CharSequence chars = tape.chars();
    int start = tape.start(position);
    int end = tape.end(position);
    boolean negative = chars.charAt(start) == '-';
    int digits = end - start - (negative ? 1 : 0);
    if (digits > LONG_SAFE_DIGITS) {
      return bigIntegerValue().longValue();
    }
    long value = 0;
    for (int i = negative ? start + 1 : start; i < end; i++) {
      value = value * 10 + (chars.charAt(i) - '0');
    }
    return negative ? -value : value;
  }

  /** The integer here, of any size. */
  BigInteger bigIntegerValue() {
    return new BigInteger(text());
  }

  /** The number here, as {@link Double#parseDouble} reads it. */
  double doubleValue() {
    double exact = exactDouble();
    return Double.isNaN(exact) ? Double.parseDouble(text()) : exact;
  }

  /** The number here, as {@link Float#parseFloat} reads it. */
  float floatValue() {
    return Float.parseFloat(text());
  }

  /** The number here, exactly. */
  BigDecimal decimalValue() {
    return new BigDecimal(text());
  }

  /**
   * The number here when a short decimal without exponent gives it exactly by one division, as most
   * answers' prices and scores do; else NaN, and the caller parses the text.
   */
  private double exactDouble() {
    CharSequence chars = tape.chars();
    int start = tape.start(position);
    int end = tape.end(position);
    boolean negative = chars.charAt(start) == '-';
    long mantissa = 0;
    int fractionDigits = -1;
    for (int i = negative ? start + 1 : start; i < end; i++) {
      char c = chars.charAt(i);
      if (c == '.') {
        fractionDigits = 0;
        continue;
      }
      if (c < '0' || c > '9') {
        return Double.NaN;
      }
      mantissa = mantissa * 10 + (c - '0');
      if (mantissa > EXACT_MANTISSA) {
        return Double.NaN;
      }
      if (fractionDigits >= 0 && ++fractionDigits >= POWERS_OF_TEN.length) {
        return Double.NaN;
      }
    }
    double value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
    return negative ? -value : value;
  }
}
