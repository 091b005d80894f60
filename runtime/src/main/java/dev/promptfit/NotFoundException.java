package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * The model or endpoint does not exist (HTTP 404). A server without {@code /responses}, such as vLLM or Ollama, answers this: set {@code defaultApi(Api.CHAT_COMPLETIONS)}.
 *
 * <pre><code>
 * catch (NotFoundException e) { log.warn("{} (request {})", e.getMessage(), e.requestId().orElse("-")); }
 * </code></pre>
 */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException}. */
  public NotFoundException(
      int statusCode,
      String message,
      @Nullable String errorCode,
      @Nullable String errorType,
      @Nullable String requestId) {
    super(statusCode, message, errorCode, errorType, requestId);
  }
}
