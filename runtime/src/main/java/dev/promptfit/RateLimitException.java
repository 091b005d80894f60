package dev.promptfit;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Too many requests or tokens (HTTP 429), raised once the retries are spent or when the server
 * asks for a longer wait than the client will make.
 *
 * <pre><code>
 * catch (RateLimitException e) {
 *   Duration wait = e.retryAfter().orElse(Duration.ofSeconds(30));
 * }
 * </code></pre>
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /** See {@link ApiException#ApiException}; {@code retryAfter} is the server's requested wait. */
  public RateLimitException(
      int statusCode,
      String message,
      @Nullable String errorCode,
      @Nullable String errorType,
      @Nullable String requestId,
      @Nullable Duration retryAfter) {
    super(statusCode, message, errorCode, errorType, requestId);
    this.retryAfter = retryAfter;
  }

  /** The wait the server asked for ({@code retry-after-ms} or {@code retry-after}), if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
