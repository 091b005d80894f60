package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.OutputParseException;
import dev.promptfit.RefusalException;
import dev.promptfit.internal.http.Redactor;
import dev.promptfit.internal.output.Answers.Person;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The API key never reaches a failure, even when the answer holds it: not in the message, the
 * excerpts in it, the raw text or a refusal, and not in part where an excerpt or the raw text's
 * start would cut it.
 */
class OutputRedactionTest {
  private static final String KEY = key();
  private static final UnaryOperator<String> REDACT = new Redactor(KEY)::redact;

  private static String key() {
    Random random = new Random(1);
    StringBuilder key = new StringBuilder("sk-proj-");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 120; i++) {
      key.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return key.toString();
  }

  /** No 8 chars in a row of the key, so no usable part of it. */
  private static void assertNoPartOfTheKey(String text) {
    for (int i = 0; i + 8 <= KEY.length(); i++) {
      assertFalse(text.contains(KEY.substring(i, i + 8)), () -> "part of the key in: " + text);
    }
  }

  private static OutputParseException failure(OutputMode mode, String answer, String finishReason) {
    OutputParseException e =
        assertThrows(
            OutputParseException.class,
            () ->
                TypedOutput.of("Extractor.person", Person.class)
                    .read(answer, finishReason, mode, REDACT));
    assertNoPartOfTheKey(e.getMessage());
    assertNoPartOfTheKey(e.rawText());
    assertTrue(e.getMessage().startsWith("Extractor.person: "), e.getMessage());
    return e;
  }

  @Test
  void aKeyInTheAnswerIsMaskedInTheMessageAndTheRawText() {
    OutputParseException e =
        failure(OutputMode.STRICT, "{\"name\":\"" + KEY + "\",\"age\":\"" + KEY + "\"}", null);
    assertEquals(
        "Extractor.person: Answers.Person.age: \"[redacted]\" is not an int", e.getMessage());
    assertEquals("{\"name\":\"[redacted]\",\"age\":\"[redacted]\"}", e.rawText());
  }

  @Test
  void aKeyThatAnExcerptWouldCutIsMaskedFirst() {
    for (int pad = 0; pad < 60; pad++) {
      String before = "{\"name\":\"" + "a".repeat(pad) + KEY;
      failure(OutputMode.STRICT, before + "\" x}", null); // syntax error: text before it
      failure(OutputMode.STRICT, before, "length"); // cut off: the answer's end
      failure(OutputMode.STRICT, "{\"name\":\"a\",\"age\":1} " + "b".repeat(pad) + KEY, null);
      failure(OutputMode.STRICT, "c".repeat(pad) + KEY + "{}", null); // not JSON: text after
      failure(OutputMode.TOLERANT, "d".repeat(pad) + KEY, null);
    }
  }

  @Test
  void keysInPropertyNamesAndTokensAreMasked() {
    OutputParseException e = failure(OutputMode.STRICT, "{\"" + KEY + "\":1}", null);
    assertEquals(
        "Extractor.person: Answers.Person[\"[redacted]\"]: unknown property; Answers.Person has"
            + " name, age",
        e.getMessage());
    e = failure(OutputMode.STRICT, "{\"name\":" + KEY + "}", null);
    assertEquals(
        "Extractor.person: invalid JSON at char 8, after \"{\\\"name\\\":\": expected a JSON value,"
            + " found 's'",
        e.getMessage());
  }

  @Test
  void aStreamedRawTextDoesNotStartInsideAKey() {
    for (int shift = 0; shift < KEY.length() + 10; shift += 7) {
      ElementParser parser =
          TypedOutput.ofElements("Extractor.people", Person.class)
              .elements(OutputMode.STRICT, REDACT, person -> {});
      parser.feed("{\"items\":[");
      for (int i = 0; i < 200; i++) {
        parser.feed("{\"name\":\"" + "x".repeat(30) + "\",\"age\":1},");
      }
      String last =
          "{\"name\":\"" + KEY + "y".repeat(4096 - KEY.length() - 13 + shift) + "\",\"age\":\"z\"}";
      OutputParseException e = assertThrows(OutputParseException.class, () -> parser.feed(last));
      assertNoPartOfTheKey(e.rawText());
      assertNoPartOfTheKey(e.getMessage());
      assertTrue(e.rawText().length() <= 4096, "raw text of " + e.rawText().length());
    }
  }

  @Test
  void aRefusalIsMasked() {
    RefusalException e =
        TypedOutput.of("Extractor.person", Person.class)
            .refusal("I won't use " + KEY + " for that.", REDACT);
    assertEquals("I won't use [redacted] for that.", e.refusal());
    assertEquals(
        "Extractor.person: the model refused to answer: \"I won't use [redacted] for that.\"",
        e.getMessage());
  }
}
