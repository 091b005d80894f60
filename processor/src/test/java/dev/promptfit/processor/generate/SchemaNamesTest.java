package dev.promptfit.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema names the services accept: {@code [a-zA-Z0-9_-]{1,64}}, unique per interface. */
class SchemaNamesTest {

  @Test
  void interfaceAndMethodJoinedWithUnderscore() {
    assertThat(SchemaNames.assign("Extractor", List.of("invoice", "people")))
        .containsExactly("Extractor_invoice", "Extractor_people")
        .inOrder();
    assertThat(SchemaNames.assign("Outer.Inner", List.of("ask")))
        .containsExactly("Outer_Inner_ask");
  }

  @Test
  void overloadsAndCollisionsGetNumbered() {
    assertThat(SchemaNames.assign("A", List.of("x", "x", "x")))
        .containsExactly("A_x", "A_x_2", "A_x_3")
        .inOrder();
    // "A_x_2" as a method name would collide with the second x: it gets the next free number.
    assertThat(SchemaNames.assign("A", List.of("x", "x", "x_2")))
        .containsExactly("A_x", "A_x_2", "A_x_2_2")
        .inOrder();
  }

  @Test
  void charactersOutsideTheAllowedSetBecomeUnderscores() {
    assertThat(SchemaNames.assign("Caf\u00e9", List.of("r\u00e9sum\u00e9$1")))
        .containsExactly("Caf__r_sum__1");
  }

  @Test
  void longNamesAreShortenedWithAHashAndStayUnique() {
    String longMethod = "m".repeat(80);
    List<String> names = SchemaNames.assign("Extractor", List.of(longMethod, longMethod));
    assertThat(names.get(0)).hasLength(64);
    assertThat(names.get(0)).matches("Extractor_m{45}_[0-9a-f]{8}");
    assertThat(names.get(1)).hasLength(64);
    assertThat(names.get(1)).endsWith("_2");
    assertThat(names.get(1)).isNotEqualTo(names.get(0));
    // Deterministic: the same input always gives the same names.
    assertThat(SchemaNames.assign("Extractor", List.of(longMethod, longMethod)))
        .isEqualTo(names);
  }

  @Test
  void twoLongNamesThatDifferOnlyAtTheEndDiffer() {
    String common = "n".repeat(70);
    List<String> names = SchemaNames.assign("E", List.of(common + "a", common + "b"));
    assertThat(names.get(0)).isNotEqualTo(names.get(1));
    assertThat(names.get(0)).doesNotContain("_2");
  }
}
