package dev.promptfit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Responses API's objects for one answer, modelled on api.openai.com's recordings: the
 * Response (in any status), its output items (reasoning, message, function calls) and usage.
 * Events and bodies are built from these, so they always agree.
 */
final class ResponsesObjects {
  /** The statuses whose Response carries the output and usage. */
  private static final Set<String> FINISHED = Set.of("completed", "incomplete", "failed");

  private final ReplyPlan plan;

  ResponsesObjects(ReplyPlan plan) {
    this.plan = plan;
  }

  /**
   * The Response as a poll or a non-streamed answer shows it in {@code status}: finished ones
   * carry every output item and usage (a failed one its {@code error}, an incomplete one its
   * {@code incomplete_details}); queued, in-progress and cancelled ones have neither.
   */
  ObjectNode body(String status) {
    ObjectNode response = response(status, "default");
    if (!FINISHED.contains(status)) {
      return response;
    }
    ArrayNode output = response.putArray("output");
    if (plan.reasoning() != null) {
      output.add(reasoningItem(true));
    }
    if (plan.message() != null) {
      output.add(messageItem(status.equals("incomplete") ? "incomplete" : "completed", true));
    }
    for (ReplyPlan.Call call : plan.calls()) {
      output.add(functionCallItem(call, true));
    }
    if (status.equals("failed")) {
      ObjectNode error = Json.object();
      error.put("code", plan.errorCode());
      error.put("message", plan.errorMessage());
      response.set("error", error);
      return response;
    }
    if (status.equals("incomplete")) {
      response.putObject("incomplete_details").put("reason", plan.incompleteReason());
    }
    response.set("usage", usage());
    return response;
  }

  /**
   * The Response with an empty output and no usage. Request fields the object also has
   * (temperature, tools, text, background, store, ...) are echoed, as the real service echoes
   * them; {@code service_tier} reads {@code auto} until the service has chosen.
   */
  ObjectNode response(String status, String serviceTier) {
    RecordedLlmRequest request = plan.request();
    ObjectNode response = Json.object();
    response.put("id", plan.responsesId());
    response.put("object", "response");
    response.put("created_at", plan.ids().created());
    response.put("status", status);
    response.put("background", false);
    if (status.equals("completed")) {
      response.put("completed_at", plan.ids().created());
    } else {
      response.putNull("completed_at");
    }
    response.putNull("error");
    response.put("frequency_penalty", 0.0);
    response.putNull("incomplete_details");
    response.put("instructions", request.instructions());
    response.putNull("max_output_tokens");
    response.putNull("max_tool_calls");
    response.put("model", plan.model());
    response.putArray("output");
    response.put("parallel_tool_calls", true);
    response.put("presence_penalty", 0.0);
    response.putNull("previous_response_id");
    response.putNull("prompt_cache_key");
    response.putNull("prompt_cache_retention");
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

  ObjectNode usage() {
    ReplyPlan.Usage usage = plan.usage();
    ObjectNode node = Json.object();
    node.put("input_tokens", usage.input());
    ObjectNode inputDetails = node.putObject("input_tokens_details");
    inputDetails.put("cached_tokens", usage.cached());
    // Newer than the 2025 recordings, but required by the current spec and openai-java.
    inputDetails.put("cache_write_tokens", 0);
    node.put("output_tokens", usage.output());
    node.putObject("output_tokens_details").put("reasoning_tokens", usage.reasoning());
    node.put("total_tokens", usage.total());
    return node;
  }

  /** The reasoning item; in {@code .added} its summary is still empty. */
  ObjectNode reasoningItem(boolean done) {
    ReplyPlan.Part reasoning = plan.reasoning();
    ObjectNode item = Json.object();
    item.put("id", plan.ids().reasoningId());
    item.put("type", "reasoning");
    item.put("encrypted_content", plan.encryptedContent());
    ArrayNode summary = item.putArray("summary");
    if (done && reasoning != null && !reasoning.text().isEmpty()) {
      summary.add(summaryPart(reasoning.text()));
    }
    return item;
  }

  /** The message item, with its one content part when {@code withContent}. */
  ObjectNode messageItem(String status, boolean withContent) {
    ObjectNode item = Json.object();
    item.put("id", plan.ids().messageId());
    item.put("type", "message");
    item.put("status", status);
    ArrayNode content = item.putArray("content");
    if (withContent && plan.message() != null) {
      content.add(contentPart(plan.message().text()));
    }
    item.put("role", "assistant");
    return item;
  }

  /** The message's content part: {@code output_text}, or {@code refusal} for a refusal. */
  ObjectNode contentPart(String text) {
    ObjectNode part = Json.object();
    if (plan.refusal()) {
      part.put("type", "refusal");
      part.put("refusal", text);
      return part;
    }
    part.put("type", "output_text");
    part.putArray("annotations");
    part.putArray("logprobs");
    part.put("text", text);
    return part;
  }

  /** A function call item; in {@code .added} its arguments are still empty. */
  static ObjectNode functionCallItem(ReplyPlan.Call call, boolean done) {
    ObjectNode item = Json.object();
    item.put("id", call.itemId());
    item.put("type", "function_call");
    item.put("status", done ? "completed" : "in_progress");
    item.put("arguments", done ? call.arguments() : "");
    item.put("call_id", call.callId());
    item.put("name", call.name());
    return item;
  }

  static ObjectNode summaryPart(String text) {
    ObjectNode part = Json.object();
    part.put("type", "summary_text");
    part.put("text", text);
    return part;
  }

  private void echoRequestFields(ObjectNode response) {
    for (Map.Entry<String, @Nullable Object> option : plan.request().options().entrySet()) {
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
}
