package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tokenizer against Jackson's blocking parser, which reads the same text whole: the same tokens
 * and texts for valid JSON, a failure for invalid JSON, at the offset and in the words below. Every
 * case is also fed cut at each point and one char at a time, with the same result.
 */
class JsonLexerTest {
  private static final JsonFactory JACKSON = new JsonFactory();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"a\":[]}",
        " {\n\t\"a\" : [ 1 , -2 , 0 , -0 , 10.5 , 1e3 , 1E+3 , 2.5e-3 , 0.0 , -0.1e-0 ] } ",
        "{\"s\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00 \\ud800 😀 é\"}",
        "{\"t\":true,\"f\":false,\"n\":null,\"o\":{\"p\":{\"q\":[[],[{}]]}}}",
        "{\"\":\"\",\"big\":123456789012345678901234567890,\"long\":-9223372036854775808}",
        "{\"a\":\"}{][,:\"}"
      })
  void validJsonGivesJacksonsTokens(String json) throws IOException {
    List<String> expected = jackson(json);
    assertEquals(expected, lex(List.of(json)));
    for (int at = 0; at <= json.length(); at++) {
      assertEquals(expected, lex(Splits.at(json, at)), "cut at " + at);
    }
    assertEquals(expected, lex(Splits.chars(json)));
  }

  static Stream<Arguments> invalidJson() {
    return Stream.of(
        Arguments.of("{\"a\" 1}", 5, "expected ':' after the property name, found '1'"),
        Arguments.of(
            "{\"a\":1 \"b\":2}", 7, "expected ',' or '}' after a property value, found '\"'"),
        Arguments.of("{\"a\":[1 2]}", 8, "expected ',' or ']' after an array element, found '2'"),
        Arguments.of("{\"a\":[1,]}", 8, "expected a JSON value, found ']'"),
        Arguments.of("{\"a\":1,}", 7, "expected a property name in double quotes, found '}'"),
        Arguments.of("{a:1}", 1, "expected a property name in double quotes, found 'a'"),
        Arguments.of("{'a':1}", 1, "expected a property name in double quotes, found '''"),
        Arguments.of("{\"a\":}", 5, "expected a JSON value, found '}'"),
        Arguments.of("{\"a\":tru}", 8, "expected true"),
        Arguments.of("{\"a\":nul1}", 8, "expected null"),
        Arguments.of("{\"a\":truex}", 9, "expected ',' or '}' after a property value, found 'x'"),
        Arguments.of("{\"a\":NaN}", 5, "expected a JSON value, found 'N'"),
        Arguments.of("{\"a\":01}", 6, "invalid number: a leading zero"),
        Arguments.of("{\"a\":-01}", 7, "invalid number: a leading zero"),
        Arguments.of("{\"a\":-}", 6, "invalid number: expected a digit, found '}'"),
        Arguments.of("{\"a\":1.}", 7, "invalid number: expected a digit, found '}'"),
        Arguments.of("{\"a\":1.e3}", 7, "invalid number: expected a digit, found 'e'"),
        Arguments.of("{\"a\":1e}", 7, "invalid number: expected a digit, found '}'"),
        Arguments.of("{\"a\":1e+}", 8, "invalid number: expected a digit, found '}'"),
        Arguments.of("{\"a\":+1}", 5, "expected a JSON value, found '+'"),
        Arguments.of("{\"a\":.5}", 5, "expected a JSON value, found '.'"),
        Arguments.of("{\"a\":1.5.3}", 8, "expected ',' or '}' after a property value, found '.'"),
        Arguments.of(
            "{\"a\":\"x\ny\"}", 7, "a control character (U+000A) in a string must be escaped"),
        Arguments.of("{\"a\":\"\\x\"}", 7, "invalid escape: a backslash before 'x' in a string"),
        Arguments.of("{\"a\":\"\\u12G4\"}", 10, "expected a hex digit in a \\u escape, found 'G'"),
        Arguments.of("{\"a\":\"\\u０１２３\"}", 8, "expected a hex digit in a \\u escape, found '０'"),
        Arguments.of("{\"a\":1}}", -1, null),
        Arguments.of("{\"a\":[}", 6, "expected a JSON value, found '}'"),
        Arguments.of("{\"a\":{]}", 6, "expected a property name in double quotes, found ']'"),
        Arguments.of("{\"a\":\u00e9}", 5, "expected a JSON value, found 'é'"),
        Arguments.of("{\"a\":\ud800}", 5, "expected a JSON value, found U+D800"),
        Arguments.of(
            "{\"a\":1 /* c */}", 7, "expected ',' or '}' after a property value, found '/'"),
        Arguments.of(
            "{\"a\":" + "[".repeat(1000) + "]", 1004, "the JSON nests deeper than 1000 levels"),
        Arguments.of(
            "{\"a\":1" + "0".repeat(1000) + "}",
            1005,
            "a number in the JSON is longer than 1000 chars"));
  }

  @ParameterizedTest
  @MethodSource("invalidJson")
  void invalidJsonFailsWhereAndAsSaid(String json, long offset, String problem) {
    if (problem == null) {
      return; // text after the root object is the caller's: the lexer stops at the root's end
    }
    assertThrows(JsonProcessingException.class, () -> jackson(json), "Jackson takes " + json);
    List<List<String>> splits = new ArrayList<>();
    splits.add(List.of(json));
    splits.add(Splits.chars(json));
    for (int at = 0; at <= json.length(); at++) {
      splits.add(Splits.at(json, at));
    }
    for (List<String> pieces : splits) {
      JsonLexer.SyntaxError e = assertThrows(JsonLexer.SyntaxError.class, () -> lex(pieces));
      assertEquals(problem, e.getMessage(), "pieces " + pieces);
      assertEquals(offset, e.offset(), "pieces " + pieces);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1}}", "{\"a\":1} x", "{}{}"})
  void theLexerStopsAtTheRootsEnd(String json) {
    JsonLexer lexer = new JsonLexer(token -> {}, 0);
    assertEquals(json.indexOf('}') + 1, lexer.feed(json, 0));
  }

  /** Tokens, with the text of names, strings and numbers, as Jackson reads the whole text. */
  private static List<String> jackson(String json) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (JsonParser parser = JACKSON.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens.add(describe(token, hasText(token) ? parser.getText() : null));
      }
    }
    return tokens;
  }

  private static List<String> lex(List<String> pieces) {
    List<String> tokens = new ArrayList<>();
    JsonLexer[] lexer = new JsonLexer[1];
    lexer[0] =
        new JsonLexer(
            token -> tokens.add(describe(token, hasText(token) ? lexer[0].text() : null)), 0);
    for (String piece : pieces) {
      if (lexer[0].feed(piece, 0) >= 0) {
        break;
      }
    }
    return tokens;
  }

  private static boolean hasText(JsonToken token) {
    return token == JsonToken.FIELD_NAME
        || token == JsonToken.VALUE_STRING
        || token == JsonToken.VALUE_NUMBER_INT
        || token == JsonToken.VALUE_NUMBER_FLOAT;
  }

  private static String describe(JsonToken token, String text) {
    return token + (text == null ? "" : " " + text);
  }
}
