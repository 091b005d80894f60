package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.Failures;
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
 * <p>For a call that offers tools ({@code tools}), the output items are gathered as well ({@link
 * ResponsesOutput}) and, with the stream's end, become {@link #output()}: a tool loop sends them
 * back. Such a stream keeps its text whole, since a later request may need it.
 *
 * <p>Each event is read in one streaming pass that keeps only what {@link ResponsesEvent} holds;
 * deltas mostly by {@link ResponsesEventScanner}. The events that repeat the text ({@code
 * *.done}, and the {@code output} of {@code response.completed} once deltas carried the text) are
 * skipped as they arrive, so a long answer is never held twice. Text is joined in arrival order;
 * servers send the parts of a message one after another.
 */
final class ResponsesDecoder extends StreamDecoder {
  private final ResponsesEvent event;
  private final @Nullable ResponsesOutput items;
  private final ResponsesEventScanner scanner = new ResponsesEventScanner();
  private final ReceivedText refusal;
  private boolean sawTextDelta;
  private boolean sawRefusalDelta;

  ResponsesDecoder(Failures failures, @Nullable String requestId, boolean keepText) {
    this(failures, requestId, keepText, false);
  }

  ResponsesDecoder(
      Failures failures, @Nullable String requestId, boolean keepText, boolean tools) {
    super("Responses", failures, requestId, keepText || tools);
    this.refusal = keepText || tools ? ReceivedText.whole() : ReceivedText.tail();
    this.event = new ResponsesEvent(tools);
    this.items = tools ? new ResponsesOutput() : null;
  }

  @Override
  void decode(SseReader sse, Queue<StreamEvent> out) throws IOException {
    if (sse.dataEquals(DONE)) {
      throw StreamFailures.endedEarly(
          failures, api, "before response.completed", "[DONE]", events, partialText(), requestId);
    }
    event.reset();
    if (!sse.isLarge()) {
      if (!load(sse)) {
        return;
      }
      if (!scanner.scan(bytes.bytes(), bytes.length(), event)) {
        event.reset();
        read(sse);
      }
    } else if (!read(sse)) {
      return;
    }
    ResponsesEventKind kind = event.kind;
    if (!event.typed && sse.eventType() != null) {
      kind = ResponsesEventKind.of(sse.eventType());
    }
    if (event.response != null) {
      cursor.responseId(event.response.id());
    }
    if (event.hasError || kind.isTerminal()) {
      cursor.end();
      terminal(kind, out);
      return;
    }
    if (event.sequenceNumber >= 0) {
      // Recorded once the event is decoded whole: a resume asks for the events after it.
      cursor.sequence(event.sequenceNumber);
    }
    if (items != null) {
      item(kind, items);
    }
    String delta = event.delta;
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

  /** Gathers what an output item event says, for a call that offers tools. */
  private void item(ResponsesEventKind kind, ResponsesOutput items) {
    switch (kind) {
      case OUTPUT_ITEM_ADDED -> {
        if (event.item != null) {
          items.added(event.outputIndex, event.itemId, event.item);
        }
      }
      case OUTPUT_ITEM_DONE -> {
        if (event.item != null) {
          items.done(event.outputIndex, event.itemId, event.item);
        }
      }
      case FUNCTION_CALL_ARGUMENTS_DELTA -> {
        if (event.delta != null) {
          items.argumentsDelta(event.outputIndex, event.itemId, event.delta);
        }
      }
      case FUNCTION_CALL_ARGUMENTS_DONE -> {
        if (event.arguments != null) {
          items.argumentsDone(event.outputIndex, event.itemId, event.arguments);
        }
      }
      default -> {
        // Not about output items.
      }
    }
  }

  /** Reads the event with Jackson. Returns false for a large event that is only whitespace. */
  private boolean read(SseReader sse) throws IOException {
    try (JsonParser parser = parser(sse)) {
      JsonToken first = parser.nextToken();
      if (first == null && sse.isLarge()) {
        return false;
      }
      if (first != JsonToken.START_OBJECT) {
        throw malformed(sse, null, "not a JSON object");
      }
      // The output's texts are read only for a reply whose text no delta carried.
      event.read(parser, keepText && !sawTextDelta, keepText && !sawRefusalDelta);
      return true;
    } catch (JsonProcessingException e) {
      String type = event.kind != ResponsesEventKind.OTHER ? event.kind.wireName() : event.otherType;
      throw malformed(sse, type, StreamFailures.describe(e));
    }
  }

  @Override
  StreamEvent.Completed end() {
    throw StreamFailures.endedEarly(
        failures, api, "before response.completed", "end of body", events, partialText(), requestId);
  }

  private void terminal(ResponsesEventKind kind, Queue<StreamEvent> out) {
    if (event.hasError || kind == ResponsesEventKind.ERROR) {
      throw StreamFailures.serverError(
          failures, api, ServerErrors.of(event.errorRoot()), partialText(), requestId);
    }
    ResponseSummary response = event.response();
    switch (kind) {
      case FAILED -> throw ResponsesReplies.failed(failures, response, partialText(), requestId);
      case INCOMPLETE ->
          throw ResponsesReplies.incomplete(failures, response, partialText(), requestId);
      default -> {
        if (items != null) {
          output = items.output(text.wholeText(), response.items());
        }
        out.add(
              new StreamEvent.Completed(
                  ResponsesReplies.reply(
                      response,
                      true,
                      sawTextDelta || !keepText ? text.wholeText() : null,
                      sawRefusalDelta || !keepText ? refusal.wholeText() : null)));
      }
    }
  }
}
