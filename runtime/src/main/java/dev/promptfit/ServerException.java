package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * The service failed (HTTP 500 or above), including HTML error pages from proxies.
 *
 * <pre><code>
 * catch (ServerException e) { log.warn("{} (request {})", e.getMessage(), e.requestId().orElse("-")); }
 * </code></pre>
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException}. */
  public ServerException(
      int statusCode,
      String message,
      @Nullable String errorCode,
      @Nullable String errorType,
      @Nullable String requestId) {
    super(statusCode, message, errorCode, errorType, requestId);
  }
}
