package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.Usage;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.sse.SseReader;
import java.io.IOException;
import java.util.List;
import java.util.Queue;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Decodes a Chat Completions chunk stream ({@code POST /chat/completions}, {@code stream:
 * true}).
 *
 * <p>Text comes from choice 0's {@code delta.content}, refusals from {@code delta.refusal},
 * reasoning from {@code delta.reasoning_content} or {@code delta.reasoning}. The exact data {@code
 * [DONE]} ends the stream with the {@link Reply}: the joined text, the first {@code id} and {@code
 * model}, the last {@code usage} any chunk carried (Groq's {@code x_groq.usage} when no chunk had
 * one) and choice 0's last non-empty {@code finish_reason}. A chunk with a top-level {@code error},
 * or an {@code event: error}, ends it with a {@link dev.promptfit.StreamException}, even when the
 * chunk also has choices. A body that ends without {@code [DONE]} still completes when a finish
 * reason arrived (the answer was whole); otherwise it was cut off and fails. Chunks without {@code
 * choices}, keep-alives such as {@code {"type":"ping"}} and tool-call fragments yield nothing.
 *
 * <p>For a call that offers tools ({@code tools}), choice 0's tool calls are joined ({@link
 * ChatToolCalls}) and, with its {@code reasoning_content}, become {@link #output()} at the end: a
 * tool loop sends them back. Such a stream keeps its text whole, since a later request needs it.
 *
 * <p>Chunks are read by {@link ChatChunkScanner}, or by {@link ChatChunkReader} with Jackson when
 * the scanner leaves one to it; after such a chunk, Jackson reads on until a chunk carries only
 * text again.
 */
final class ChatDecoder extends StreamDecoder {
  private final ChatChunkReader chunk;
  private final @Nullable ChatToolCalls calls;
  private boolean sawChoice;
  private @Nullable StringBuilder reasoningContent;
  private final ChatChunkScanner scanner = new ChatChunkScanner();
  // Off while chunks are ones the scanner gives up on (tool-call fragments, reasoning), so a run
  // of them is not read twice; back on after a chunk that carried only text.
  private boolean scanning = true;
  private final ReceivedText refusal;
  private @Nullable String id;
  private @Nullable String model;
  private @Nullable String finishReason;
  private @Nullable Usage usage;
  private @Nullable Usage vendorUsage;

  ChatDecoder(Failures failures, @Nullable String requestId, boolean keepText) {
    this(failures, requestId, keepText, false);
  }

  ChatDecoder(Failures failures, @Nullable String requestId, boolean keepText, boolean tools) {
    super("Chat", failures, requestId, keepText || tools);
    this.refusal = keepText || tools ? ReceivedText.whole() : ReceivedText.tail();
    this.chunk = new ChatChunkReader(tools);
    this.calls = tools ? new ChatToolCalls() : null;
  }

  @Override
  void decode(SseReader sse, Queue<StreamEvent> out) throws IOException {
    if (sse.dataEquals(DONE)) {
      if (!sawChoice) {
        // Only usage or empty chunks: a silent "" would hide a server that answered nothing.
        throw StreamFailures.endedEarly(
            failures,
            api,
            "with [DONE] and no choice in any chunk",
            "no text, no finish_reason",
            events,
            partialText(),
            requestId);
      }
      out.add(completed());
      return;
    }
    boolean errorEvent = "error".equals(sse.eventType());
    chunk.reset();
    if (!sse.isLarge()) {
      if (!load(sse)) {
        return;
      }
      if (errorEvent
          || !scanning
          || !scanner.scan(bytes.bytes(), bytes.length(), chunk, id == null, model == null)) {
        chunk.reset();
        read(sse, errorEvent);
        scanning = chunk.onlyText();
      }
    } else if (!read(sse, errorEvent)) {
      return;
    }
    if (chunk.error != null) {
      throw StreamFailures.serverError(
          failures,
          api,
          ServerErrors.ofChunk(chunk.error, chunk.message),
          partialText(),
          requestId);
    }
    if (chunk.id != null) {
      id = chunk.id;
    }
    if (chunk.model != null) {
      model = chunk.model;
    }
    // A usage object that reports nothing does not undo one that did.
    if (chunk.usage != null && chunk.usage.isReported()) {
      usage = chunk.usage;
    }
    if (chunk.vendorUsage != null && chunk.vendorUsage.isReported()) {
      vendorUsage = chunk.vendorUsage;
    }
    sawChoice |= chunk.hasChoice;
    if (chunk.finishReason != null && !chunk.finishReason.isEmpty()) {
      finishReason = chunk.finishReason;
    }
    if (calls != null) {
      calls.add(chunk.toolCalls);
      if (chunk.reasoningContent != null) {
        if (reasoningContent == null) {
          reasoningContent = new StringBuilder();
        }
        reasoningContent.append(chunk.reasoningContent);
      }
    }
    // Reasoning precedes the answer when one chunk carries both.
    if (isPresent(chunk.reasoning)) {
      out.add(new StreamEvent.ReasoningDelta(chunk.reasoning));
    }
    if (isPresent(chunk.refusal)) {
      refusal.append(chunk.refusal);
      out.add(new StreamEvent.RefusalDelta(chunk.refusal));
    }
    if (isPresent(chunk.content)) {
      text.append(chunk.content);
      out.add(new StreamEvent.TextDelta(chunk.content));
    }
  }

  /**
   * Reads the chunk with Jackson; an {@code event: error} is the failure it describes. Returns
   * false for a large event that is only whitespace.
   */
  private boolean read(SseReader sse, boolean errorEvent) throws IOException {
    String type = errorEvent ? "error" : null;
    try (JsonParser parser = parser(sse)) {
      JsonToken first = parser.nextToken();
      if (first == null && sse.isLarge()) {
        return false;
      }
      if (first != JsonToken.START_OBJECT) {
        throw malformed(sse, type, "not a JSON object");
      }
      if (errorEvent) {
        throw StreamFailures.serverError(
            failures, api, ServerErrors.of(EventJson.tree(parser)), partialText(), requestId);
      }
      chunk.read(parser, id == null, model == null);
      return true;
    } catch (JsonProcessingException e) {
      throw malformed(sse, type, StreamFailures.describe(e));
    }
  }

  @Override
  StreamEvent.Completed end() {
    if (finishReason != null) {
      return completed();
    }
    throw StreamFailures.endedEarly(
        failures,
        api,
        "before [DONE] and without a finish_reason",
        "end of body",
        events,
        partialText(),
        requestId);
  }

  private StreamEvent.Completed completed() {
    if (calls != null) {
      output =
          new ModelOutput(
              text.wholeText(),
              reasoningContent == null ? null : reasoningContent.toString(),
              calls.calls(),
              List.of());
    }
    Usage reported = usage != null ? usage : vendorUsage != null ? vendorUsage : Usage.NONE;
    return new StreamEvent.Completed(
        Reply.builder()
            .text(ReplyText.choose(text.wholeText(), refusal.wholeText()))
            .id(id == null ? "" : id)
            .model(model == null ? "" : model)
            .usage(reported)
            .finishReason(finishReason == null ? "" : finishReason)
            .build());
  }

  /** Empty deltas (the role chunk's {@code "content":""}) are not worth an event. */
  private static boolean isPresent(@Nullable String delta) {
    return delta != null && !delta.isEmpty();
  }
}
