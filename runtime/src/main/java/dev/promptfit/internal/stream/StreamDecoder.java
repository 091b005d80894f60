package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.StreamEvent;
import dev.promptfit.StreamException;
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
 */
abstract class StreamDecoder {
  static final ByteString DONE = ByteString.encodeUtf8("[DONE]");
  private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,80}");

  final String api;
  final @Nullable String requestId;
  final StringBuilder text = new StringBuilder();
  final EventBytes bytes = new EventBytes();

  /** SSE events seen so far, counting from 1; names an event in failure messages. */
  int events;

  StreamDecoder(String api, @Nullable String requestId) {
    this.api = api;
    this.requestId = requestId;
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

  final String partialText() {
    return text.toString();
  }

  /**
   * Loads the event's data into {@link #bytes}. Returns false for data that is blank (a
   * keep-alive), which is skipped.
   */
  final boolean load(SseReader sse) {
    long size = sse.data().size();
    if (size > EventBytes.MAX_LENGTH) {
      throw malformed(displayType(sse, null), size, "too large to parse");
    }
    bytes.load(sse.data());
    return !bytes.isBlank();
  }

  /** The whole current event as a tree; rare events use it. */
  final JsonNode tree(SseReader sse, @Nullable String type) {
    try {
      JsonNode root = EventJson.tree(bytes.bytes(), bytes.length());
      if (!root.isObject()) {
        throw malformed(displayType(sse, type), bytes.length(), "not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw malformed(displayType(sse, type), bytes.length(), StreamFailures.describe(e));
    } catch (IOException e) {
      // The bytes are in memory; Jackson reports only syntax problems here.
      throw malformed(displayType(sse, type), bytes.length(), "unreadable JSON");
    }
  }

  final StreamException malformed(String type, long length, String problem) {
    return StreamFailures.malformed(api, events, type, length, problem, partialText(), requestId);
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
