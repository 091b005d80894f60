package dev.promptfit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed answer together with the reply it was read from: usage, id, model and finish reason.
 *
 * <pre><code>
 * &#64;Prompt("Extract the invoice from: {text}")
 * Result&lt;Invoice&gt; invoiceWithUsage(String text);
 *
 * Result&lt;Invoice&gt; result = extractor.invoiceWithUsage(text);
 * Invoice invoice = result.value();
 * meter.record(result.reply().usage().totalTokens());
 * </code></pre>
 *
 * <p>{@code reply().text()} is the raw JSON text the value was read from. A test double builds
 * one directly: {@code new Result<>(invoice, Reply.builder().text(json).build())}.
 *
 * @param value the answer, as the method's type argument says
 * @param reply the reply whose text the value was read from
 * @param <T> the answer's type
 */
public record Result<T extends @Nullable Object>(T value, Reply reply) {

  /** Checks that there is a reply; the value may be null only where {@code T} allows it. */
  public Result {
    Objects.requireNonNull(reply, "reply");
  }
}
