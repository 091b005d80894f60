package dev.promptfit.internal.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The body of {@code POST /responses}. Fields left null are not sent: a service sees
 * only what the user configured.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "model", "instructions", "input", "stream", "temperature", "top_p", "max_output_tokens", "reasoning"
})
public final class ResponsesRequest {
  /** The {@code model} field. */
  @JsonProperty("model")
  public final String model;

  /** The {@code instructions} field; null means not sent. */
  @JsonProperty("instructions")
  public final @Nullable String instructions;

  /** Always the one-message list form: some models behind proxies reject a bare string. */
  @JsonProperty("input")
  public final List<InputMessage> input;

  /** The {@code stream} field; null means not sent. */
  @JsonProperty("stream")
  public final @Nullable Boolean stream;

  /** The {@code temperature} field; null means not sent. */
  @JsonProperty("temperature")
  public final @Nullable Double temperature;

  /** The {@code top_p} field; null means not sent. */
  @JsonProperty("top_p")
  public final @Nullable Double topP;

  /** The {@code max_output_tokens} field; null means not sent. */
  @JsonProperty("max_output_tokens")
  public final @Nullable Integer maxOutputTokens;

  /** The {@code reasoning} field; null means not sent. */
  @JsonProperty("reasoning")
  public final @Nullable Reasoning reasoning;

  private final Map<String, Object> extraBody;

  /** A body; null options are left out, {@code extraBody} fields go last. */
  public ResponsesRequest(
      String model,
      @Nullable String instructions,
      String input,
      @Nullable Boolean stream,
      @Nullable Double temperature,
      @Nullable Double topP,
      @Nullable Integer maxOutputTokens,
      @Nullable String reasoningEffort,
      Map<String, Object> extraBody) {
    this.model = model;
    this.instructions = instructions;
    this.input = List.of(new InputMessage("user", input));
    this.stream = stream;
    this.temperature = temperature;
    this.topP = topP;
    this.maxOutputTokens = maxOutputTokens;
    this.reasoning = reasoningEffort == null ? null : new Reasoning(reasoningEffort);
    this.extraBody = extraBody;
  }

  /** {@code CallOptions.extraBody}, written after the fields above. */
  @JsonAnyGetter
  public Map<String, Object> extraBody() {
    return extraBody;
  }

  /** One input message. */
  public record InputMessage(
      @JsonProperty("role") String role, @JsonProperty("content") String content) {}

  /** {@code reasoning: {effort}}. */
  public record Reasoning(@JsonProperty("effort") String effort) {}

  @Override
  public String toString() {
    return "ResponsesRequest{model=" + model + ", stream=" + stream + "}";
  }
}
