package dev.promptfit.internal.stream;

/**
 * Not API. The text a stream delivered before it failed, as a failure carries it: all of it, or for
 * return types that hand out deltas only ({@code Stream<String>}, {@code Flow.Publisher<String>})
 * its last {@link ReceivedText#TAIL_CHARS} chars, with the count of all of them.
 *
 * @param text the text, or its tail
 * @param length how many chars were delivered in all
 */
public record PartialText(String text, long length) {
  /** Nothing was received. */
  public static final PartialText NONE = new PartialText("", 0);

  /** True if {@link #text()} is only the tail of what was delivered. */
  public boolean truncated() {
    return text.length() < length;
  }

  /**
   * What a failure's message includes when {@link #text()} is a tail, so the message still says
   * how much arrived: {@code " (partialText() holds the last 4096 of 104857600 chars)"}; else
   * empty.
   */
  public String note() {
    return truncated()
        ? " (partialText() holds the last " + text.length() + " of " + length + " chars)"
        : "";
  }
}
