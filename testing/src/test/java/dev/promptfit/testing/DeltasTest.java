package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake tokenizer: deltas that concatenate back to the text, and word counts. */
class DeltasTest {

  @Test
  void wordsKeepTheirLeadingSpaceAndPunctuationStandsAlone() {
    assertEquals(List.of("Hello", " world", "!"), Deltas.split("Hello world!"));
    assertEquals(
        List.of("Hello", "!", " How", " can", " I", " assist", " you", " today", "?"),
        Deltas.split("Hello! How can I assist you today?"));
  }

  @Test
  void everyTextSplitsIntoDeltasThatJoinBackToIt() {
    for (String text :
        List.of("", " ", "a", "  lead", "trail  ", "line\n\nbreak", "x_y 3.14", "😊😊", "é\u0301", "a\tb")) {
      assertEquals(text, String.join("", Deltas.split(text)), text);
    }
    assertEquals(List.of(), Deltas.split(""));
    assertEquals(List.of("trail", "  "), Deltas.split("trail  "));
    assertEquals(List.of("😊", "😊"), Deltas.split("😊😊"));
  }

  @Test
  void jsonDeltasCrossStringDelimitersLikeTheRecordedStructuredOutput() {
    assertEquals(
        List.of("{\"", "city", "\":\"", "San", " Francisco", "\",\"", "temperature", "\":", "61", "}"),
        Deltas.splitJson("{\"city\":\"San Francisco\",\"temperature\":61}"));
    assertEquals(List.of("[", "1", ",", "2", "]"), Deltas.splitJson("[1,2]"));
  }

  @Test
  void everyJsonSplitsIntoDeltasThatJoinBackToIt() {
    for (String json :
        List.of(
            "",
            "{}",
            "{\n  \"a\": [1, 2.5e3],\n  \"b\": null\n}",
            "{\"q\":\"say \\\"hi\\\" {not a brace}\"}",
            "{\"e\":\"😊 你好\"}",
            "{\"cut\":\"unterminat")) {
      List<String> deltas = Deltas.splitJson(json);
      assertEquals(json, String.join("", deltas), json);
      assertTrue(deltas.stream().noneMatch(String::isEmpty), json);
    }
  }

  @Test
  void wordsAreWhitespaceSeparated() {
    assertEquals(0, Deltas.words(null));
    assertEquals(0, Deltas.words("  "));
    assertEquals(3, Deltas.words(" Translate  Hallo\ninto "));
  }
}
