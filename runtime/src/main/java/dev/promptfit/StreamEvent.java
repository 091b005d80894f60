package dev.promptfit;

/**
 * One event of a {@link ReplyStream}. Switch over it exhaustively:
 *
 * <pre><code>
 * for (StreamEvent event : stream) {
 *   switch (event) {
 *     case StreamEvent.TextDelta d -&gt; out.print(d.text());
 *     case StreamEvent.ReasoningDelta d -&gt; thoughts.append(d.text());
 *     case StreamEvent.RefusalDelta d -&gt; out.print("[refused] " + d.text());
 *     case StreamEvent.Completed c -&gt; log.info("used {}", c.reply().usage());
 *   }
 * }
 * </code></pre>
 *
 * <p>{@link Completed} is always the last event of a stream that succeeded.
 */
public sealed interface StreamEvent {

  /** A piece of the answer's text. */
  record TextDelta(String text) implements StreamEvent {}

  /** A piece of reasoning: a Responses reasoning summary, or {@code reasoning_content}. */
  record ReasoningDelta(String text) implements StreamEvent {}

  /** A piece of a refusal the model gave instead of an answer. */
  record RefusalDelta(String text) implements StreamEvent {}

  /** The stream finished; {@code reply} holds the whole text, usage and finish reason. */
  record Completed(Reply reply) implements StreamEvent {}
}
