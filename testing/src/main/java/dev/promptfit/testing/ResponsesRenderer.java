package dev.promptfit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Responses API's shapes, modelled on api.openai.com's recordings (PROTOCOL.md §1): one
 * message output item with one {@code output_text} part. Each event is an {@code event:} line and
 * a {@code data:} line whose {@code type} repeats the event name, {@code sequence_number} counting
 * from 0; there is no {@code [DONE]}.
 */
final class ResponsesRenderer implements ReplyRenderer {
  private final RecordedLlmRequest request;
  private final ReplyIds ids;
  private int sequence;

  ResponsesRenderer(RecordedLlmRequest request, ReplyIds ids) {
    this.request = request;
    this.ids = ids;
  }

  @Override
  public List<String> streamOpening() {
    ObjectNode created = event("response.created");
    created.set("response", response("in_progress", "auto"));
    ObjectNode inProgress = event("response.in_progress");
    inProgress.set("response", response("in_progress", "auto"));
    ObjectNode itemAdded = event("response.output_item.added");
    itemAdded.put("output_index", 0);
    itemAdded.set("item", message("in_progress", null));
    ObjectNode partAdded = contentEvent("response.content_part.added");
    partAdded.set("part", textPart(""));
    return List.of(frame(created), frame(inProgress), frame(itemAdded), frame(partAdded));
  }

  @Override
  public String streamDelta(String delta) {
    ObjectNode event = contentEvent("response.output_text.delta");
    event.put("delta", delta);
    event.putArray("logprobs");
    return frame(event);
  }

  @Override
  public List<String> streamClosing(String text, int outputTokens) {
    ObjectNode textDone = contentEvent("response.output_text.done");
    textDone.put("text", text);
    textDone.putArray("logprobs");
    ObjectNode partDone = contentEvent("response.content_part.done");
    partDone.set("part", textPart(text));
    ObjectNode itemDone = event("response.output_item.done");
    itemDone.put("output_index", 0);
    itemDone.set("item", message("completed", text));
    ObjectNode completed = event("response.completed");
    completed.set("response", completedResponse(text, outputTokens));
    return List.of(frame(textDone), frame(partDone), frame(itemDone), frame(completed));
  }

  /** The recorded wire shape: an {@code error} event with a nested error, then {@code response.failed}. */
  @Override
  public List<String> streamError(String type, @Nullable String code, String message) {
    ObjectNode error = event("error");
    error.set("error", nestedError(type, code, message));
    ObjectNode failed = event("response.failed");
    ObjectNode response = response("failed", "default");
    ObjectNode responseError = Json.object();
    responseError.put("code", code != null ? code : type);
    responseError.put("message", message);
    response.set("error", responseError);
    failed.set("response", response);
    return List.of(frame(error), frame(failed));
  }

  @Override
  public String completeBody(String text, int outputTokens) {
    return Json.write(completedResponse(text, outputTokens));
  }

  private ObjectNode completedResponse(String text, int outputTokens) {
    ObjectNode response = response("completed", "default");
    response.putArray("output").add(message("completed", text));
    int inputTokens = ReplyRenderer.inputTokens(request);
    ObjectNode usage = Json.object();
    usage.put("input_tokens", inputTokens);
    usage.putObject("input_tokens_details").put("cached_tokens", 0);
    usage.put("output_tokens", outputTokens);
    usage.putObject("output_tokens_details").put("reasoning_tokens", 0);
    usage.put("total_tokens", inputTokens + outputTokens);
    response.set("usage", usage);
    return response;
  }

  /**
   * The Response object with an empty output and no usage. Request fields the object also has
   * (temperature, top_p, max_output_tokens, reasoning, metadata, ...) are echoed, as the real
   * service echoes them; {@code service_tier} reads {@code auto} until the service has chosen.
   */
  private ObjectNode response(String status, String serviceTier) {
    ObjectNode response = Json.object();
    response.put("id", ids.responseId());
    response.put("object", "response");
    response.put("created_at", ids.created());
    response.put("status", status);
    response.put("background", false);
    response.putNull("error");
    response.putNull("incomplete_details");
    response.put("instructions", request.instructions());
    response.putNull("max_output_tokens");
    response.putNull("max_tool_calls");
    response.put("model", request.model() == null ? "" : request.model());
    response.putArray("output");
    response.put("parallel_tool_calls", true);
    response.putNull("previous_response_id");
    response.putNull("prompt_cache_key");
    ObjectNode reasoning = response.putObject("reasoning");
    reasoning.putNull("effort");
    reasoning.putNull("summary");
    response.putNull("safety_identifier");
    response.put("service_tier", serviceTier);
    response.put("store", true);
    response.put("temperature", 1.0);
    ObjectNode textConfig = response.putObject("text");
    textConfig.putObject("format").put("type", "text");
    textConfig.put("verbosity", "medium");
    response.put("tool_choice", "auto");
    response.putArray("tools");
    response.put("top_logprobs", 0);
    response.put("top_p", 1.0);
    response.put("truncation", "disabled");
    response.putNull("usage");
    response.putNull("user");
    response.putObject("metadata");
    echoRequestFields(response);
    return response;
  }

  private void echoRequestFields(ObjectNode response) {
    for (Map.Entry<String, @Nullable Object> option : request.options().entrySet()) {
      String key = option.getKey();
      if (key.equals("service_tier") || !response.has(key)) {
        continue;
      }
      JsonNode value = Json.toTree(option.getValue());
      JsonNode current = response.get(key);
      if (current.isObject() && value.isObject()) {
        // {"reasoning": {"effort": "low"}} keeps the service's "summary": null beside it.
        ((ObjectNode) current).setAll((ObjectNode) value);
      } else {
        response.set(key, value);
      }
    }
  }

  private ObjectNode message(String status, @Nullable String text) {
    ObjectNode item = Json.object();
    item.put("id", ids.messageId());
    item.put("type", "message");
    item.put("status", status);
    ArrayNode content = item.putArray("content");
    if (text != null) {
      content.add(textPart(text));
    }
    item.put("role", "assistant");
    return item;
  }

  private static ObjectNode textPart(String text) {
    ObjectNode part = Json.object();
    part.put("type", "output_text");
    part.putArray("annotations");
    part.putArray("logprobs");
    part.put("text", text);
    return part;
  }

  private static ObjectNode nestedError(String type, @Nullable String code, String message) {
    ObjectNode error = Json.object();
    error.put("type", type);
    error.put("code", code);
    error.put("message", message);
    error.putNull("param");
    return error;
  }

  private ObjectNode contentEvent(String type) {
    ObjectNode event = event(type);
    event.put("item_id", ids.messageId());
    event.put("output_index", 0);
    event.put("content_index", 0);
    return event;
  }

  private ObjectNode event(String type) {
    ObjectNode event = Json.object();
    event.put("type", type);
    event.put("sequence_number", sequence++);
    return event;
  }

  private static String frame(ObjectNode event) {
    return "event: " + event.get("type").asText() + "\ndata: " + Json.write(event) + "\n\n";
  }
}
