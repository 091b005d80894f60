package dev.promptfit.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The constant-naming rule documented on {@code ImplementationWriter}. */
class ConstantNamesTest {

  @Test
  void upperSnakeSplitsWords() {
    assertThat(ConstantNames.upperSnake("translate")).isEqualTo("TRANSLATE");
    assertThat(ConstantNames.upperSnake("askQuestion")).isEqualTo("ASK_QUESTION");
    assertThat(ConstantNames.upperSnake("parseHTMLPage")).isEqualTo("PARSE_HTML_PAGE");
    assertThat(ConstantNames.upperSnake("toURL")).isEqualTo("TO_URL");
    assertThat(ConstantNames.upperSnake("v2Answer")).isEqualTo("V2_ANSWER");
    assertThat(ConstantNames.upperSnake("answer2")).isEqualTo("ANSWER2");
    assertThat(ConstantNames.upperSnake("already_snake")).isEqualTo("ALREADY_SNAKE");
  }

  @Test
  void overloadsAndCollisionsGetSuffixesInDeclarationOrder() {
    assertThat(
            ConstantNames.assign(
                List.of("translate", "ask", "translate", "translate", "translate_2")))
        .containsExactly("TRANSLATE", "ASK", "TRANSLATE_2", "TRANSLATE_3", "TRANSLATE_2_2")
        .inOrder();
    assertThat(ConstantNames.assign(List.of("askQuestion", "ask_question")))
        .containsExactly("ASK_QUESTION", "ASK_QUESTION_2")
        .inOrder();
  }
}
