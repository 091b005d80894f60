package dev.promptfit.testing;

import dev.promptfit.annotation.Api;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes one answer in an endpoint's wire shape: the framed SSE events of a stream, piece by
 * piece so the player can flush and interrupt between them, or the whole JSON object. One
 * instance per answer, because Responses events number themselves ({@code sequence_number}).
 */
interface ReplyRenderer {

  /** The renderer for the request's endpoint; requests to other paths are never answered. */
  static ReplyRenderer forRequest(RecordedLlmRequest request, ReplyIds ids) {
    return request.api() == Api.CHAT_COMPLETIONS
        ? new ChatRenderer(request, ids)
        : new ResponsesRenderer(request, ids);
  }

  /** The events before the first delta. */
  List<String> streamOpening();

  /** The event carrying one text delta. */
  String streamDelta(String delta);

  /** The events after the last delta, through the terminal event. */
  List<String> streamClosing(String text, int outputTokens);

  /** The events of a failure in mid-stream, as the endpoint reports it; the stream ends after. */
  List<String> streamError(String type, @Nullable String code, String message);

  /** The body of a non-streamed answer. */
  String completeBody(String text, int outputTokens);

  /** The fake token count of the prompt: words of the instructions plus words of the input. */
  static int inputTokens(RecordedLlmRequest request) {
    return Deltas.words(request.instructions()) + Deltas.words(request.input());
  }
}
