package dev.promptfit;

import java.util.stream.Stream;

/**
 * The full streamed view of an answer: every {@link StreamEvent} as it arrives, and the final
 * {@link Reply}. Iterate it once; close it to cancel the HTTP call (closing a finished stream is
 * harmless).
 *
 * <pre><code>
 * try (ReplyStream stream = assistant.chat("Tell me a story")) {
 *   stream.text().forEach(System.out::print);   // deltas as they arrive
 *   Reply reply = stream.reply();               // usage, id, finish reason
 * }
 * </code></pre>
 *
 * <p>A stream that ends without its terminal event, or carries an error, throws {@link
 * StreamException} from the iterator after the events that came before it.
 */
public interface ReplyStream extends Iterable<StreamEvent>, AutoCloseable {

  /**
   * The answer's text deltas, lazily: {@link StreamEvent.TextDelta} and, when the model refuses,
   * {@link StreamEvent.RefusalDelta}, as {@code Stream<String>} methods deliver them. Closing the
   * returned stream closes this one.
   */
  Stream<String> text();

  /** Consumes whatever is left of the stream and returns the final reply. */
  Reply reply();

  /**
   * Cancels the HTTP call if it is still running and releases its connection. Never throws, and
   * may be called from any thread: a thread iterating the stream meanwhile, even one blocked
   * waiting for the next event, ends with a {@link java.util.concurrent.CancellationException}.
   *
   * <pre><code>
   * stopButton.onClick(() -&gt; stream.close());   // the reading thread ends with a cancellation
   * </code></pre>
   */
  @Override
  void close();
}
