package dev.promptfit.internal.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.Reply;
import dev.promptfit.StreamException;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.json.ErrorBody;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Turns a Responses {@code Response} object (the {@code response} of a terminal event, or
 * a whole non-streamed body), as {@link ResponseReader} read it, into a {@link Reply} or the {@link
 * StreamException} its status calls for. Shared by the stream decoder and {@link ReplyParser}, so
 * both agree.
 *
 * <p>The finish reason uses the Chat vocabulary: {@code tool_calls} when the output holds a {@code
 * function_call} or {@code custom_tool_call} item (the caller must run a tool), else {@code stop}
 * for a response known to be completed, else empty (a body without a status says nothing of why
 * it stopped). A cut-short response never becomes a Reply: it is a {@code response.incomplete}
 * failure.
 */
final class ResponsesReplies {
  private ResponsesReplies() {}

  /**
   * The reply for a response that is over. {@code completed}: whether it is known to have
   * completed (its terminal event, or its status, says so). {@code streamedText} and {@code
   * streamedRefusal} are the joined deltas, or null where none arrived (then the output items
   * supply the text).
   */
  static Reply reply(
      ResponseSummary response,
      boolean completed,
      @Nullable String streamedText,
      @Nullable String streamedRefusal) {
    String text = streamedText != null ? streamedText : response.text();
    String refusal = streamedRefusal != null ? streamedRefusal : response.refusal();
    return Reply.builder()
        .text(ReplyText.choose(text, refusal))
        .id(response.id())
        .model(response.model())
        .usage(response.usage())
        .finishReason(response.toolCall() ? "tool_calls" : completed ? "stop" : "")
        .build();
  }

  /** The failure a {@code response.failed} response describes. */
  static StreamException failed(
      Failures failures,
      ResponseSummary response, PartialText partial, @Nullable String requestId) {
    JsonNode error = response.error();
    ErrorBody body = error.isObject() ? ErrorBody.fromObject(error) : null;
    return StreamFailures.failed(failures, body, partial, requestId);
  }

  /** The failure a {@code response.incomplete} response describes. */
  static StreamException incomplete(
      Failures failures,
      ResponseSummary response, PartialText partial, @Nullable String requestId) {
    JsonNode reason = response.incompleteDetails().path("reason");
    return StreamFailures.incomplete(
        failures,
        reason.isValueNode() && !reason.isNull() ? reason.asText() : null, partial, requestId);
  }
}
