package dev.promptfit.testing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a scripted model answer says, whatever the endpoint: a message (text, JSON or refusal), tool
 * calls, and an optional reasoning summary before them. Data only; {@link ReplyPlan} turns it
 * into ids, deltas and usage for one request.
 *
 * @param kind which factory made it
 * @param message the text, JSON or refusal; for tool calls, the text sent before them (or null)
 * @param toolCalls the calls of this model round, in order (empty unless {@code kind} is {@link
 *     Kind#TOOL_CALLS})
 * @param reasoning the reasoning summary text, or null for none
 * @param encryptedContent the reasoning item's {@code encrypted_content}, or null for the default
 */
record ReplyContent(
    Kind kind,
    @Nullable String message,
    List<FakeLlmServer.ToolCall> toolCalls,
    @Nullable String reasoning,
    @Nullable String encryptedContent) {

  enum Kind {
    TEXT,
    JSON,
    REFUSAL,
    TOOL_CALLS
  }

  ReplyContent {
    toolCalls = List.copyOf(toolCalls);
  }

  static ReplyContent of(Kind kind, @Nullable String message, List<FakeLlmServer.ToolCall> calls) {
    return new ReplyContent(kind, message, calls, null, null);
  }

  ReplyContent withMessage(@Nullable String message) {
    return new ReplyContent(kind, message, toolCalls, reasoning, encryptedContent);
  }

  ReplyContent withReasoning(String reasoning, @Nullable String encryptedContent) {
    return new ReplyContent(kind, message, toolCalls, reasoning, encryptedContent);
  }

  /** For {@code toString()}: the kind and what it says. */
  String describe() {
    switch (kind) {
      case TOOL_CALLS:
        return toolCalls.size() + (toolCalls.size() == 1 ? " tool call" : " tool calls");
      case JSON:
        return "json \"" + message + "\"";
      case REFUSAL:
        return "refusal \"" + message + "\"";
      default:
        return "text \"" + message + "\"";
    }
  }
}
