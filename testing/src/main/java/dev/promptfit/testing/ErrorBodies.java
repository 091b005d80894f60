package dev.promptfit.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** OpenAI's error object, {@code {"error": {"message", "type", "param", "code"}}}. */
final class ErrorBodies {
  private ErrorBodies() {}

  /** The inner object, keys in the order api.openai.com sends them. */
  static ObjectNode error(String type, @Nullable String code, String message) {
    ObjectNode error = Json.object();
    error.put("message", message);
    error.put("type", type);
    error.putNull("param");
    error.put("code", code);
    return error;
  }

  /** A whole error body. */
  static String body(String type, @Nullable String code, String message) {
    ObjectNode root = Json.object();
    root.set("error", error(type, code, message));
    return Json.write(root);
  }

  /**
   * The {@code type} a status gets when a test gives only a message: what api.openai.com sends
   * for it (429's type names the exhausted limit; {@code requests} is the common one).
   */
  static String typeFor(int status) {
    if (status == 429) {
      return "requests";
    }
    if (status >= 500) {
      return "server_error";
    }
    return "invalid_request_error";
  }

  /** The {@code code} a status gets when a test gives only a message. */
  static @Nullable String codeFor(int status) {
    if (status == 401) {
      return "invalid_api_key";
    }
    if (status == 429) {
      return "rate_limit_exceeded";
    }
    return null;
  }
}
