package dev.promptfit.internal.stream;

import dev.promptfit.StreamEvent;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.sse.SseReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Pulls {@link StreamEvent}s from a streamed response body: SSE framing by {@link
 * SseReader}, then the Responses or Chat decoder.
 *
 * <pre><code>
 * try (EventReader events = EventReader.responses(body.source(), requestId, true, failures)) {
 *   for (StreamEvent e; (e = events.next()) != null; ) {
 *     deliver(e);
 *   }
 * }
 * </code></pre>
 *
 * <p>Every successful stream ends with exactly one {@link StreamEvent.Completed}; nothing after the
 * terminal event is read. A failure the server reported, or a stream that ended early, is a {@link
 * dev.promptfit.StreamException} carrying the text delivered so far. Once {@link #next()} returned
 * {@code Completed} or threw, the stream is over and {@code next()} returns null.
 *
 * <p><b>Memory.</b> With {@code keepText}, the reply in {@code Completed} holds the whole text, as a
 * {@code Reply} must. Without it, for callers that only pass deltas on, the reader holds bounded
 * memory however long the stream: the text is not gathered (that reply's text is empty), a failure
 * carries only the text's tail (see {@link PartialText}), and events that repeat the text are
 * skipped as they arrive rather than held (see {@link SseReader} on large events).
 *
 * <p>Not thread-safe. To abort a read blocked on the network from another thread, cancel the HTTP
 * call: the blocked {@code next()} then throws the source's {@link IOException}.
 */
public final class EventReader implements Closeable {
  private SseReader sse;
  private final long maxBufferedData;
  private boolean resumable;
  private final StreamDecoder decoder;
  private final ArrayDeque<StreamEvent> pending = new ArrayDeque<>(4);
  private boolean over;
  private boolean closed;

  EventReader(BufferedSource source, StreamDecoder decoder, long maxBufferedData) {
    this.sse = new SseReader(source, maxBufferedData);
    this.maxBufferedData = maxBufferedData;
    this.decoder = decoder;
  }

  /**
   * A reader of a Responses API event stream; it owns {@code source}. Its failures are made by
   * {@code failures}.
   */
  public static EventReader responses(
      BufferedSource source, @Nullable String requestId, boolean keepText, Failures failures) {
    return responses(source, requestId, keepText, false, failures);
  }

  /**
   * {@link #responses(BufferedSource, String, boolean, Failures)}; with {@code tools} (a call that
   * offers tools) the reader also gathers what {@link #output()} returns.
   */
  public static EventReader responses(
      BufferedSource source,
      @Nullable String requestId,
      boolean keepText,
      boolean tools,
      Failures failures) {
    return new EventReader(
        source,
        new ResponsesDecoder(failures, requestId, keepText, tools),
        SseReader.MAX_BUFFERED_DATA);
  }

  /**
   * A reader of a Chat Completions chunk stream; it owns {@code source}. Its failures are made by
   * {@code failures}.
   */
  public static EventReader chat(
      BufferedSource source, @Nullable String requestId, boolean keepText, Failures failures) {
    return chat(source, requestId, keepText, false, failures);
  }

  /**
   * {@link #chat(BufferedSource, String, boolean, Failures)}; with {@code tools} (a call that
   * offers tools) the reader also gathers what {@link #output()} returns.
   */
  public static EventReader chat(
      BufferedSource source,
      @Nullable String requestId,
      boolean keepText,
      boolean tools,
      Failures failures) {
    return new EventReader(
        source, new ChatDecoder(failures, requestId, keepText, tools), SseReader.MAX_BUFFERED_DATA);
  }

  /**
   * The next event, or null once the stream is over (always right after {@link
   * StreamEvent.Completed} was returned). Throws {@link dev.promptfit.StreamException} for a failed
   * or cut-short stream; {@link IOException}s of the source propagate unchanged.
   */
  public @Nullable StreamEvent next() throws IOException {
    if (closed) {
      return null;
    }
    if (pending.isEmpty()) {
      if (over) {
        return null;
      }
      fill();
    }
    StreamEvent event = pending.poll();
    if (event instanceof StreamEvent.Completed) {
      over = true;
    }
    return event;
  }

  /**
   * What a tool loop sends back of the response: its tool calls, and its output items or
   * reasoning. Set once {@link #next()} returned {@link StreamEvent.Completed} from a reader made
   * with {@code tools}; {@link ModelOutput#NONE} otherwise.
   */
  public ModelOutput output() {
    return decoder.output();
  }

  /**
   * The text delivered so far, as {@link dev.promptfit.StreamException#partialText()} carries it:
   * whole with {@code keepText}, else its tail.
   */
  public PartialText partialText() {
    return decoder.partialText();
  }

  /**
   * Where a Responses stream has got to: its response's id, the last event's {@code
   * sequence_number}, whether its terminal event came.
   */
  public StreamCursor cursor() {
    return decoder.cursor;
  }

  /**
   * For a stream that can be resumed (a background response): the body ending before the terminal
   * event is then an {@link java.io.EOFException}, like a dropped connection, rather than a {@link
   * dev.promptfit.StreamException}, so the caller can {@link #resume} it.
   */
  public void resumable() {
    resumable = true;
  }

  /**
   * Continues the stream on {@code source}, the rest of the same events (a resume starting after
   * {@link #cursor()}'s sequence number): the text so far, the reply under way and the cursor carry
   * on. The old source is closed; the reader owns the new one.
   */
  public void resume(BufferedSource source) {
    close();
    sse = new SseReader(source, maxBufferedData);
    closed = false;
    over = false;
  }

  /** Closes the source; a later {@link #next()} returns null. Idempotent. */
  @Override
  public void close() {
    closed = true;
    try {
      sse.close();
    } catch (IOException ignored) {
      // Closing a response body only releases the connection; there is nothing to report.
    }
  }

  private void fill() throws IOException {
    boolean done = false;
    try {
      while (pending.isEmpty()) {
        if (!sse.next()) {
          if (resumable) {
            throw new EOFException(
                "the stream ended after event " + decoder.events + " without its terminal event");
          }
          pending.add(decoder.end());
          break;
        }
        decoder.accept(sse, pending);
      }
      done = true;
    } catch (SseReader.LineTooLongException e) {
      throw decoder.lineTooLong(e);
    } finally {
      if (!done) {
        over = true;
      }
    }
  }
}
