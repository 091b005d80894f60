package dev.promptfit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service answered with an HTTP error status. The message is the server's own ({@code
 * error.message} of an OpenAI-style body, or the start of any other body), followed by the status
 * and the request id. Subclasses name the common statuses.
 *
 * <pre><code>
 * try {
 *   assistant.translate(text, "French");
 * } catch (RateLimitException e) {
 *   e.retryAfter().ifPresent(wait -&gt; scheduler.retryIn(wait));
 * } catch (ApiException e) {
 *   log.warn("HTTP {} ({}): {}", e.statusCode(), e.errorCode().orElse("-"), e.getMessage());
 * }
 * </code></pre>
 */
public class ApiException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String errorType;
  private final @Nullable String requestId;

  /** An HTTP failure; the optional parts may be null where the server sent none. */
  public ApiException(
      int statusCode,
      String message,
      @Nullable String errorCode,
      @Nullable String errorType,
      @Nullable String requestId) {
    super(message);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.errorType = errorType;
    this.requestId = requestId;
  }

  /** The HTTP status, e.g. 400. */
  public int statusCode() {
    return statusCode;
  }

  /** {@code error.code} of the body, e.g. {@code invalid_api_key}. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** {@code error.type} of the body, e.g. {@code invalid_request_error}. */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /** The {@code x-request-id} response header, to quote to the provider's support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
