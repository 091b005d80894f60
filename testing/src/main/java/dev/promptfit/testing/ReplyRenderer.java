package dev.promptfit.testing;

import dev.promptfit.annotation.Api;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes one scripted answer in an endpoint's wire shape: the SSE events of a stream, unframed so
 * the player can number them, flush each and interrupt between them, or the whole JSON body. One
 * instance per answer.
 */
interface ReplyRenderer {

  /** The renderer for the request's endpoint; requests to other paths are never answered. */
  static ReplyRenderer forPlan(ReplyPlan plan) {
    return plan.request().api() == Api.CHAT_COMPLETIONS
        ? new ChatRenderer(plan)
        : new ResponsesRenderer(plan);
  }

  /** Every event of the stream, through its terminal event. */
  List<WireEvent> stream(boolean background);

  /** The body of a non-streamed answer. */
  String completeBody();

  /**
   * The events of a failure in mid-stream, as the endpoint reports it; the stream ends after.
   * {@code nested} picks, for Responses, the error event with its fields under {@code "error"}.
   */
  List<WireEvent> streamError(String type, @Nullable String code, String message, boolean nested);

  /** The fake token count of the prompt: words of the instructions plus words of the input. */
  static int inputTokens(RecordedLlmRequest request) {
    return Deltas.words(request.instructions()) + Deltas.words(request.input());
  }
}
