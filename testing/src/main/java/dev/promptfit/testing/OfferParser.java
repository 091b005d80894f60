package dev.promptfit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a request offers the model besides its conversation: the tools and the response
 * format, from the Responses shapes (flat) or the Chat shapes (nested).
 */
final class OfferParser {
  private OfferParser() {}

  static List<RecordedTool> tools(JsonNode tools, boolean chat) {
    List<RecordedTool> result = new ArrayList<>();
    for (JsonNode tool : tools) {
      String type = Json.text(tool, "type");
      JsonNode function = chat && tool.has("function") ? tool.get("function") : tool;
      result.add(
          new RecordedTool(
              type == null ? "function" : type,
              Json.text(function, "name"),
              Json.text(function, "description"),
              jsonOrNull(function.get("parameters")),
              flag(function.get("strict"))));
    }
    return List.copyOf(result);
  }

  /** Responses {@code text.format} or Chat {@code response_format}; null when not sent. */
  static @Nullable RecordedResponseFormat responseFormat(JsonNode body, boolean chat) {
    JsonNode format = chat ? body.path("response_format") : body.path("text").path("format");
    if (!format.isObject()) {
      return null;
    }
    String type = Json.text(format, "type");
    JsonNode schema = chat ? format.path("json_schema") : format;
    return new RecordedResponseFormat(
        type == null ? "" : type,
        Json.text(schema, "name"),
        jsonOrNull(schema.get("schema")),
        flag(schema.get("strict")),
        Json.text(schema, "description"));
  }

  private static @Nullable String jsonOrNull(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : Json.write(node);
  }

  private static @Nullable Boolean flag(@Nullable JsonNode node) {
    return node != null && node.isBoolean() ? node.booleanValue() : null;
  }
}
