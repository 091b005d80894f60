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
 *     case StreamEvent.ToolCall c -&gt; log.info("calling {}({})", c.name(), c.arguments());
 *     case StreamEvent.ToolResult r -&gt; log.info("{} returned {}", r.name(), r.result());
 *     case StreamEvent.Completed c -&gt; log.info("used {}", c.reply().usage());
 *   }
 * }
 * </code></pre>
 *
 * <p>{@link Completed} is always the last event of a stream that succeeded, and comes once however
 * many requests the answer took. A method that offers tools ({@code @Tools}) sees, for each model
 * response that called tools, its text and reasoning deltas, then one {@link ToolCall} per call,
 * then one {@link ToolResult} per call in the same order, then the next response's events.
 */
public sealed interface StreamEvent {

  /** A piece of the answer's text. */
  record TextDelta(String text) implements StreamEvent {}

  /** A piece of reasoning: a Responses reasoning summary, or {@code reasoning_content}. */
  record ReasoningDelta(String text) implements StreamEvent {}

  /** A piece of a refusal the model gave instead of an answer. */
  record RefusalDelta(String text) implements StreamEvent {}

  /**
   * The model called a tool, which is about to run.
   *
   * @param callId the service's id for the call, which its result refers to
   * @param name the tool's name
   * @param arguments the arguments exactly as the model wrote them, normally a JSON object
   */
  record ToolCall(String callId, String name, String arguments) implements StreamEvent {}

  /**
   * What a tool call returned, as it is sent back to the model: the tool's result, or an error
   * message naming what went wrong (an exception, an unknown tool, arguments that do not fit).
   *
   * @param callId the call's id
   * @param name the tool's name, as the model called it
   * @param result the text sent back
   */
  record ToolResult(String callId, String name, String result) implements StreamEvent {}

  /** The stream finished; {@code reply} holds the whole text, usage and finish reason. */
  record Completed(Reply reply) implements StreamEvent {}
}
