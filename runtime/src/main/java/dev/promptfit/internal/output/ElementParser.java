package dev.promptfit.internal.output;

import dev.promptfit.OutputParseException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The streamed answer of a {@code Stream<E>} or {@code Flow.Publisher<E>} method, fed its
 * text deltas in order: each element of {@code {"items": [...]}} goes to the sink as soon as its
 * JSON closes, during the {@link #feed} call that brought its last char (for a number element, the
 * char after it, since only that shows the number ended), so before any text of the next element is
 * read. Memory is bounded by the largest element, not their number; a failure's {@link
 * OutputParseException#rawText()} is the answer's last 4096 chars.
 *
 * <p>A failure after element k has already delivered elements 0 to k-1; the stream should end with
 * it after them. Element paths in messages read {@code Person[3].age}. Not thread-safe: one thread
 * feeds, in order. A sink that throws ends the parse; its exception passes through unchanged.
 */
public final class ElementParser {
  private final AnswerParser parser;

  ElementParser(AnswerParser parser) {
    this.parser = parser;
  }

  /**
   * The next piece of the answer's text.
   *
   * @throws OutputParseException if the text so far cannot be the start of the answer
   */
  public void feed(String delta) {
    parser.feed(delta);
  }

  /**
   * The end of the text.
   *
   * @param finishReason the reply's finish reason, or null or empty if none; {@code length} or
   *     {@code max_output_tokens} makes an incomplete answer's message say the token limit cut it
   * @throws OutputParseException if the JSON is incomplete
   */
  public void finish(@Nullable String finishReason) {
    parser.finish(finishReason);
  }

  /** Elements handed to the sink so far. */
  public int elements() {
    return parser.elements();
  }
}
