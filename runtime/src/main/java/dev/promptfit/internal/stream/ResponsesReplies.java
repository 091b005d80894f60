package dev.promptfit.internal.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.Reply;
import dev.promptfit.StreamException;
import dev.promptfit.internal.json.ErrorBody;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads a Responses {@code Response} object (the {@code response} of a terminal event, or
 * a whole non-streamed body) into a {@link Reply} or the {@link StreamException} its status calls
 * for. Shared by the stream decoder and {@link ReplyParser}, so both agree.
 *
 * <p>The finish reason uses the Chat vocabulary: {@code tool_calls} when the output holds a {@code
 * function_call} or {@code custom_tool_call} item (the caller must run a tool), else {@code stop}.
 * A cut-short response never becomes a Reply: it is a {@code response.incomplete} failure.
 */
final class ResponsesReplies {
  private ResponsesReplies() {}

  /**
   * The reply for a completed response. {@code streamedText} and {@code streamedRefusal} are the
   * joined deltas, or null where none arrived (then the output items supply the text).
   */
  static Reply reply(
      JsonNode response, @Nullable String streamedText, @Nullable String streamedRefusal) {
    String text =
        streamedText != null ? streamedText : joinContent(response, "output_text", "text");
    String refusal =
        streamedRefusal != null ? streamedRefusal : joinContent(response, "refusal", "refusal");
    return Reply.of(
        ReplyText.choose(text, refusal),
        string(response, "id"),
        string(response, "model"),
        Usages.responses(response.path("usage")),
        finishReason(response));
  }

  /** The failure a {@code response.failed} response describes. */
  static StreamException failed(JsonNode response, String partialText, @Nullable String requestId) {
    JsonNode error = response.path("error");
    ErrorBody body = error.isObject() ? ErrorBody.fromObject(error) : null;
    return StreamFailures.failed(body, partialText, requestId);
  }

  /** The failure a {@code response.incomplete} response describes. */
  static StreamException incomplete(
      JsonNode response, String partialText, @Nullable String requestId) {
    JsonNode reason = response.path("incomplete_details").path("reason");
    return StreamFailures.incomplete(
        reason.isValueNode() && !reason.isNull() ? reason.asText() : null, partialText, requestId);
  }

  /**
   * The {@code field} of every content part of type {@code contentType} in the message items,
   * joined in output order: {@code ("output_text", "text")} or {@code ("refusal", "refusal")}.
   */
  static String joinContent(JsonNode response, String contentType, String field) {
    StringBuilder text = new StringBuilder();
    for (JsonNode item : response.path("output")) {
      if (!"message".equals(item.path("type").asText())) {
        continue;
      }
      for (JsonNode part : item.path("content")) {
        JsonNode value = part.path(field);
        if (contentType.equals(part.path("type").asText()) && value.isTextual()) {
          text.append(value.asText());
        }
      }
    }
    return text.toString();
  }

  private static String finishReason(JsonNode response) {
    for (JsonNode item : response.path("output")) {
      String type = item.path("type").asText();
      if (type.equals("function_call") || type.equals("custom_tool_call")) {
        return "tool_calls";
      }
    }
    return "stop";
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : "";
  }
}
