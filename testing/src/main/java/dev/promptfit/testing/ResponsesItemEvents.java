package dev.promptfit.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Responses events of a message item (text or refusal) and of a reasoning item with its
 * summary (PROTOCOL.md §1.2), as api.openai.com streams them.
 */
final class ResponsesItemEvents {
  private ResponsesItemEvents() {}

  /**
   * {@code output_item.added}, {@code content_part.added}, the deltas ({@code output_text.delta}
   * or {@code refusal.delta}), their {@code .done}, {@code content_part.done} and {@code
   * output_item.done}.
   */
  static List<WireEvent> message(ResponsesObjects objects, ReplyPlan plan, int outputIndex) {
    ReplyPlan.Part message = plan.message();
    String itemId = plan.ids().messageId();
    String kind = plan.refusal() ? "refusal" : "output_text";
    List<WireEvent> events = new ArrayList<>();
    events.add(itemEvent("response.output_item.added", outputIndex, objects.messageItem("in_progress", false)));
    ObjectNode partAdded = contentEvent("response.content_part.added", itemId, outputIndex);
    partAdded.set("part", objects.contentPart(""));
    events.add(WireEvent.responses(partAdded, WireEvent.Kind.OTHER));
    for (String delta : message.deltas()) {
      ObjectNode event = contentEvent("response." + kind + ".delta", itemId, outputIndex);
      event.put("delta", delta);
      if (!plan.refusal()) {
        event.putArray("logprobs");
      }
      events.add(WireEvent.responses(event, WireEvent.Kind.DELTA));
    }
    ObjectNode done = contentEvent("response." + kind + ".done", itemId, outputIndex);
    if (plan.refusal()) {
      done.put("refusal", message.text());
    } else {
      done.put("text", message.text());
      done.putArray("logprobs");
    }
    events.add(WireEvent.responses(done, WireEvent.Kind.OTHER));
    ObjectNode partDone = contentEvent("response.content_part.done", itemId, outputIndex);
    partDone.set("part", objects.contentPart(message.text()));
    events.add(WireEvent.responses(partDone, WireEvent.Kind.OTHER));
    String status = plan.status().equals("incomplete") ? "incomplete" : "completed";
    events.add(itemEvent("response.output_item.done", outputIndex, objects.messageItem(status, true)));
    return events;
  }

  /**
   * {@code output_item.added}, then, for a non-empty summary, {@code
   * reasoning_summary_part.added}, the {@code reasoning_summary_text.delta}s, their {@code .done}
   * and {@code reasoning_summary_part.done}; then {@code output_item.done}, whose item (with
   * {@code encrypted_content}) is the one to pass back.
   */
  static List<WireEvent> reasoning(ResponsesObjects objects, ReplyPlan plan, int outputIndex) {
    ReplyPlan.Part reasoning = plan.reasoning();
    String itemId = plan.ids().reasoningId();
    List<WireEvent> events = new ArrayList<>();
    events.add(itemEvent("response.output_item.added", outputIndex, objects.reasoningItem(false)));
    if (!reasoning.text().isEmpty()) {
      ObjectNode partAdded = summaryEvent("response.reasoning_summary_part.added", itemId, outputIndex);
      partAdded.set("part", ResponsesObjects.summaryPart(""));
      events.add(WireEvent.responses(partAdded, WireEvent.Kind.OTHER));
      for (String delta : reasoning.deltas()) {
        ObjectNode event = summaryEvent("response.reasoning_summary_text.delta", itemId, outputIndex);
        event.put("delta", delta);
        events.add(WireEvent.responses(event, WireEvent.Kind.DELTA));
      }
      ObjectNode textDone = summaryEvent("response.reasoning_summary_text.done", itemId, outputIndex);
      textDone.put("text", reasoning.text());
      events.add(WireEvent.responses(textDone, WireEvent.Kind.OTHER));
      ObjectNode partDone = summaryEvent("response.reasoning_summary_part.done", itemId, outputIndex);
      partDone.set("part", ResponsesObjects.summaryPart(reasoning.text()));
      events.add(WireEvent.responses(partDone, WireEvent.Kind.OTHER));
    }
    events.add(itemEvent("response.output_item.done", outputIndex, objects.reasoningItem(true)));
    return events;
  }

  /** A new event: {@code type}, then {@code sequence_number}, filled in when it is framed. */
  static ObjectNode event(String type) {
    ObjectNode event = Json.object();
    event.put("type", type);
    event.put("sequence_number", 0);
    return event;
  }

  /** {@code output_item.added} or {@code .done}. */
  static WireEvent itemEvent(String type, int outputIndex, ObjectNode item) {
    ObjectNode event = event(type);
    event.put("output_index", outputIndex);
    event.set("item", item);
    return WireEvent.responses(event, WireEvent.Kind.OTHER);
  }

  private static ObjectNode contentEvent(String type, String itemId, int outputIndex) {
    ObjectNode event = event(type);
    event.put("item_id", itemId);
    event.put("output_index", outputIndex);
    event.put("content_index", 0);
    return event;
  }

  private static ObjectNode summaryEvent(String type, String itemId, int outputIndex) {
    ObjectNode event = event(type);
    event.put("item_id", itemId);
    event.put("output_index", outputIndex);
    event.put("summary_index", 0);
    return event;
  }
}
