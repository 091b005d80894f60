package dev.promptfit.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Responses events of one {@code function_call} output item, as api.openai.com streams them
 * ({@code responses/openai-gpt4omini-function-call-arguments.sse}): {@code output_item.added}
 * with the call id, name and empty arguments; {@code function_call_arguments.delta}s; {@code
 * function_call_arguments.done} with the whole arguments and, like every real stream, no {@code
 * name}; {@code output_item.done}.
 */
final class ResponsesFunctionCallEvents {
  private ResponsesFunctionCallEvents() {}

  static List<WireEvent> events(ReplyPlan.Call call, int outputIndex) {
    List<WireEvent> events = new ArrayList<>();
    events.add(
        ResponsesItemEvents.itemEvent(
            "response.output_item.added",
            outputIndex,
            ResponsesObjects.functionCallItem(call, false)));
    for (String delta : call.deltas()) {
      ObjectNode event = argumentsEvent("response.function_call_arguments.delta", call, outputIndex);
      event.put("delta", delta);
      events.add(WireEvent.responses(event, WireEvent.Kind.DELTA));
    }
    ObjectNode done = argumentsEvent("response.function_call_arguments.done", call, outputIndex);
    done.put("arguments", call.arguments());
    events.add(WireEvent.responses(done, WireEvent.Kind.OTHER));
    events.add(
        ResponsesItemEvents.itemEvent(
            "response.output_item.done", outputIndex, ResponsesObjects.functionCallItem(call, true)));
    return events;
  }

  private static ObjectNode argumentsEvent(String type, ReplyPlan.Call call, int outputIndex) {
    ObjectNode event = ResponsesItemEvents.event(type);
    event.put("item_id", call.itemId());
    event.put("output_index", outputIndex);
    return event;
  }
}
