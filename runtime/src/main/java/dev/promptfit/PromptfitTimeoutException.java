package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * A call ran past one of its time limits: connecting ({@code connectTimeout}), waiting for
 * response headers ({@code headersTimeout}), a silence between stream events ({@code
 * timeout}), or the whole-call deadline ({@code callTimeout}, {@code CallOptions.timeout}). The
 * message names the limit, its value and the builder option that raises it. A stream that timed
 * out after some text keeps it in {@link #partialText()}.
 *
 * <pre><code>
 * try (Stream&lt;String&gt; deltas = assistant.ask(question)) {
 *   deltas.forEach(System.out::print);
 * } catch (PromptfitTimeoutException e) {
 *   log.warn("LLM too slow ({}); got {} chars", e.getMessage(), e.partialText().length());
 * }
 * </code></pre>
 */
public class PromptfitTimeoutException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  private final String partialText;

  /** A timeout described by {@code message}, before any text arrived. */
  public PromptfitTimeoutException(String message, @Nullable Throwable cause) {
    this(message, "", cause);
  }

  /** A timeout described by {@code message}, after {@code partialText} arrived. */
  public PromptfitTimeoutException(String message, String partialText, @Nullable Throwable cause) {
    super(message, cause);
    this.partialText = partialText;
  }

  /** The text received before the time limit passed; empty if none. */
  public String partialText() {
    return partialText;
  }
}
