package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.promptfit.StreamException;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.json.ErrorBody;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Builds every {@link StreamException} the decoders throw, so streamed and blocking calls
 * word the same failure the same way.
 *
 * <p>Messages carry the server's own error message and what the decoder knows (event type, index,
 * byte length), never event data: payloads hold user text and sometimes secrets. When the partial
 * text is only a tail, every message ends with {@link PartialText#note()}.
 */
final class StreamFailures {
  private StreamFailures() {}

  /**
   * An error the server sent: a Responses {@code error} event, or any data with a top-level {@code
   * error}. The error code is {@code code}, else {@code type} (OpenAI's {@code server_error} comes
   * with {@code code: null}).
   */
  static StreamException serverError(
      Failures f,
      String api, ErrorBody error, PartialText partial, @Nullable String requestId) {
    StringBuilder message = new StringBuilder(api).append(" stream error: ").append(text(error));
    appendDetails(message, error.code(), error.type());
    String code = error.code() != null ? error.code() : error.type();
    return failure(f, message.toString(), code, partial, requestId);
  }

  /** {@code response.failed}, with {@code response.error} if the server sent one. */
  static StreamException failed(
      Failures f,
      @Nullable ErrorBody error, PartialText partial, @Nullable String requestId) {
    StringBuilder message = new StringBuilder("response.failed: ");
    if (error == null) {
      message.append("the response failed and the server gave no error object");
      return failure(f, message.toString(), null, partial, requestId);
    }
    message.append(text(error));
    appendDetails(message, error.code(), error.type());
    String code = error.code() != null ? error.code() : error.type();
    return failure(f, message.toString(), code, partial, requestId);
  }

  /** {@code response.incomplete}: the model stopped early; the reason is the error code. */
  static StreamException incomplete(
      Failures f,
      @Nullable String reason, PartialText partial, @Nullable String requestId) {
    String message =
        "response.incomplete: the response stopped early (incomplete_details.reason="
            + (reason == null ? "none given" : reason)
            + ")";
    return failure(f, message, reason, partial, requestId);
  }

  /**
   * A Responses body whose status says it is not a finished answer: {@code cancelled}, or still
   * running ({@code queued}, {@code in_progress}).
   */
  static StreamException unfinished(Failures f, String status, @Nullable String requestId) {
    boolean running = status.equals("queued") || status.equals("in_progress");
    return failure(
        f,
        "the response has status "
            + status
            + " and holds no finished answer"
            + (running
                ? " (it is still running, as a response started with \"background\": true is"
                    + " when first returned)"
                : ""),
        status,
        PartialText.NONE,
        requestId);
  }

  /**
   * The stream stopped before its terminal event. {@code missing} says what did not come ({@code
   * before response.completed}), {@code how} what ended it ({@code end of body}, {@code [DONE]}).
   */
  static StreamException endedEarly(
      Failures f,
      String api,
      String missing,
      String how,
      int events,
      PartialText partial,
      @Nullable String requestId) {
    StringBuilder message =
        new StringBuilder(api)
            .append(" stream ended ")
            .append(missing)
            .append(" (")
            .append(how)
            .append(" after ")
            .append(events)
            .append(events == 1 ? " event" : " events");
    if (partial.length() > 0) {
      message.append(", ").append(partial.length()).append(" chars of text received");
    }
    message.append(')');
    return failure(f, message.toString(), null, partial, requestId);
  }

  /**
   * Event data that is not the JSON object it must be. {@code problem} is one of ours; Jackson's
   * own message is used only for limit violations, because its syntax messages quote the input.
   */
  static StreamException malformed(
      Failures f,
      String api,
      int index,
      String eventType,
      long length,
      String problem,
      PartialText partial,
      @Nullable String requestId) {
    String message =
        "Malformed "
            + api
            + " event #"
            + index
            + " (type "
            + eventType
            + ", "
            + length
            + " bytes): "
            + problem;
    return failure(f, message, null, partial, requestId);
  }

  /** A line the SSE reader would not hold; {@code detail} names its kind and the limit. */
  static StreamException lineTooLong(
      Failures f,
      String api,
      int events,
      String detail,
      PartialText partial,
      @Nullable String requestId) {
    String message =
        "Malformed "
            + api
            + " stream after "
            + events
            + (events == 1 ? " event: " : " events: ")
            + detail;
    return failure(f, message, null, partial, requestId);
  }

  /** The part of a Jackson failure that is safe to show: a position, or a limit it hit. */
  static String describe(JsonProcessingException e) {
    if (e instanceof EventJson.NotUtf8Exception) {
      return e.getOriginalMessage() + " (SSE data is always UTF-8)";
    }
    if (e instanceof StreamConstraintsException) {
      return "exceeds a parser limit: " + e.getOriginalMessage();
    }
    long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    return offset >= 0 ? "invalid JSON at byte " + offset : "invalid JSON";
  }

  private static StreamException failure(
      Failures f,
      String message,
      @Nullable String code,
      PartialText partial,
      @Nullable String requestId) {
    return f.stream(message + partial.note(), code, partial.text(), requestId, null);
  }

  private static String text(ErrorBody error) {
    return error.message().isBlank() ? "(no message)" : error.message();
  }

  private static void appendDetails(
      StringBuilder message, @Nullable String code, @Nullable String type) {
    if (code == null && type == null) {
      return;
    }
    message.append(" (");
    if (code != null) {
      message.append("code ").append(code);
    }
    if (type != null) {
      message.append(code != null ? ", " : "").append("type ").append(type);
    }
    message.append(')');
  }
}
