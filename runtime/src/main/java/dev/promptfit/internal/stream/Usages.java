package dev.promptfit.internal.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.Usage;

/**
 * Not API. Reads the two usage shapes into {@link Usage}; a missing or non-numeric count is 0.
 *
 * <ul>
 *   <li>Responses: {@code input_tokens}, {@code output_tokens}, {@code total_tokens}, {@code
 *       input_tokens_details.cached_tokens}, {@code output_tokens_details.reasoning_tokens}.
 *   <li>Chat: {@code prompt_tokens}, {@code completion_tokens}, {@code total_tokens}, {@code
 *       prompt_tokens_details.cached_tokens}, {@code completion_tokens_details.reasoning_tokens}.
 * </ul>
 */
final class Usages {
  private Usages() {}

  /** The usage of a Responses {@code usage} object; {@link Usage#NONE} for null or missing. */
  static Usage responses(JsonNode usage) {
    if (!usage.isObject()) {
      return Usage.NONE;
    }
    return new Usage(
        count(usage.path("input_tokens")),
        count(usage.path("output_tokens")),
        count(usage.path("total_tokens")),
        count(usage.path("input_tokens_details").path("cached_tokens")),
        count(usage.path("output_tokens_details").path("reasoning_tokens")));
  }

  /** The usage of a Chat {@code usage} object; {@link Usage#NONE} for null or missing. */
  static Usage chat(JsonNode usage) {
    if (!usage.isObject()) {
      return Usage.NONE;
    }
    return new Usage(
        count(usage.path("prompt_tokens")),
        count(usage.path("completion_tokens")),
        count(usage.path("total_tokens")),
        count(usage.path("prompt_tokens_details").path("cached_tokens")),
        count(usage.path("completion_tokens_details").path("reasoning_tokens")));
  }

  private static long count(JsonNode node) {
    // Only numbers count: asLong() would also turn "12" or true into a count.
    return node.isNumber() ? node.asLong() : 0;
  }
}
