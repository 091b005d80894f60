package dev.promptfit.internal.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The body of {@code POST /chat/completions}: {@code messages} is {@code [system?, user]}.
 * Fields left null are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "model",
  "messages",
  "stream",
  "stream_options",
  "temperature",
  "top_p",
  "max_completion_tokens",
  "reasoning_effort"
})
public final class ChatRequest {
  /** The {@code model} field. */
  @JsonProperty("model")
  public final String model;

  /** The {@code messages} field. */
  @JsonProperty("messages")
  public final List<Message> messages;

  /** The {@code stream} field; null means not sent. */
  @JsonProperty("stream")
  public final @Nullable Boolean stream;

  /** The {@code stream_options} field; null means not sent. */
  @JsonProperty("stream_options")
  public final @Nullable StreamOptions streamOptions;

  /** The {@code temperature} field; null means not sent. */
  @JsonProperty("temperature")
  public final @Nullable Double temperature;

  /** The {@code top_p} field; null means not sent. */
  @JsonProperty("top_p")
  public final @Nullable Double topP;

  /** The {@code max_completion_tokens} field; null means not sent. */
  @JsonProperty("max_completion_tokens")
  public final @Nullable Integer maxCompletionTokens;

  /** The {@code reasoning_effort} field; null means not sent. */
  @JsonProperty("reasoning_effort")
  public final @Nullable String reasoningEffort;

  private final Map<String, Object> extraBody;

  /** A body; null options are left out, {@code extraBody} fields go last. */
  public ChatRequest(
      String model,
      @Nullable String instructions,
      String input,
      @Nullable Boolean stream,
      boolean includeUsage,
      @Nullable Double temperature,
      @Nullable Double topP,
      @Nullable Integer maxCompletionTokens,
      @Nullable String reasoningEffort,
      Map<String, Object> extraBody) {
    this.model = model;
    List<Message> list = new ArrayList<>(2);
    if (instructions != null) {
      list.add(new Message("system", instructions));
    }
    list.add(new Message("user", input));
    this.messages = List.copyOf(list);
    this.stream = stream;
    this.streamOptions =
        Boolean.TRUE.equals(stream) && includeUsage ? new StreamOptions(true) : null;
    this.temperature = temperature;
    this.topP = topP;
    this.maxCompletionTokens = maxCompletionTokens;
    this.reasoningEffort = reasoningEffort;
    this.extraBody = extraBody;
  }

  /** {@code CallOptions.extraBody}, written after the fields above. */
  @JsonAnyGetter
  public Map<String, Object> extraBody() {
    return extraBody;
  }

  /** One chat message. */
  public record Message(@JsonProperty("role") String role, @JsonProperty("content") String content) {}

  /** {@code stream_options: {include_usage}}. */
  public record StreamOptions(@JsonProperty("include_usage") boolean includeUsage) {}

  @Override
  public String toString() {
    return "ChatRequest{model=" + model + ", stream=" + stream + "}";
  }
}
