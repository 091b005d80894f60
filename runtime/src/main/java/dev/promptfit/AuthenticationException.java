package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * The API key was missing, wrong or revoked (HTTP 401).
 *
 * <pre><code>
 * catch (AuthenticationException e) { log.warn("{} (request {})", e.getMessage(), e.requestId().orElse("-")); }
 * </code></pre>
 */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException}. */
  public AuthenticationException(
      int statusCode,
      String message,
      @Nullable String errorCode,
      @Nullable String errorType,
      @Nullable String requestId) {
    super(statusCode, message, errorCode, errorType, requestId);
  }
}
