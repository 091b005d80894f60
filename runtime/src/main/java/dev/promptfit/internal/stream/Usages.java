package dev.promptfit.internal.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.Usage;

/**
 * Not API. Reads the two usage shapes into {@link Usage}.
 *
 * <ul>
 *   <li>Responses: {@code input_tokens}, {@code output_tokens}, {@code total_tokens}, {@code
 *       input_tokens_details.cached_tokens}, {@code output_tokens_details.reasoning_tokens}.
 *   <li>Chat: {@code prompt_tokens}, {@code completion_tokens}, {@code total_tokens}, {@code
 *       prompt_tokens_details.cached_tokens}, {@code completion_tokens_details.reasoning_tokens}.
 * </ul>
 *
 * <p>A count is a whole number from 0 to {@code Long.MAX_VALUE}; anything else (missing, text,
 * negative, fractional, too large, infinite) was not reported and is 0, never wrapped or rounded
 * into a count. A usage without a single count is {@link Usage#NONE}.
 */
final class Usages {
  private static final double TWO_TO_63 = 0x1p63;

  private Usages() {}

  /** The usage of a Responses {@code usage} object; {@link Usage#NONE} if it reports nothing. */
  static Usage responses(JsonNode usage) {
    return of(
        usage,
        usage.path("input_tokens"),
        usage.path("output_tokens"),
        usage.path("total_tokens"),
        usage.path("input_tokens_details").path("cached_tokens"),
        usage.path("output_tokens_details").path("reasoning_tokens"));
  }

  /** The usage of a Chat {@code usage} object; {@link Usage#NONE} if it reports nothing. */
  static Usage chat(JsonNode usage) {
    return of(
        usage,
        usage.path("prompt_tokens"),
        usage.path("completion_tokens"),
        usage.path("total_tokens"),
        usage.path("prompt_tokens_details").path("cached_tokens"),
        usage.path("completion_tokens_details").path("reasoning_tokens"));
  }

  private static Usage of(
      JsonNode usage,
      JsonNode input,
      JsonNode output,
      JsonNode total,
      JsonNode cached,
      JsonNode reasoning) {
    if (!usage.isObject()
        || (count(input) < 0
            && count(output) < 0
            && count(total) < 0
            && count(cached) < 0
            && count(reasoning) < 0)) {
      return Usage.NONE;
    }
    return new Usage(
        reported(input), reported(output), reported(total), reported(cached), reported(reasoning));
  }

  private static long reported(JsonNode node) {
    return Math.max(0, count(node));
  }

  /** The count {@code node} holds, or -1 if it holds none. */
  private static long count(JsonNode node) {
    // Only numbers count: asLong() would also turn "12" or true into a count, and it wraps a
    // number beyond a long (1e23 as an integer) into a wrong one.
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() && node.longValue() >= 0 ? node.longValue() : -1;
    }
    if (node.isNumber()) {
      // A whole count written as a float (12.0, 3e2); 1e23 is past a long, 1e999 is infinite.
      double value = node.doubleValue();
      return value >= 0 && value < TWO_TO_63 && value == Math.rint(value) ? (long) value : -1;
    }
    return -1;
  }
}
