package dev.promptfit;

/**
 * The model refused to answer a method with a typed return value: it sent a refusal instead of the
 * JSON the type needs. Methods that return text deliver a refusal as their text instead.
 *
 * <pre><code>
 * try {
 *   Invoice invoice = extractor.invoice(text);
 * } catch (RefusalException e) {
 *   ui.showNotice("The model declined: " + e.refusal());
 * }
 * </code></pre>
 */
public class RefusalException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  private final String refusal;

  /** A refusal described by {@code message}; {@code refusal} is the model's own words. */
  public RefusalException(String message, String refusal) {
    super(message);
    this.refusal = refusal;
  }

  /** What the model said instead of answering, with the API key removed. */
  public String refusal() {
    return refusal;
  }
}
