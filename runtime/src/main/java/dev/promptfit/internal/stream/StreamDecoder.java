package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import dev.promptfit.StreamEvent;
import dev.promptfit.StreamException;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.sse.SseReader;
import java.io.IOException;
import java.util.Queue;
import java.util.regex.Pattern;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What the Responses and Chat decoders share: the text received so far, the event counter
 * and byte holder, and the wording of failures. One instance decodes one stream; {@link
 * EventReader} stops calling it once it produced {@link StreamEvent.Completed} or threw.
 *
 * <p>An event comes in one of two forms. Most are held whole ({@link #load}): the decoder reads the
 * common ones with its scanner and the rest with a Jackson parser over {@link #bytes}. One larger
 * than the SSE reader's limit ({@link SseReader#isLarge()}) is parsed by Jackson as it arrives,
 * never held, and what the decoder does not need is skipped.
 */
abstract class StreamDecoder {
  static final ByteString DONE = ByteString.encodeUtf8("[DONE]");
  private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,80}");

  final String api;
  final Failures failures;
  final @Nullable String requestId;

  /** Whether the final reply carries the whole text; else only a tail is kept, for failures. */
  final boolean keepText;

  final ReceivedText text;
  final EventBytes bytes = new EventBytes();

  /** Where a Responses stream has got to; a background response resumes from it. */
  final StreamCursor cursor = new StreamCursor();

  /** SSE events seen so far, counting from 1; names an event in failure messages. */
  int events;

  /** What a tool loop sends back of this response; set with {@code Completed} when tools are on. */
  ModelOutput output = ModelOutput.NONE;

  StreamDecoder(String api, Failures failures, @Nullable String requestId, boolean keepText) {
    this.api = api;
    this.failures = failures;
    this.requestId = requestId;
    this.keepText = keepText;
    this.text = keepText ? ReceivedText.whole() : ReceivedText.tail();
  }

  /**
   * Decodes the reader's current event, adding what it yields to {@code out} ({@code Completed}
   * last). Throws {@link StreamException} when the event ends the stream with a failure.
   */
  final void accept(SseReader sse, Queue<StreamEvent> out) throws IOException {
    events++;
    decode(sse, out);
  }

  /** {@link #accept} after the event was counted. */
  abstract void decode(SseReader sse, Queue<StreamEvent> out) throws IOException;

  /** The body ended without a terminal event: the final event, or the failure this means. */
  abstract StreamEvent.Completed end();

  /** The response's output for a tool loop, once {@code Completed} was produced; else none. */
  final ModelOutput output() {
    return output;
  }

  final PartialText partialText() {
    return text.partial();
  }

  /**
   * Loads a held event's data into {@link #bytes}. Returns false for data that is blank (a
   * keep-alive), which is skipped.
   */
  final boolean load(SseReader sse) throws IOException {
    bytes.load(sse.data());
    return !bytes.isBlank();
  }

  /**
   * A Jackson parser over the current event: the loaded {@link #bytes}, or a large event's data as
   * it arrives.
   */
  final JsonParser parser(SseReader sse) throws IOException {
    return sse.isLarge()
        ? EventJson.parser(sse.dataSource())
        : EventJson.parser(bytes.bytes(), bytes.length());
  }

  /** The current event's size in bytes, for a message; skips what is left of a large event. */
  final long length(SseReader sse) throws IOException {
    return sse.isLarge() ? sse.dataLength() : bytes.length();
  }

  final StreamException malformed(SseReader sse, @Nullable String type, String problem)
      throws IOException {
    return StreamFailures.malformed(
        failures,
        api, events, displayType(sse, type), length(sse), problem, partialText(), requestId);
  }

  /** A line the SSE reader would not hold: the stream fails, naming the limit. */
  final StreamException lineTooLong(SseReader.LineTooLongException e) {
    return StreamFailures.lineTooLong(
        failures, api, events, e.getMessage(), partialText(), requestId);
  }

  /**
   * The best name for an event in a message: its JSON type, else its SSE event name, else {@code
   * message} (the SSE default). Names come from the payload, so one that does not look like an
   * event type is not shown.
   */
  static String displayType(SseReader sse, @Nullable String jsonType) {
    String name = jsonType != null ? jsonType : sse.eventType();
    if (name == null) {
      return "message";
    }
    return EVENT_NAME.matcher(name).matches() ? name : "(not a valid type name)";
  }
}
