package dev.promptfit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.ApiException;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.json.ErrorBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Turns an HTTP error response into the matching {@link ApiException}, with the server's
 * own message whatever shape its body has, and never the API key: the body is redacted before an
 * excerpt of it is cut, so no prefix of the key survives a cut.
 */
public final class ApiErrors {
  private static final int EXCERPT_CHARS = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiErrors() {}

  /**
   * The exception for one failed response.
   *
   * @param body the (bounded) bytes of the error body
   * @param request the request's method and path, for the message ({@code POST /v1/responses})
   * @param hint what to add to the message, or null
   */
  public static ApiException create(
      Failures failures,
      int status,
      byte[] body,
      @Nullable String requestId,
      @Nullable Duration retryAfter,
      String request,
      @Nullable String hint) {
    // The body may have been cut at the read limit, possibly inside an echoed key.
    ErrorBody error = parse(body, failures::redactCut);
    StringBuilder message = new StringBuilder();
    message.append(error.message().isBlank() ? "(no message)" : error.message());
    message.append(" (HTTP ").append(status);
    if (error.code() != null) {
      message.append(", code ").append(error.code());
    }
    if (requestId != null) {
      message.append(", request ").append(requestId);
    }
    message.append(", ").append(request).append(')');
    if (hint != null) {
      message.append("; ").append(hint);
    }
    return failures.api(
        status, message.toString(), error.code(), error.type(), requestId, retryAfter);
  }

  /** The error a body describes; the start of the body as text where it is not JSON. */
  static ErrorBody parse(byte[] body, UnaryOperator<String> redact) {
    String text = redact.apply(new String(body, StandardCharsets.UTF_8));
    String trimmed = text.strip();
    if (trimmed.startsWith("{")) {
      try {
        JsonNode root = JSON.readTree(trimmed);
        ErrorBody error = ErrorBody.from(root);
        if (error != null) {
          return error;
        }
      } catch (IOException notJson) {
        // Fall through to the excerpt: a truncated or broken body still says something useful.
      }
    }
    return new ErrorBody(excerpt(trimmed), null, null, null);
  }

  private static String excerpt(String text) {
    String collapsed = text.replaceAll("\\s+", " ");
    return collapsed.length() <= EXCERPT_CHARS
        ? collapsed
        : collapsed.substring(0, EXCERPT_CHARS) + "... (" + collapsed.length() + " chars)";
  }
}
