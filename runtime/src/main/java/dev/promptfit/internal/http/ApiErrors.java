package dev.promptfit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.ApiException;
import dev.promptfit.AuthenticationException;
import dev.promptfit.BadRequestException;
import dev.promptfit.NotFoundException;
import dev.promptfit.PermissionDeniedException;
import dev.promptfit.RateLimitException;
import dev.promptfit.ServerException;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.json.ErrorBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Turns an HTTP error response into the matching {@link ApiException}, with the server's
 * own message whatever shape its body has, and never the API key.
 */
public final class ApiErrors {
  private static final int EXCERPT_CHARS = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiErrors() {}

  /**
   * The exception for one failed response.
   *
   * @param body the (bounded) bytes of the error body
   * @param path the request path, for the message
   */
  public static ApiException create(
      CallSpec spec,
      int status,
      byte[] body,
      @Nullable String requestId,
      @Nullable Duration retryAfter,
      String path,
      Redactor redactor) {
    ErrorBody error = parse(body);
    StringBuilder message = new StringBuilder(spec.method()).append(": ");
    String serverMessage = error.message().isBlank() ? "(no message)" : error.message();
    message.append(redactor.redact(serverMessage));
    message.append(" (HTTP ").append(status);
    if (error.code() != null) {
      message.append(", code ").append(redactor.redact(error.code()));
    }
    if (requestId != null) {
      message.append(", request ").append(requestId);
    }
    message.append(", POST ").append(path).append(')');
    if (status == 404 && spec.api() == Api.RESPONSES) {
      message.append(
          "; servers without the Responses API (vLLM, Ollama, llama.cpp) need"
              + " Promptfit.builder().defaultApi(Api.CHAT_COMPLETIONS)");
    }
    String text = message.toString();
    String code = error.code() == null ? null : redactor.redact(error.code());
    String type = error.type() == null ? null : redactor.redact(error.type());
    return switch (status) {
      case 400 -> new BadRequestException(status, text, code, type, requestId);
      case 401 -> new AuthenticationException(status, text, code, type, requestId);
      case 403 -> new PermissionDeniedException(status, text, code, type, requestId);
      case 404 -> new NotFoundException(status, text, code, type, requestId);
      case 429 -> new RateLimitException(status, text, code, type, requestId, retryAfter);
      default ->
          status >= 500
              ? new ServerException(status, text, code, type, requestId)
              : new ApiException(status, text, code, type, requestId);
    };
  }

  /** The error a body describes; the start of the body as text where it is not JSON. */
  static ErrorBody parse(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    String trimmed = text.strip();
    if (trimmed.startsWith("{")) {
      try {
        JsonNode root = JSON.readTree(trimmed);
        ErrorBody error = ErrorBody.from(root);
        if (error != null) {
          return error;
        }
        JsonNode message = root.get("message");
        if (message != null && message.isTextual()) {
          return new ErrorBody(message.asText(), null, null, null);
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
