package dev.promptfit.processor.schema;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Descriptions from doc comments as javac hands them over (leading stars already gone). */
class JavadocTest {

  @Test
  void firstSentenceEndsAtAPeriodFollowedBySpace() {
    assertThat(Javadoc.firstSentence(" An invoice as printed. The seller issues it.\n"))
        .hasValue("An invoice as printed.");
    assertThat(Javadoc.firstSentence(" Version 1.2 of the format.")).hasValue(
        "Version 1.2 of the format.");
    assertThat(Javadoc.firstSentence(" No period at all ")).hasValue("No period at all");
    assertThat(Javadoc.firstSentence("\n  \n")).isEmpty();
  }

  @Test
  void blockTagsEndTheMainTextEvenMidLine() {
    assertThat(Javadoc.firstSentence(" An invoice as printed @param vendor the seller"))
        .hasValue("An invoice as printed");
    assertThat(Javadoc.params(" An invoice. @param vendor the seller's legal name "))
        .containsExactly("vendor", "the seller's legal name");
  }

  @Test
  void paramsSpanLinesAndSkipTypeParameters() {
    Map<String, String> params =
        Javadoc.params(
            " A page.\n\n @param <T> the element\n @param items what is\n     on it\n"
                + " @param total how many in all\n @return nothing\n");
    assertThat(params).containsExactly("items", "what is on it", "total", "how many in all")
        .inOrder();
  }

  @Test
  void inlineTagsBecomeTheirTextAndHtmlIsDropped() {
    assertThat(
            Javadoc.clean(
                "Uses {@code Map<K, V>} and {@link Line#price the price}, {@link Line#item},"
                    + " {@linkplain #total}, <b>bold</b> &amp; &lt;angle&gt; {@literal {x}}"))
        .isEqualTo("Uses Map<K, V> and the price, Line.item, total, bold & <angle> {x}");
  }

  @Test
  void anAtSignInsideWordsOrInlineTagsIsNoBlockTag() {
    assertThat(Javadoc.firstSentence(" Mail me@example.com or {@code @Override} it."))
        .hasValue("Mail me@example.com or @Override it.");
  }
}
