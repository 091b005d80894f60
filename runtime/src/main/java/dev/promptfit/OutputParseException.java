package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * The answer of a method with a typed return value did not parse or did not fit the type: it was
 * not JSON, it stopped early, text followed the JSON, or a value had the wrong kind or range. The
 * message says where, in the terms of the return type when a value was wrong:
 *
 * <pre>{@code Extractor.invoice: Invoice.lines[2].quantity: "three" is not an int}</pre>
 *
 * and otherwise with the char offset in the answer and a short excerpt of it. An answer cut short
 * by the output token limit (finish reason {@code length}, Responses {@code max_output_tokens})
 * says so, since a larger limit is then the remedy.
 *
 * <pre><code>
 * try {
 *   Invoice invoice = extractor.invoice(text);
 * } catch (OutputParseException e) {
 *   log.warn("unusable answer: {}\n{}", e.getMessage(), e.rawText());
 * }
 * </code></pre>
 *
 * <p>For {@code Stream<E>} and {@code Flow.Publisher<E>}, which hold bounded memory however long
 * the answer is, {@link #rawText()} is the answer's last 4096 chars when it was longer, and the
 * message then ends with {@code (rawText() holds the last 4096 of N chars)}. Elements that parsed
 * before the failure were delivered first.
 */
public class OutputParseException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  private final String rawText;

  /** A failure described by {@code message} of the answer {@code rawText}. */
  public OutputParseException(String message, String rawText, @Nullable Throwable cause) {
    super(message, cause);
    this.rawText = rawText;
  }

  /** The answer's text as the model wrote it (see above for streams), with the API key removed. */
  public String rawText() {
    return rawText;
  }
}
