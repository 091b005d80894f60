package dev.promptfit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ResponseReader} reads a Response object in one streaming pass; here it is held to a plain
 * tree reading (the rules it replaced) on ordinary and odd shapes.
 */
class ResponseReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ResponseSummary read(String json, boolean wantText) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try (JsonParser parser = EventJson.parser(bytes, bytes.length)) {
      parser.nextToken();
      return ResponseReader.read(parser, wantText, wantText);
    }
  }

  /** The same summary, from a tree, as the decoders computed it before. */
  static ResponseSummary tree(String json) throws IOException {
    JsonNode response = JSON.readTree(json);
    boolean toolCall = false;
    for (JsonNode item : response.path("output")) {
      String type = item.path("type").asText();
      toolCall |= type.equals("function_call") || type.equals("custom_tool_call");
    }
    return new ResponseSummary(
        text(response.path("id")),
        text(response.path("model")),
        text(response.path("status")),
        Usages.responses(response.path("usage")),
        response.path("error"),
        response.path("incomplete_details"),
        toolCall,
        join(response, "output_text", "text"),
        join(response, "refusal", "refusal"));
  }

  private static String join(JsonNode response, String contentType, String field) {
    StringBuilder text = new StringBuilder();
    for (JsonNode item : response.path("output")) {
      if (!"message".equals(item.path("type").asText())) {
        continue;
      }
      for (JsonNode part : item.path("content")) {
        JsonNode value = part.path(field);
        if (contentType.equals(part.path("type").asText()) && value.isTextual()) {
          text.append(value.asText());
        }
      }
    }
    return text.toString();
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : "";
  }

  @Test
  void agreesWithATreeReading() throws IOException {
    List<String> responses =
        List.of(
            "{}",
            "{\"id\":\"r\",\"model\":\"m\",\"status\":\"completed\",\"output\":[]}",
            "{\"id\":5,\"model\":null,\"status\":{\"x\":1},\"output\":{}}",
            "{\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"a\"},"
                + "{\"type\":\"refusal\",\"refusal\":\"no\"},{\"type\":\"output_text\",\"text\":\"b\"}]},"
                + "{\"type\":\"function_call\",\"arguments\":\"{}\"},"
                + "{\"type\":\"message\",\"content\":[{\"text\":\"c\",\"type\":\"output_text\"}]}]}",
            "{\"output\":[{\"content\":[{\"type\":\"output_text\",\"text\":\"late type\"}],"
                + "\"type\":\"message\"}]}",
            "{\"output\":{\"first\":{\"type\":\"message\",\"content\":{\"p\":{\"type\":\"output_text\","
                + "\"text\":\"object-shaped\"}}}}}",
            "{\"output\":[1,\"s\",null,[],{\"type\":\"custom_tool_call\"}]}",
            "{\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":5},"
                + "{\"type\":\"output_text\",\"text\":\"x\",\"text\":\"last wins\"}]}]}",
            "{\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"dropped\"}],"
                + "\"content\":[{\"type\":\"output_text\",\"text\":\"kept\"}]}]}",
            "{\"output\":[{\"type\":\"function_call\"}],\"output\":[{\"type\":\"message\",\"content\":[]}]}",
            "{\"output\":[{\"type\":\"message\",\"type\":5,\"content\":[{\"type\":\"output_text\","
                + "\"text\":\"not a message\"}]}]}",
            "{\"usage\":{\"input_tokens\":1,\"output_tokens\":2,\"total_tokens\":3,"
                + "\"input_tokens_details\":{\"cached_tokens\":1},"
                + "\"output_tokens_details\":{\"reasoning_tokens\":1}},\"error\":{\"message\":\"e\"},"
                + "\"incomplete_details\":{\"reason\":\"max_output_tokens\"}}",
            "{\"usage\":null,\"error\":null,\"incomplete_details\":null}");
    for (String response : responses) {
      ResponseSummary expected = tree(response);
      ResponseSummary actual = read(response, true);
      assertEquals(expected.id(), actual.id(), response);
      assertEquals(expected.model(), actual.model(), response);
      assertEquals(expected.status(), actual.status(), response);
      assertEquals(expected.usage(), actual.usage(), response);
      assertEquals(expected.toolCall(), actual.toolCall(), response);
      assertEquals(expected.text(), actual.text(), response);
      assertEquals(expected.refusal(), actual.refusal(), response);
      assertEquals(expected.error().isObject(), actual.error().isObject(), response);
      assertEquals(
          expected.incompleteDetails().path("reason").asText(),
          actual.incompleteDetails().path("reason").asText(),
          response);
    }
  }

  @Test
  void textsAreSkippedUnlessAskedFor() throws IOException {
    String response =
        "{\"id\":\"r\",\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\","
            + "\"text\":\"long\"},{\"type\":\"refusal\",\"refusal\":\"no\"}]},{\"type\":\"function_call\"}]}";
    ResponseSummary summary = read(response, false);
    assertEquals("", summary.text());
    assertEquals("", summary.refusal());
    assertEquals(true, summary.toolCall());
    assertEquals("r", summary.id());
  }
}
