package dev.promptfit.internal.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.promptfit.Usage;
import java.util.List;

/**
 * Not API. What a reply or a failure needs from a Responses {@code Response} object, read by {@link
 * ResponseReader} without keeping the rest: a {@code response.completed} repeats the whole output,
 * which can be as large as the answer.
 *
 * @param id {@code id} if it is a string, else empty
 * @param model {@code model} if it is a string, else empty
 * @param status {@code status} if it is a string, else empty
 * @param usage {@code usage}; {@link Usage#NONE} if absent
 * @param error {@code error}, missing if absent
 * @param incompleteDetails {@code incomplete_details}, missing if absent
 * @param toolCall whether an output item is a {@code function_call} or {@code custom_tool_call}
 * @param text the {@code output_text} parts of the {@code message} items, joined; empty unless asked
 *     for
 * @param refusal their {@code refusal} parts, joined; empty unless asked for
 * @param items every output item as a tree; empty unless asked for (a call that offers tools)
 */
record ResponseSummary(
    String id,
    String model,
    String status,
    Usage usage,
    JsonNode error,
    JsonNode incompleteDetails,
    boolean toolCall,
    String text,
    String refusal,
    List<JsonNode> items) {

  /** A summary without output items, as a call without tools reads one. */
  ResponseSummary(
      String id,
      String model,
      String status,
      Usage usage,
      JsonNode error,
      JsonNode incompleteDetails,
      boolean toolCall,
      String text,
      String refusal) {
    this(id, model, status, usage, error, incompleteDetails, toolCall, text, refusal, List.of());
  }

  /** A {@code response} that is absent or not an object. */
  static final ResponseSummary EMPTY =
      new ResponseSummary(
          "", "", "", Usage.NONE, MissingNode.getInstance(), MissingNode.getInstance(), false, "",
          "", List.of());
}
