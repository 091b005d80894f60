package dev.promptfit.internal.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.ToolDefinition;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.OutputFormat;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The response format on the wire (FEATURES.md section 1): Responses flat under {@code
 * text.format}, Chat nested under {@code response_format.json_schema}, the schema as JSON (not a
 * string), always strict; {@code json_object} alone; nothing for a request without one. {@code
 * extraBody} wins over each field, and tools with {@code json_schema} turn parallel calls off.
 */
class FormatWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\"}},"
          + "\"required\":[\"value\"],\"additionalProperties\":false}";
  private static final ToolDefinition TOOL =
      new ToolDefinition("look", "Looks.", "{\"type\":\"object\",\"properties\":{}}");

  private static JsonNode body(Api api, LlmRequest request) throws Exception {
    Buffer out = new Buffer();
    Endpoint.of(api).body(request).writeTo(out);
    return JSON.readTree(out.readUtf8());
  }

  private static LlmRequest.Builder request() {
    return LlmRequest.builder("m").item(Message.user("q"));
  }

  @Test
  void responsesJsonSchemaIsFlat() throws Exception {
    JsonNode body =
        body(Api.RESPONSES, request().outputFormat(OutputFormat.jsonSchema("A_b", SCHEMA)).build());

    JsonNode format = body.path("text").path("format");
    assertEquals("json_schema", format.path("type").asText());
    assertEquals("A_b", format.path("name").asText());
    assertEquals(JSON.readTree(SCHEMA), format.path("schema"));
    assertTrue(format.path("strict").booleanValue());
    assertFalse(body.has("response_format"));
    assertFalse(body.has("parallel_tool_calls"));
  }

  @Test
  void chatJsonSchemaIsNested() throws Exception {
    JsonNode body =
        body(
            Api.CHAT_COMPLETIONS,
            request().outputFormat(OutputFormat.jsonSchema("A_b", SCHEMA)).build());

    JsonNode format = body.path("response_format");
    assertEquals("json_schema", format.path("type").asText());
    assertEquals(List.of("type", "json_schema"), fieldNames(format));
    assertEquals("A_b", format.path("json_schema").path("name").asText());
    assertEquals(JSON.readTree(SCHEMA), format.path("json_schema").path("schema"));
    assertTrue(format.path("json_schema").path("strict").booleanValue());
    assertFalse(body.has("text"));
  }

  @Test
  void jsonObjectIsTheTypeAlone() throws Exception {
    LlmRequest request = request().outputFormat(OutputFormat.JSON_OBJECT).build();

    assertEquals(
        JSON.readTree("{\"format\":{\"type\":\"json_object\"}}"),
        body(Api.RESPONSES, request).path("text"));
    assertEquals(
        JSON.readTree("{\"type\":\"json_object\"}"),
        body(Api.CHAT_COMPLETIONS, request).path("response_format"));
  }

  @Test
  void noFormatNoField() throws Exception {
    assertFalse(body(Api.RESPONSES, request().build()).has("text"));
    assertFalse(body(Api.CHAT_COMPLETIONS, request().build()).has("response_format"));
  }

  @Test
  void toolsWithJsonSchemaTurnParallelCallsOff() throws Exception {
    for (Api api : List.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)) {
      JsonNode strict =
          body(
              api,
              request()
                  .tools(List.of(TOOL))
                  .outputFormat(OutputFormat.jsonSchema("A_b", SCHEMA))
                  .build());
      assertFalse(strict.path("parallel_tool_calls").booleanValue(), api.toString());
      assertTrue(strict.has("parallel_tool_calls"), api.toString());

      JsonNode json =
          body(api, request().tools(List.of(TOOL)).outputFormat(OutputFormat.JSON_OBJECT).build());
      assertFalse(json.has("parallel_tool_calls"), api.toString());

      JsonNode chosen =
          body(
              api,
              request()
                  .tools(List.of(TOOL))
                  .outputFormat(OutputFormat.jsonSchema("A_b", SCHEMA))
                  .extraBody(Map.of("parallel_tool_calls", true))
                  .build());
      assertTrue(chosen.path("parallel_tool_calls").booleanValue(), "extraBody wins on " + api);
    }
  }

  @Test
  void extraBodyReplacesTheFormatField() throws Exception {
    Map<String, Object> responsesFormat =
        Map.of("format", Map.of("type", "text"), "verbosity", "low");
    JsonNode responses =
        body(
            Api.RESPONSES,
            request()
                .outputFormat(OutputFormat.jsonSchema("A_b", SCHEMA))
                .extraBody(Map.of("text", responsesFormat))
                .build());
    assertEquals(JSON.valueToTree(responsesFormat), responses.path("text"));

    JsonNode chat =
        body(
            Api.CHAT_COMPLETIONS,
            request()
                .outputFormat(OutputFormat.JSON_OBJECT)
                .extraBody(Map.of("response_format", Map.of("type", "text")))
                .build());
    assertEquals(JSON.readTree("{\"type\":\"text\"}"), chat.path("response_format"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
