package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * A call ran past one of its time limits: connecting, waiting for response headers, a gap between
 * stream events, or the whole-call deadline. The message says which limit and its value.
 *
 * <pre><code>
 * catch (PromptfitTimeoutException e) { log.warn("LLM too slow: {}", e.getMessage()); }
 * </code></pre>
 */
public class PromptfitTimeoutException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  /** A timeout described by {@code message}. */
  public PromptfitTimeoutException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
