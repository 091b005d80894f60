package dev.promptfit.opentelemetry;

import dev.promptfit.PromptfitListener;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * OpenTelemetry for Promptfit: a {@link PromptfitListener} that records every prompt call as a
 * span and in metrics, named by the OpenTelemetry GenAI semantic conventions (v1.41.0).
 *
 * <pre><code>
 * OpenTelemetry openTelemetry = ...;   // your SDK, or GlobalOpenTelemetry.get() under the agent
 * Promptfit promptfit = Promptfit.builder()
 *     .listener(PromptfitTelemetry.create(openTelemetry))
 *     .build();
 * </code></pre>
 *
 * <p><b>Spans.</b> One span of kind CLIENT per prompt call, named {@code {gen_ai.operation.name}
 * {gen_ai.request.model}} ({@code chat gpt-5-mini}, for both the Responses and the Chat Completions
 * API, which {@code openai.api.type} tells apart), a child of the context that was current where
 * the prompt method was invoked. It starts when the answer is first asked for (a {@code Stream}'s
 * first terminal operation, a {@code Flow.Publisher}'s first demand) and ends when the answer
 * ends, fails or is cancelled, so a future or stream is timed to its last delta, not to the
 * method's return. Request attributes: {@code gen_ai.operation.name}, {@code
 * gen_ai.provider.name}, {@code gen_ai.request.model}, {@code .temperature}, {@code .top_p},
 * {@code .max_tokens}, {@code gen_ai.request.stream}, {@code server.address}, {@code
 * server.port}, {@code openai.api.type}, {@code promptfit.method}; response attributes: {@code
 * gen_ai.response.id}, {@code .model}, {@code .finish_reasons}, {@code
 * .time_to_first_chunk} (streams), {@code gen_ai.usage.input_tokens}, {@code .output_tokens},
 * {@code .cache_read.input_tokens}, {@code .reasoning.output_tokens}. A failure sets {@code
 * error.type} ({@code cancelled}, {@code timeout}, the HTTP status, the stream's error code, or
 * the exception's class name) and the ERROR status. Each retried attempt is a {@code
 * promptfit.retry} event; each tool run an INTERNAL child span {@code execute_tool {name}}, current
 * while the tool runs.
 *
 * <p><b>Metrics</b> (once per call): {@code gen_ai.client.operation.duration} (s), {@code
 * gen_ai.client.token.usage} ({@code {token}}, by {@code gen_ai.token.type}) and, for streamed
 * calls, {@code gen_ai.client.operation.time_to_first_chunk} (s), with the conventions' bucket
 * boundaries.
 *
 * <p><b>Content.</b> Prompts, instructions, answers, tool arguments and results are recorded
 * ({@code gen_ai.system_instructions}, {@code gen_ai.input.messages}, {@code
 * gen_ai.output.messages}, {@code gen_ai.tool.call.arguments}, {@code .result}, as JSON strings)
 * only when the client says {@code Promptfit.builder().captureContent(true)}; otherwise no
 * attribute, event or status holds them. The API key is never recorded.
 */
public final class PromptfitTelemetry {
  /** The instrumentation scope of the spans and metrics. */
  public static final String INSTRUMENTATION_NAME = "dev.promptfit";

  private PromptfitTelemetry() {}

  /**
   * A listener that records spans and metrics through {@code openTelemetry}, with {@code
   * gen_ai.provider.name} {@code openai}.
   */
  public static PromptfitListener create(OpenTelemetry openTelemetry) {
    return builder(openTelemetry).build();
  }

  /**
   * A builder, for a provider other than OpenAI behind the OpenAI-compatible API.
   *
   * <pre><code>
   * PromptfitListener listener = PromptfitTelemetry.builder(openTelemetry)
   *     .providerName("azure.ai.openai")
   *     .build();
   * </code></pre>
   */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(openTelemetry);
  }

  /** Configures the listener {@link PromptfitTelemetry} makes. */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private String providerName = GenAi.PROVIDER_OPENAI;

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
    }

    /**
     * The {@code gen_ai.provider.name} recorded; {@code openai} by default, as the conventions
     * ask for the OpenAI API. Use one of the conventions' values ({@code azure.ai.openai}, {@code
     * deepseek}, {@code groq}, {@code mistral_ai}, {@code x_ai}, ...) when you know the service
     * behind the base URL.
     */
    public Builder providerName(String providerName) {
      Objects.requireNonNull(providerName, "providerName");
      if (providerName.isBlank()) {
        throw new IllegalArgumentException("providerName is blank");
      }
      this.providerName = providerName.strip();
      return this;
    }

    /** The listener; register it with {@code Promptfit.builder().listener(...)}. */
    public PromptfitListener build() {
      return new TelemetryListener(
          openTelemetry
              .tracerBuilder(INSTRUMENTATION_NAME)
              .setInstrumentationVersion(Version.VERSION)
              .setSchemaUrl(GenAi.SCHEMA_URL)
              .build(),
          openTelemetry
              .meterBuilder(INSTRUMENTATION_NAME)
              .setInstrumentationVersion(Version.VERSION)
              .setSchemaUrl(GenAi.SCHEMA_URL)
              .build(),
          providerName);
    }
  }
}
