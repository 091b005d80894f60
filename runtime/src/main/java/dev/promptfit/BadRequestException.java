package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * The request was rejected as malformed (HTTP 400), e.g. an unknown model parameter.
 *
 * <pre><code>
 * catch (BadRequestException e) { log.warn("{} (request {})", e.getMessage(), e.requestId().orElse("-")); }
 * </code></pre>
 */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException}. */
  public BadRequestException(
      int statusCode,
      String message,
      @Nullable String errorCode,
      @Nullable String errorType,
      @Nullable String requestId) {
    super(statusCode, message, errorCode, errorType, requestId);
  }
}
