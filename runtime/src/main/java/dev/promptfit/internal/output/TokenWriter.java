package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Not API. Writes a {@link JsonLexer} token into a Jackson {@link TokenBuffer}, typed as Jackson's
 * own parser would type it, so that the buffer reads back as Jackson reads the text: an integer as
 * the smallest of int, long and BigInteger that holds it, a number with a fraction or exponent as
 * its text, parsed only when a reader asks for a double or a BigDecimal (so nothing is rounded
 * before the target type is known, and a message shows the number as the model wrote it).
 */
final class TokenWriter {
  private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

  private TokenWriter() {}

  /** Writes {@code token}; {@code text} is a name's, string's or number's text. */
  static void write(TokenBuffer out, JsonToken token, String text) throws IOException {
    switch (token) {
      case START_OBJECT -> out.writeStartObject();
      case END_OBJECT -> out.writeEndObject();
      case START_ARRAY -> out.writeStartArray();
      case END_ARRAY -> out.writeEndArray();
      case FIELD_NAME -> out.writeFieldName(text);
      case VALUE_STRING -> out.writeString(text);
      case VALUE_NUMBER_INT -> writeInteger(out, text);
      case VALUE_NUMBER_FLOAT -> out.writeNumber(text);
      case VALUE_TRUE -> out.writeBoolean(true);
      case VALUE_FALSE -> out.writeBoolean(false);
      case VALUE_NULL -> out.writeNull();
      default -> throw new IllegalArgumentException("not a token of JSON text: " + token);
    }
  }

  private static void writeInteger(TokenBuffer out, String digits) throws IOException {
    int length = digits.length() - (digits.charAt(0) == '-' ? 1 : 0);
    if (length <= 18) {
      long value = Long.parseLong(digits);
      if (value == (int) value) {
        out.writeNumber((int) value);
      } else {
        out.writeNumber(value);
      }
      return;
    }
    BigInteger value = new BigInteger(digits);
    if (value.compareTo(MIN_LONG) >= 0 && value.compareTo(MAX_LONG) <= 0) {
      out.writeNumber(value.longValue());
    } else {
      out.writeNumber(value);
    }
  }
}
