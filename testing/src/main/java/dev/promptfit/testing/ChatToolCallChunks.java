package dev.promptfit.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Chat Completions tool calls (PROTOCOL.md §2.2 rule 2, {@code
 * chat/openai-gpt4o-tool-calls-parallel.sse}): streamed, the first fragment of a call carries
 * {@code index}, {@code id}, {@code type}, {@code function.name} and empty arguments, later ones
 * only {@code index} and an argument piece; whole, {@code message.tool_calls[]}.
 */
final class ChatToolCallChunks {
  private ChatToolCallChunks() {}

  /** The {@code delta} objects of one call, in order: the naming fragment, then each piece. */
  static List<ObjectNode> fragments(ReplyPlan.Call call, int index) {
    List<ObjectNode> deltas = new ArrayList<>();
    ObjectNode first = Json.object();
    ObjectNode opening = first.putArray("tool_calls").addObject();
    opening.put("index", index);
    opening.put("id", call.callId());
    opening.put("type", "function");
    ObjectNode function = opening.putObject("function");
    function.put("name", call.name());
    function.put("arguments", "");
    deltas.add(first);
    for (String piece : call.deltas()) {
      ObjectNode delta = Json.object();
      ObjectNode fragment = delta.putArray("tool_calls").addObject();
      fragment.put("index", index);
      fragment.putObject("function").put("arguments", piece);
      deltas.add(delta);
    }
    return deltas;
  }

  /** One entry of a non-streamed {@code message.tool_calls}. */
  static ObjectNode toolCall(ReplyPlan.Call call) {
    ObjectNode toolCall = Json.object();
    toolCall.put("id", call.callId());
    toolCall.put("type", "function");
    ObjectNode function = toolCall.putObject("function");
    function.put("name", call.name());
    function.put("arguments", call.arguments());
    return toolCall;
  }
}
