package dev.promptfit.internal.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptfit.internal.json.ErrorBody;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads the error an in-stream event carries, in each shape servers send:
 *
 * <ul>
 *   <li>nested, as OpenAI, Groq and OpenRouter send it: {@code {"error":{"message","code",…}}} (a
 *       numeric {@code code} becomes text);
 *   <li>flat, as the Responses spec's {@code error} event has it: {@code
 *       {"type":"error","code","message","param"}} (a {@code type} of {@code "error"} is the event
 *       type, not an error type, so it is dropped);
 *   <li>a bare string: {@code {"error":"text"}}.
 * </ul>
 */
final class ServerErrors {
  private ServerErrors() {}

  /** True if a top-level {@code error} value means the event reports a failure. */
  static boolean isError(JsonNode error) {
    return error.isObject()
        || (error.isTextual() && !error.asText().isEmpty())
        || (error.isBoolean() && error.asBoolean());
  }

  /** The error {@code root} describes, whichever shape it has. */
  static ErrorBody of(JsonNode root) {
    JsonNode nested = root.path("error");
    if (!nested.isMissingNode() && !nested.isNull()) {
      // ErrorBody keeps a message beside a bare error string ({"error":"X","message":"Y"}).
      ErrorBody body = nested.isTextual() ? ErrorBody.from(root) : null;
      return body != null ? body : ofValue(nested);
    }
    ErrorBody flat = ErrorBody.fromObject(root);
    String type = "error".equals(flat.type()) ? null : flat.type();
    return new ErrorBody(flat.message(), flat.code(), type, flat.param());
  }

  /**
   * The error a chunk's top-level {@code error} value describes, with the chunk's top-level {@code
   * message} if it had one, read as {@link #of} reads the whole chunk.
   */
  static ErrorBody ofChunk(JsonNode error, @Nullable JsonNode message) {
    if (message == null) {
      return ofValue(error);
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("error", error);
    root.set("message", message);
    return of(root);
  }

  /** The error a top-level {@code error} value describes. */
  static ErrorBody ofValue(JsonNode error) {
    if (error.isObject()) {
      return ErrorBody.fromObject(error);
    }
    return new ErrorBody(error.isTextual() ? error.asText() : "", null, null, null);
  }
}
