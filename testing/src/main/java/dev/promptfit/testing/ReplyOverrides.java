package dev.promptfit.testing;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a test fixed about a scripted answer instead of letting the fake derive it: ids, served
 * model, usage numbers and how the answer ends. Null means "derive it". Data only.
 *
 * @param responseId the {@code id} of the Response or chat completion
 * @param model the served model, sent back as {@code model}
 * @param inputTokens usage: prompt tokens
 * @param outputTokens usage: completion tokens (reasoning tokens included, as OpenAI counts)
 * @param cachedTokens usage: cached prompt tokens
 * @param reasoningTokens usage: reasoning tokens
 * @param finishReason Chat's {@code finish_reason}; on Responses {@code length} and {@code
 *     content_filter} make the response incomplete
 * @param responseStatus the Responses {@code status} the answer ends with
 * @param errorCode the {@code error.code} of a failed Response
 * @param errorMessage the {@code error.message} of a failed Response
 */
record ReplyOverrides(
    @Nullable String responseId,
    @Nullable String model,
    @Nullable Long inputTokens,
    @Nullable Long outputTokens,
    @Nullable Long cachedTokens,
    @Nullable Long reasoningTokens,
    @Nullable String finishReason,
    @Nullable String responseStatus,
    @Nullable String errorCode,
    @Nullable String errorMessage) {

  /** The statuses a Response can have (spec {@code Response.status}). */
  static final Set<String> STATUSES =
      Set.of("completed", "incomplete", "failed", "cancelled", "queued", "in_progress");

  static final ReplyOverrides NONE =
      new ReplyOverrides(null, null, null, null, null, null, null, null, null, null);
}
