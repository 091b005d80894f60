package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict-rule checker that judges generated schemas catches each rule broken. */
class StrictSchemaRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void acceptsAStrictSchema() throws Exception {
    assertThat(
            violations(
                "{'type':'object','properties':{'a':{'type':['string','null'],'format':'date'},"
                    + "'b':{'anyOf':[{'$ref':'#/$defs/B'},{'type':'null'}]},"
                    + "'c':{'type':'array','items':{'$ref':'#'}}},"
                    + "'required':['a','b','c'],'additionalProperties':false,"
                    + "'$defs':{'B':{'type':'string','enum':['X']}}}"))
        .isEmpty();
  }

  @Test
  void rejectsEachBrokenRule() throws Exception {
    assertThat(violations("{'anyOf':[{'type':'string'}]}"))
        .containsAtLeast("#: the root is not {\"type\": \"object\"}", "#: anyOf at the root");
    assertThat(
            violations(
                "{'type':'object','properties':{'a':{'type':'string'}},'required':[]}"))
        .containsExactly(
            "#: additionalProperties is not false", "#: required [] is not every property [a]");
    assertThat(
            violations(
                "{'type':'object','properties':{'a':{'$ref':'#/$defs/X','description':'d'}},"
                    + "'required':['a'],'additionalProperties':false}"))
        .containsExactly(
            "#/properties/a: keyword description is not allowed here",
            "#/properties/a: $ref #/$defs/X resolves to nothing");
    assertThat(
            violations(
                "{'type':'object','properties':{'a':{'type':'string','format':'uri'},"
                    + "'b':{'type':'array','uniqueItems':true,'items':{'type':'integer'}}},"
                    + "'required':['a','b'],'additionalProperties':false}"))
        .containsExactly(
            "#/properties/a: format \"uri\" is not strict mode's",
            "#/properties/b: keyword uniqueItems is not allowed here");
  }

  private static List<String> violations(String json) throws Exception {
    return StrictSchemaRules.violations(JSON.readTree(json.replace('\'', '"')));
  }
}
