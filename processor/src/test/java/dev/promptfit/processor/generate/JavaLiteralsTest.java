package dev.promptfit.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** String literals that mean the same text whatever the source encoding. */
class JavaLiteralsTest {

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertThat(JavaLiterals.string("say \"hi\" \\ now\n\r\t\b\f"))
        .isEqualTo("\"say \\\"hi\\\" \\\\ now\\n\\r\\t\\b\\f\"");
  }

  @Test
  void dollarAndBracesNeedNoEscape() {
    assertThat(JavaLiterals.string("$1 {x} $$")).isEqualTo("\"$1 {x} $$\"");
  }

  @Test
  void everythingOutsidePrintableAsciiBecomesAUnicodeEscape() {
    assertThat(JavaLiterals.string("caf\u00e9 \u2615 \uD83D\uDE00 \u0000 \u007f"))
        .isEqualTo("\"caf\\u00e9 \\u2615 \\ud83d\\ude00 \\u0000 \\u007f\"");
  }

  @Test
  void backslashBeforeUStaysTwoCharacters() {
    // "\\u0041" in Java source must not turn into "A": the backslash is doubled.
    assertThat(JavaLiterals.string("\\u0041")).isEqualTo("\"\\\\u0041\"");
  }
}
