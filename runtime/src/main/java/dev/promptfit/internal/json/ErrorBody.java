package dev.promptfit.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The useful parts of an error a server sent, whatever its shape: OpenAI's {@code
 * {"error":{"message","type","code","param"}}}, the flat Responses {@code error} event, Ollama's
 * {@code {"error":"text"}}, vLLM's {@code {"detail":...}}, a bare {@code {"message":...}}, and the
 * web frameworks' {@code {"error":"Bad Request","message":"what was wrong"}} (Spring Boot, NestJS,
 * whose {@code message} may be a list). Where a body has both a short {@code error} or {@code
 * detail} and a {@code message} beside it, the message keeps both: {@code Bad Request: what was
 * wrong}.
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
    String beside = messageOf(root.get("message"));
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      ErrorBody inner = fromObject(error);
      return inner.message().isBlank() && beside != null
          ? new ErrorBody(beside, inner.code(), inner.type(), inner.param())
          : inner;
    }
    if (error != null && error.isTextual()) {
      return new ErrorBody(both(error.asText(), beside), null, null, null);
    }
    if ("error".equals(text(root, "type"))) {
      return fromObject(root);
    }
    JsonNode detail = root.get("detail");
    if (detail != null && !detail.isNull()) {
      String said = detail.isTextual() ? detail.asText() : detail.toString();
      return new ErrorBody(both(said, beside), null, null, null);
    }
    return beside == null ? null : new ErrorBody(beside, null, null, null);
  }

  /** Reads an error object: {@code {"message","type","code","param"}}. */
  public static ErrorBody fromObject(JsonNode error) {
    String message = text(error, "message");
    return new ErrorBody(
        message == null ? "" : message, text(error, "code"), text(error, "type"), text(error, "param"));
  }

  /** {@code first: second}, or whichever of them says something if the other does not. */
  private static String both(String first, @Nullable String second) {
    if (second == null || second.isBlank() || second.equals(first)) {
      return first;
    }
    return first.isBlank() ? second : first + ": " + second;
  }

  /** A {@code message} value: text, or a list of texts joined with {@code ; }; null otherwise. */
  private static @Nullable String messageOf(@Nullable JsonNode message) {
    if (message == null) {
      return null;
    }
    if (message.isTextual()) {
      return message.asText();
    }
    if (message.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode part : message) {
        if (part.isTextual()) {
          parts.add(part.asText());
        }
      }
      return parts.isEmpty() ? null : String.join("; ", parts);
    }
    return null;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
