package dev.promptfit.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Chat Completions shapes, modelled on api.openai.com's recordings (PROTOCOL.md §2): {@code
 * data:} lines only; a first chunk with the role, one chunk per delta, a {@code delta: {}} chunk
 * with {@code finish_reason: "stop"}, the {@code choices: []} usage chunk only when the request
 * asked for it with {@code stream_options.include_usage}, then {@code data: [DONE]}.
 */
final class ChatRenderer implements ReplyRenderer {
  private static final String SYSTEM_FINGERPRINT = "fp_fakellm";

  private final RecordedLlmRequest request;
  private final ReplyIds ids;
  private final boolean includeUsage;

  ChatRenderer(RecordedLlmRequest request, ReplyIds ids) {
    this.request = request;
    this.ids = ids;
    this.includeUsage = Json.flag(request.options(), "stream_options", "include_usage");
  }

  @Override
  public List<String> streamOpening() {
    ObjectNode delta = Json.object();
    delta.put("role", "assistant");
    delta.put("content", "");
    delta.putNull("refusal");
    return List.of(frame(chunk(delta, null)));
  }

  @Override
  public String streamDelta(String text) {
    ObjectNode delta = Json.object();
    delta.put("content", text);
    return frame(chunk(delta, null));
  }

  @Override
  public List<String> streamClosing(String text, int outputTokens) {
    List<String> events = new ArrayList<>();
    events.add(frame(chunk(Json.object(), "stop")));
    if (includeUsage) {
      ObjectNode usageChunk = chunkHeader();
      usageChunk.putArray("choices");
      usageChunk.set("usage", usage(outputTokens));
      events.add(frame(usageChunk));
    }
    events.add("data: [DONE]\n\n");
    return events;
  }

  /** As api.openai.com fails mid-stream: one {@code data:} error object, then the stream ends. */
  @Override
  public List<String> streamError(String type, @Nullable String code, String message) {
    ObjectNode root = Json.object();
    root.set("error", ErrorBodies.error(type, code, message));
    return List.of(frame(root));
  }

  @Override
  public String completeBody(String text, int outputTokens) {
    ObjectNode completion = Json.object();
    completion.put("id", ids.chatId());
    completion.put("object", "chat.completion");
    completion.put("created", ids.created());
    completion.put("model", model());
    ObjectNode choice = completion.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    message.put("content", text);
    message.putNull("refusal");
    message.putArray("annotations");
    choice.putNull("logprobs");
    choice.put("finish_reason", "stop");
    completion.set("usage", usage(outputTokens));
    completion.put("service_tier", "default");
    completion.put("system_fingerprint", SYSTEM_FINGERPRINT);
    return Json.write(completion);
  }

  private ObjectNode chunk(ObjectNode delta, @Nullable String finishReason) {
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
    return chunk;
  }

  private ObjectNode chunkHeader() {
    ObjectNode chunk = Json.object();
    chunk.put("id", ids.chatId());
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", ids.created());
    chunk.put("model", model());
    chunk.put("service_tier", "default");
    chunk.put("system_fingerprint", SYSTEM_FINGERPRINT);
    return chunk;
  }

  private ObjectNode usage(int completionTokens) {
    int promptTokens = ReplyRenderer.inputTokens(request);
    ObjectNode usage = Json.object();
    usage.put("prompt_tokens", promptTokens);
    usage.put("completion_tokens", completionTokens);
    usage.put("total_tokens", promptTokens + completionTokens);
    ObjectNode promptDetails = usage.putObject("prompt_tokens_details");
    promptDetails.put("cached_tokens", 0);
    promptDetails.put("audio_tokens", 0);
    ObjectNode completionDetails = usage.putObject("completion_tokens_details");
    completionDetails.put("reasoning_tokens", 0);
    completionDetails.put("audio_tokens", 0);
    completionDetails.put("accepted_prediction_tokens", 0);
    completionDetails.put("rejected_prediction_tokens", 0);
    return usage;
  }

  private String model() {
    String model = request.model();
    return model == null ? "" : model;
  }

  private static String frame(ObjectNode chunk) {
    return "data: " + Json.write(chunk) + "\n\n";
  }
}
