package dev.promptfit.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Chat Completions shapes, modelled on api.openai.com's recordings (PROTOCOL.md §2): {@code
 * data:} lines only; a first chunk with the role, then one chunk per delta — reasoning ({@code
 * reasoning_content}, as DeepSeek sends it), text ({@code content}) or refusal ({@code refusal}),
 * then tool-call fragments — a {@code delta: {}} chunk with the finish reason, the {@code
 * choices: []} usage chunk only when the request asked for it with {@code
 * stream_options.include_usage}, then {@code data: [DONE]}.
 */
final class ChatRenderer implements ReplyRenderer {
  private static final String SYSTEM_FINGERPRINT = "fp_fakellm";

  private final ReplyPlan plan;
  private final boolean includeUsage;

  ChatRenderer(ReplyPlan plan) {
    this.plan = plan;
    this.includeUsage = Json.flag(plan.request().options(), "stream_options", "include_usage");
  }

  /** Chat has no background mode: {@code background} is ignored. */
  @Override
  public List<WireEvent> stream(boolean background) {
    List<WireEvent> events = new ArrayList<>();
    events.add(chunk(roleDelta(), null, WireEvent.Kind.OTHER));
    if (plan.reasoning() != null) {
      for (String piece : plan.reasoning().deltas()) {
        ObjectNode delta = Json.object();
        delta.putNull("content");
        delta.put("reasoning_content", piece);
        events.add(chunk(delta, null, WireEvent.Kind.DELTA));
      }
    }
    if (plan.message() != null) {
      for (String piece : plan.message().deltas()) {
        ObjectNode delta = Json.object();
        delta.put(plan.refusal() ? "refusal" : "content", piece);
        events.add(chunk(delta, null, WireEvent.Kind.DELTA));
      }
    }
    for (int index = 0; index < plan.calls().size(); index++) {
      List<ObjectNode> fragments = ChatToolCallChunks.fragments(plan.calls().get(index), index);
      for (int i = 0; i < fragments.size(); i++) {
        // The first fragment names the call; every later one carries an argument piece.
        events.add(chunk(fragments.get(i), null, i == 0 ? WireEvent.Kind.OTHER : WireEvent.Kind.DELTA));
      }
    }
    events.add(chunk(Json.object(), plan.chatFinishReason(), WireEvent.Kind.END));
    if (includeUsage) {
      ObjectNode usageChunk = chunkHeader();
      usageChunk.putArray("choices");
      usageChunk.set("usage", usage());
      events.add(WireEvent.data(usageChunk, WireEvent.Kind.OTHER));
    }
    events.add(WireEvent.raw("data: [DONE]\n\n"));
    return events;
  }

  /**
   * As api.openai.com fails mid-stream: one {@code data:} line holding {@code {"error": {...}}},
   * then the stream ends without {@code [DONE]}. Chat errors are always nested.
   */
  @Override
  public List<WireEvent> streamError(
      String type, @Nullable String code, String message, boolean nested) {
    ObjectNode root = Json.object();
    root.set("error", ErrorBodies.error(type, code, message));
    return List.of(WireEvent.data(root, WireEvent.Kind.OTHER));
  }

  @Override
  public String completeBody() {
    ObjectNode completion = Json.object();
    completion.put("id", plan.chatId());
    completion.put("object", "chat.completion");
    completion.put("created", plan.ids().created());
    completion.put("model", plan.model());
    ObjectNode choice = completion.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    String text = plan.message() == null ? null : plan.message().text();
    message.put("content", plan.refusal() ? null : text);
    message.put("refusal", plan.refusal() ? text : null);
    message.putArray("annotations");
    if (!plan.calls().isEmpty()) {
      ArrayNode toolCalls = message.putArray("tool_calls");
      for (ReplyPlan.Call call : plan.calls()) {
        toolCalls.add(ChatToolCallChunks.toolCall(call));
      }
    }
    if (plan.reasoning() != null) {
      message.put("reasoning_content", plan.reasoning().text());
    }
    choice.putNull("logprobs");
    choice.put("finish_reason", plan.chatFinishReason());
    completion.set("usage", usage());
    completion.put("service_tier", "default");
    completion.put("system_fingerprint", SYSTEM_FINGERPRINT);
    return Json.write(completion);
  }

  /**
   * The first delta: the role, {@code content: ""} for a text answer (null when reasoning,
   * refusal or tool calls come first), {@code refusal: ""} before a refusal.
   */
  private ObjectNode roleDelta() {
    ObjectNode delta = Json.object();
    delta.put("role", "assistant");
    boolean textFirst = plan.reasoning() == null && plan.message() != null && !plan.refusal();
    delta.put("content", textFirst ? "" : null);
    if (plan.reasoning() != null) {
      delta.put("reasoning_content", "");
    }
    delta.put("refusal", plan.refusal() ? "" : null);
    return delta;
  }

  private WireEvent chunk(ObjectNode delta, @Nullable String finishReason, WireEvent.Kind kind) {
    ObjectNode chunk = chunkHeader();
    ObjectNode choice = chunk.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason);
    if (includeUsage) {
      // 2025+ recordings repeat "usage": null on every chunk before the usage chunk.
      chunk.putNull("usage");
    }
    return WireEvent.data(chunk, kind);
  }

  private ObjectNode chunkHeader() {
    ObjectNode chunk = Json.object();
    chunk.put("id", plan.chatId());
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", plan.ids().created());
    chunk.put("model", plan.model());
    chunk.put("service_tier", "default");
    chunk.put("system_fingerprint", SYSTEM_FINGERPRINT);
    return chunk;
  }

  private ObjectNode usage() {
    ReplyPlan.Usage usage = plan.usage();
    ObjectNode node = Json.object();
    node.put("prompt_tokens", usage.input());
    node.put("completion_tokens", usage.output());
    node.put("total_tokens", usage.total());
    ObjectNode promptDetails = node.putObject("prompt_tokens_details");
    promptDetails.put("cached_tokens", usage.cached());
    promptDetails.put("audio_tokens", 0);
    ObjectNode completionDetails = node.putObject("completion_tokens_details");
    completionDetails.put("reasoning_tokens", usage.reasoning());
    completionDetails.put("audio_tokens", 0);
    completionDetails.put("accepted_prediction_tokens", 0);
    completionDetails.put("rejected_prediction_tokens", 0);
    return node;
  }
}
