package dev.promptfit.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The useful parts of an error a server sent, whatever its shape: OpenAI's {@code
 * {"error":{"message","type","code","param"}}}, the flat Responses {@code error} event, Ollama's
 * {@code {"error":"text"}}, vLLM's {@code {"detail":...}} or a bare {@code {"message":...}}.
 *
 * @param message the server's message; never null, possibly empty
 * @param code {@code code}, as text even where the server sent a number
 * @param type {@code type}
 * @param param {@code param}
 */
public record ErrorBody(
    String message, @Nullable String code, @Nullable String type, @Nullable String param) {

  /**
   * Reads the error a JSON document describes, or returns null if it describes none. {@code root}
   * is a whole body or an SSE event's data.
   */
  public static @Nullable ErrorBody from(JsonNode root) {
    if (!root.isObject()) {
      return null;
    }
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      return fromObject(error);
    }
    if (error != null && error.isTextual()) {
      return new ErrorBody(error.asText(), null, null, null);
    }
    if ("error".equals(text(root, "type"))) {
      return fromObject(root);
    }
    JsonNode detail = root.get("detail");
    if (detail != null && !detail.isNull()) {
      return new ErrorBody(detail.isTextual() ? detail.asText() : detail.toString(), null, null, null);
    }
    return null;
  }

  /** Reads an error object: {@code {"message","type","code","param"}}. */
  public static ErrorBody fromObject(JsonNode error) {
    String message = text(error, "message");
    return new ErrorBody(
        message == null ? "" : message, text(error, "code"), text(error, "type"), text(error, "param"));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
