package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.sse.SseReader;
import java.io.IOException;
import java.util.Queue;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Decodes a Responses API event stream ({@code POST /responses}, {@code stream: true}).
 *
 * <p>Dispatch is on the data's {@code type}, because OpenRouter sends no {@code event:} lines; the
 * {@code event:} name is used only when {@code type} is missing. Text, reasoning (summary and raw)
 * and refusal deltas become stream events as they arrive; {@code response.completed} ends the
 * stream with the {@link dev.promptfit.Reply}. {@code response.incomplete}, {@code
 * response.failed}, an {@code error} event, any data with a top-level {@code error}, and a {@code
 * [DONE]} or end of body before {@code response.completed} end it with a {@link
 * dev.promptfit.StreamException}. Unknown event types and fields are ignored, and no event has to
 * come first: a background resume starts with {@code response.queued}.
 *
 * <p>Deltas are read with one streaming pass that keeps only {@code type}, {@code delta} and
 * whether there is an {@code error}; the few terminal events are parsed again as trees. Text is
 * joined in arrival order; servers send the parts of a message one after another.
 */
final class ResponsesDecoder extends StreamDecoder {
  private final StringBuilder refusal = new StringBuilder();
  private boolean sawTextDelta;
  private boolean sawRefusalDelta;

  ResponsesDecoder(@Nullable String requestId) {
    super("Responses", requestId);
  }

  @Override
  void decode(SseReader sse, Queue<StreamEvent> out) throws IOException {
    if (sse.dataEquals(DONE)) {
      throw StreamFailures.endedEarly(
          api, "before response.completed", "[DONE]", events, partialText(), requestId);
    }
    if (!load(sse)) {
      return;
    }
    ResponsesEventKind kind = ResponsesEventKind.OTHER;
    @Nullable String otherType = null;
    boolean typed = false;
    @Nullable String delta = null;
    boolean hasError = false;
    try (JsonParser parser = EventJson.parser(bytes.bytes(), bytes.length())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw malformed(displayType(sse, null), bytes.length(), "not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("type") && value == JsonToken.VALUE_STRING) {
          typed = true;
          kind =
              ResponsesEventKind.of(
                  parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
          otherType = kind == ResponsesEventKind.OTHER ? parser.getText() : null;
        } else if (field.equals("delta") && value == JsonToken.VALUE_STRING) {
          delta = parser.getText();
        } else if (field.equals("error")) {
          hasError = isError(parser, value);
          parser.skipChildren();
        } else {
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      String type = kind != ResponsesEventKind.OTHER ? kind.wireName() : otherType;
      throw malformed(displayType(sse, type), bytes.length(), StreamFailures.describe(e));
    }
    if (!typed && sse.eventType() != null) {
      kind = ResponsesEventKind.of(sse.eventType());
    }
    if (hasError || kind.isTerminal()) {
      terminal(sse, kind, hasError, out);
      return;
    }
    if (delta == null) {
      return;
    }
    switch (kind) {
      case TEXT_DELTA -> {
        sawTextDelta = true;
        if (!delta.isEmpty()) {
          text.append(delta);
          out.add(new StreamEvent.TextDelta(delta));
        }
      }
      case REASONING_SUMMARY_DELTA, REASONING_TEXT_DELTA -> {
        if (!delta.isEmpty()) {
          out.add(new StreamEvent.ReasoningDelta(delta));
        }
      }
      case REFUSAL_DELTA -> {
        sawRefusalDelta = true;
        if (!delta.isEmpty()) {
          refusal.append(delta);
          out.add(new StreamEvent.RefusalDelta(delta));
        }
      }
      default -> {
        // Tool-call arguments, annotations, audio and the rest are not part of the text.
      }
    }
  }

  @Override
  StreamEvent.Completed end() {
    throw StreamFailures.endedEarly(
        api, "before response.completed", "end of body", events, partialText(), requestId);
  }

  private void terminal(
      SseReader sse, ResponsesEventKind kind, boolean hasError, Queue<StreamEvent> out) {
    String type = kind == ResponsesEventKind.OTHER ? null : kind.wireName();
    JsonNode root = tree(sse, type);
    if (hasError || kind == ResponsesEventKind.ERROR) {
      throw StreamFailures.serverError(api, ServerErrors.of(root), partialText(), requestId);
    }
    JsonNode response = root.path("response");
    switch (kind) {
      case FAILED -> throw ResponsesReplies.failed(response, partialText(), requestId);
      case INCOMPLETE -> throw ResponsesReplies.incomplete(response, partialText(), requestId);
      default ->
          out.add(
              new StreamEvent.Completed(
                  ResponsesReplies.reply(
                      response,
                      sawTextDelta ? text.toString() : null,
                      sawRefusalDelta ? refusal.toString() : null)));
    }
  }

  private static boolean isError(JsonParser parser, JsonToken value) throws IOException {
    return switch (value) {
      case START_OBJECT, VALUE_TRUE -> true;
      case VALUE_STRING -> parser.getTextLength() > 0;
      default -> false;
    };
  }
}
