package dev.promptfit;

import dev.promptfit.annotation.Api;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Per-call overrides, passed as a parameter of type {@code CallOptions} on any {@code @Prompt}
 * method. Every field left unset keeps the value from the method's annotations.
 *
 * <pre><code>
 * &#64;Prompt("Classify: {text}")
 * CompletableFuture&lt;Reply&gt; classify(String text, CallOptions options);
 *
 * assistant.classify(text, CallOptions.builder()
 *     .model("gpt-5.2").temperature(0.1).header("X-Trace", "1").extraBody("seed", 7)
 *     .timeout(Duration.ofSeconds(30)).build());
 * </code></pre>
 *
 * <p>Header names and values are checked when set (no CR, LF or other control characters; names
 * are HTTP tokens), and headers the client owns ({@code Authorization}, {@code Content-Type},
 * {@code Content-Length}, {@code Host}, {@code Accept-Encoding}) cannot be overridden. {@code
 * extraBody} cannot replace the fields Promptfit writes itself ({@code model}, {@code stream},
 * {@code input}, {@code messages}, {@code instructions}). A {@code null} {@code CallOptions}
 * argument means no overrides.
 */
public final class CallOptions {
  private static final CallOptions NONE = builder().build();

  private static final Set<String> RESERVED_HEADERS =
      Set.of("authorization", "content-type", "content-length", "host", "accept-encoding",
          "transfer-encoding", "connection");
  private static final Set<String> RESERVED_BODY_KEYS =
      Set.of("model", "stream", "input", "messages", "instructions");

  private final @Nullable String model;
  private final @Nullable Api api;
  private final @Nullable Double temperature;
  private final @Nullable Double topP;
  private final @Nullable Integer maxOutputTokens;
  private final @Nullable String reasoningEffort;
  private final Map<String, String> headers;
  private final Map<String, Object> extraBody;
  private final @Nullable Duration timeout;

  private CallOptions(Builder b) {
    this.model = b.model;
    this.api = b.api;
    this.temperature = b.temperature;
    this.topP = b.topP;
    this.maxOutputTokens = b.maxOutputTokens;
    this.reasoningEffort = b.reasoningEffort;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraBody));
    this.timeout = b.timeout;
    this.background = b.background;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Options that override nothing. */
  public static CallOptions none() {
    return NONE;
  }

  /** The model override. */
  public Optional<String> model() {
    return Optional.ofNullable(model);
  }

  /** The endpoint override. */
  public Optional<Api> api() {
    return Optional.ofNullable(api);
  }

  /** The temperature override. */
  public OptionalDouble temperature() {
    return temperature == null ? OptionalDouble.empty() : OptionalDouble.of(temperature);
  }

  /** The top-p override. */
  public OptionalDouble topP() {
    return topP == null ? OptionalDouble.empty() : OptionalDouble.of(topP);
  }

  /** The output-token limit override. */
  public OptionalInt maxOutputTokens() {
    return maxOutputTokens == null ? OptionalInt.empty() : OptionalInt.of(maxOutputTokens);
  }

  /** The reasoning-effort override. */
  public Optional<String> reasoningEffort() {
    return Optional.ofNullable(reasoningEffort);
  }

  /** Extra request headers, in the order added. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Extra top-level JSON body fields, in the order added. */
  public Map<String, Object> extraBody() {
    return extraBody;
  }

  /** The whole-call deadline for this call. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  // Background responses (API.md section 12), kept together at the end.
  private final @Nullable Boolean background;

  /**
   * Whether this call runs as a background response; empty keeps what the method's annotations
   * say ({@code @Background}).
   */
  public Optional<Boolean> background() {
    return Optional.ofNullable(background);
  }

  /** Names only: header values may be credentials. */
  @Override
  public String toString() {
    return "CallOptions{model="
        + model
        + ", api="
        + api
        + ", temperature="
        + temperature
        + ", topP="
        + topP
        + ", maxOutputTokens="
        + maxOutputTokens
        + ", reasoningEffort="
        + reasoningEffort
        + ", headers="
        + headers.keySet()
        + ", extraBody="
        + extraBody.keySet()
        + ", timeout="
        + timeout
        + (background == null ? "" : ", background=" + background)
        + "}";
  }

  /** Builds {@link CallOptions}; each setter checks its argument at once. */
  public static final class Builder {
    private @Nullable String model;
    private @Nullable Api api;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable Integer maxOutputTokens;
    private @Nullable String reasoningEffort;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, Object> extraBody = new LinkedHashMap<>();
    private @Nullable Duration timeout;

    private Builder() {}

    /** The model id for this call. */
    public Builder model(String model) {
      if (model.isBlank()) {
        throw new IllegalArgumentException("CallOptions.model must not be blank");
      }
      this.model = model;
      return this;
    }

    /** The endpoint for this call; {@link Api#DEFAULT} means the client's default. */
    public Builder api(Api api) {
      this.api = Objects.requireNonNull(api, "api");
      return this;
    }

    /** Sampling temperature, 0.0 to 2.0. */
    public Builder temperature(double temperature) {
      if (!(temperature >= 0.0 && temperature <= 2.0)) {
        throw new IllegalArgumentException(
            "CallOptions.temperature must be between 0.0 and 2.0, was " + temperature);
      }
      this.temperature = temperature;
      return this;
    }

    /** Nucleus sampling, 0.0 to 1.0. */
    public Builder topP(double topP) {
      if (!(topP >= 0.0 && topP <= 1.0)) {
        throw new IllegalArgumentException(
            "CallOptions.topP must be between 0.0 and 1.0, was " + topP);
      }
      this.topP = topP;
      return this;
    }

    /** The most tokens to generate, at least 1. */
    public Builder maxOutputTokens(int maxOutputTokens) {
      if (maxOutputTokens < 1) {
        throw new IllegalArgumentException(
            "CallOptions.maxOutputTokens must be at least 1, was " + maxOutputTokens);
      }
      this.maxOutputTokens = maxOutputTokens;
      return this;
    }

    /** Reasoning effort, sent as given ({@code none}, {@code low}, ...). */
    public Builder reasoningEffort(String reasoningEffort) {
      if (reasoningEffort.isBlank()) {
        throw new IllegalArgumentException("CallOptions.reasoningEffort must not be blank");
      }
      this.reasoningEffort = reasoningEffort;
      return this;
    }

    /**
     * An extra request header. The value is never echoed in an error message, since it may be a
     * credential.
     */
    public Builder header(String name, String value) {
      HeaderChecks.checkName(name, "CallOptions.header");
      if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "CallOptions.header: " + name + " is set by the client and cannot be overridden");
      }
      HeaderChecks.checkValue(name, value, "CallOptions.header");
      headers.put(name, value);
      return this;
    }

    /**
     * An extra top-level field of the JSON request body, serialized by Jackson. A key that names an
     * option Promptfit writes itself ({@code temperature}, {@code top_p}, {@code max_output_tokens},
     * {@code reasoning}, {@code max_completion_tokens}, {@code reasoning_effort}, {@code
     * stream_options}) replaces that option: the field is sent once, with this value.
     */
    public Builder extraBody(String key, @Nullable Object value) {
      if (RESERVED_BODY_KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "CallOptions.extraBody: \"" + key + "\" is written by Promptfit and cannot be"
                + " overridden; use the matching CallOptions setter or annotation");
      }
      extraBody.put(key, value);
      return this;
    }

    /**
     * A deadline for this whole call: every attempt, the waits between them and the whole
     * response body, streams included. It overrides {@code Promptfit.builder().callTimeout(...)};
     * passing it fails the call with {@link PromptfitTimeoutException}.
     *
     * <pre><code>
     * assistant.classify(text, CallOptions.builder().timeout(Duration.ofSeconds(30)).build());
     * </code></pre>
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("CallOptions.timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    // Background responses (API.md section 12), kept together at the end.
    private @Nullable Boolean background;

    /**
     * Runs this call as a background response of the Responses API ({@code "background": true},
     * {@code "store": true}), followed to its end by polling or, for streams, by resuming a
     * dropped stream; {@code false} turns off the method's {@code @Background} for this call. On
     * Chat Completions it is an {@code IllegalArgumentException} when the call is made, before any
     * request.
     *
     * <pre><code>
     * assistant.report(topic, CallOptions.builder().background(true).build()).join();
     * </code></pre>
     */
    public Builder background(boolean background) {
      this.background = background;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException for {@code background(true)} beside {@code extraBody("store",
     *     false)}: a background response must be stored
     */
    public CallOptions build() {
      if (Boolean.TRUE.equals(background) && Boolean.FALSE.equals(extraBody.get("store"))) {
        throw new IllegalArgumentException(
            "CallOptions: background(true) needs the response stored, and extraBody(\"store\","
                + " false) says not to; remove one of them");
      }
      return new CallOptions(this);
    }
  }
}
