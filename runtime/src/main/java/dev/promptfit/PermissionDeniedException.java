package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * The key may not use this model or endpoint (HTTP 403).
 *
 * <pre><code>
 * catch (PermissionDeniedException e) { log.warn("{} (request {})", e.getMessage(), e.requestId().orElse("-")); }
 * </code></pre>
 */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException}. */
  public PermissionDeniedException(
      int statusCode,
      String message,
      @Nullable String errorCode,
      @Nullable String errorType,
      @Nullable String requestId) {
    super(statusCode, message, errorCode, errorType, requestId);
  }
}
