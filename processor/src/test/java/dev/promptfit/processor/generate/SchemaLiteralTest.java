package dev.promptfit.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A schema's JSON cut into readable literals without changing a character. */
class SchemaLiteralTest {

  @Test
  void piecesJoinBackToTheJsonAndBreakOnlyAfterCommasOutsideStrings() {
    String json =
        "{\"type\":\"object\",\"properties\":{\"a,b\":{\"type\":\"string\"},"
            + "\"c\":{\"type\":\"integer\"}},\"required\":[\"a,b\",\"c\"]}";
    List<String> pieces = SchemaLiteral.split(json, 20);
    assertThat(String.join("", pieces)).isEqualTo(json);
    for (String piece : pieces.subList(0, pieces.size() - 1)) {
      assertThat(piece).endsWith(",");
      assertThat(piece).doesNotMatch("(?s).*\"a,");
    }
    assertThat(pieces.size()).isGreaterThan(2);
  }

  @Test
  void longDescriptionsBreakAfterSpaces() {
    String description = "word ".repeat(40).strip();
    String json = "{\"description\":\"" + description + "\"}";
    List<String> pieces = SchemaLiteral.split(json, 30);
    assertThat(String.join("", pieces)).isEqualTo(json);
    for (String piece : pieces) {
      assertThat(piece.length()).isAtMost(40);
    }
  }

  @Test
  void escapedQuotesDoNotEndAString() {
    String json = "{\"d\":\"say \\\"a, b\\\" now\",\"e\":1}";
    List<String> pieces = SchemaLiteral.split(json, 5);
    assertThat(String.join("", pieces)).isEqualTo(json);
    assertThat(pieces).doesNotContain("{\"d\":\"say \\\"a,");
  }

  @Test
  void constantSizeCountsModifiedUtf8() {
    assertThat(SchemaLiteral.modifiedUtf8Length("ab")).isEqualTo(2);
    assertThat(SchemaLiteral.modifiedUtf8Length("\u00e9")).isEqualTo(2);
    assertThat(SchemaLiteral.modifiedUtf8Length("\u2615")).isEqualTo(3);
    assertThat(SchemaLiteral.modifiedUtf8Length("\u0000")).isEqualTo(2);
    assertThat(SchemaLiteral.modifiedUtf8Length("\uD83D\uDE00")).isEqualTo(6);
  }
}
