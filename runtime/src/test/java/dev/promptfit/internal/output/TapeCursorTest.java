package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers read from the tape's chars agree with the JDK's parsers of their text, the short-decimal
 * shortcut for doubles included, and names and constants recur as one instance.
 */
class TapeCursorTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "7",
        "-7",
        "2147483647",
        "2147483648",
        "-2147483648",
        "-2147483649",
        "999999999999999999",
        "-999999999999999999",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "123456789012345678901234567890"
      })
  void integersAreTypedByWhatHoldsThem(String digits) {
    TapeCursor cursor = cursorOver("{\"n\":" + digits + "}", 2);
    BigInteger exact = new BigInteger(digits);
    boolean fitsLong = exact.bitLength() < 64;
    assertEquals(JsonToken.VALUE_NUMBER_INT, cursor.currentToken());
    assertEquals(fitsLong, cursor.fitsLong(), digits);
    assertEquals(fitsLong && exact.bitLength() < 32, cursor.fitsInt(), digits);
    if (fitsLong) {
      assertEquals(exact.longValue(), cursor.longValue(), digits);
    }
    assertEquals(exact, cursor.bigIntegerValue());
    assertEquals(Double.parseDouble(digits), cursor.doubleValue());
    assertEquals(new BigDecimal(digits), cursor.decimalValue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0",
        "-0.0",
        "0.1",
        "-0.1",
        "19.99",
        "0.30000000000000004",
        "1e3",
        "1E+3",
        "2.5e-3",
        "9007199254740993.0",
        "9007199254740992.5",
        "0.0000000000000000000001",
        "0.00000000000000000000001",
        "123456789.123456789",
        "1e400",
        "-1e400",
        "4.9e-324",
        "1.7976931348623157e308",
        "3.4028236e38"
      })
  void fractionsReadAsTheJdkReadsThem(String text) {
    TapeCursor cursor = cursorOver("{\"n\":" + text + "}", 2);
    assertEquals(JsonToken.VALUE_NUMBER_FLOAT, cursor.currentToken());
    assertEquals(Double.parseDouble(text), cursor.doubleValue(), text);
    assertEquals(Float.parseFloat(text), cursor.floatValue(), text);
    assertEquals(text, cursor.text());
  }

  @Test
  void shortDecimalsReadExactlyAsParseDouble() {
    SplittableRandom random = new SplittableRandom(42);
    StringBuilder json = new StringBuilder("{\"n\":[");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String whole = Long.toString(random.nextLong(1L, 1L << random.nextInt(1, 54)));
      int point = random.nextInt(1, whole.length() + 1);
      String text =
          (random.nextBoolean() ? "-" : "")
              + (point == whole.length()
                  ? "0." + whole
                  : whole.substring(0, point) + "." + whole.substring(point));
      texts.add(text);
      json.append(i == 0 ? "" : ",").append(text);
    }
    TapeCursor cursor = cursorOver(json.append("]}").toString(), 2);
    for (String text : texts) {
      cursor.nextToken();
      assertEquals(Double.parseDouble(text), cursor.doubleValue(), text);
    }
  }

  @Test
  void namesAndConstantsRecurAsOneInstance() {
    TapeCursor cursor =
        cursorOver("{\"a\":[{\"category\":\"GARDEN\"},{\"category\":\"GARDEN\"}]}", 4);
    String name = cursor.currentName();
    cursor.nextToken();
    String constant = cursor.sharedText();
    assertNotSame(cursor.text(), cursor.text());
    cursor.seek(8);
    assertEquals("category", name);
    assertSame(name, cursor.currentName());
    cursor.nextToken();
    assertEquals("GARDEN", constant);
    assertSame(constant, cursor.sharedText());
  }

  @Test
  void aFullNameTableStillGivesTheRightStrings() {
    NameTable table = new NameTable();
    for (int i = 0; i < 1000; i++) {
      assertEquals("name" + i, table.of(new StringBuilder("name").append(i)));
    }
    String longName = "x".repeat(100);
    assertEquals(longName, table.of(new StringBuilder(longName)));
    assertEquals("ab", table.of("-ab-", 1, 3));
  }

  @Test
  void skipChildrenMovesToTheEndOfTheValue() {
    TapeCursor cursor = cursorOver("{\"a\":{\"b\":[1,{\"c\":2}]},\"d\":3}", 2);
    assertEquals(JsonToken.START_OBJECT, cursor.currentToken());
    cursor.skipChildren();
    assertEquals(JsonToken.END_OBJECT, cursor.currentToken());
    assertEquals(JsonToken.FIELD_NAME, cursor.nextToken());
    assertEquals("d", cursor.currentName());
  }

  /** A cursor over the tokens of {@code json}, standing on token {@code at} (0 the first). */
  private static TapeCursor cursorOver(String json, int at) {
    TokenTape tape = new TokenTape();
    record(tape, json);
    TapeCursor cursor = new TapeCursor(tape);
    cursor.seek(at);
    return cursor;
  }

  private static void record(TokenTape tape, String json) {
    JsonLexer[] lexer = new JsonLexer[1];
    lexer[0] = new JsonLexer(token -> tape.add(token, lexer[0]), 0);
    lexer[0].feed(json, 0);
  }
}
