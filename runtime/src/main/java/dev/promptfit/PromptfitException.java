package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * The root of every failure Promptfit reports at run time. Unchecked, so interface methods stay
 * free of {@code throws} clauses.
 *
 * <pre><code>
 * try {
 *   assistant.translate("Hallo", "English");
 * } catch (PromptfitException e) {
 *   log.warn("LLM call failed: {}", e.getMessage());
 * }
 * </code></pre>
 *
 * <p>No message or {@code toString()} of any subclass contains the API key, even when a server
 * echoes it back.
 */
public class PromptfitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public PromptfitException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public PromptfitException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
