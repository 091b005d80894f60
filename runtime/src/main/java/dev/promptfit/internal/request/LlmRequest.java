package dev.promptfit.internal.request;

import dev.promptfit.internal.ToolDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API. One request to the model, in endpoint-neutral terms: the model, the instructions, the
 * conversation as {@link Item}s (the new user message last) and the options that were configured.
 * Unset options are null and are not sent. A turn that needs another request (a tool round, a
 * repair) derives it with {@link #toBuilder()} and more items.
 */
public final class LlmRequest {
  private final String model;
  private final @Nullable String instructions;
  private final List<Item> items;
  private final boolean stream;
  private final boolean streamUsage;
  private final @Nullable Double temperature;
  private final @Nullable Double topP;
  private final @Nullable Integer maxOutputTokens;
  private final @Nullable String reasoningEffort;
  private final Map<String, Object> extraBody;

  private LlmRequest(Builder b) {
    this.model = Objects.requireNonNull(b.model, "model");
    this.instructions = b.instructions;
    this.items = List.copyOf(b.items);
    this.stream = b.stream;
    this.streamUsage = b.streamUsage;
    this.temperature = b.temperature;
    this.topP = b.topP;
    this.maxOutputTokens = b.maxOutputTokens;
    this.reasoningEffort = b.reasoningEffort;
    this.extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraBody));
    this.tools = List.copyOf(b.tools);
    this.previousResponseId = b.previousResponseId;
    this.background = b.background;
    this.outputFormat = b.outputFormat;
    this.inputNote = b.inputNote;
  }

  /** A request for {@code model}. */
  public static Builder builder(String model) {
    return new Builder(model);
  }

  /** A builder holding everything this request holds. */
  public Builder toBuilder() {
    Builder b = new Builder(model);
    b.instructions = instructions;
    b.items.addAll(items);
    b.stream = stream;
    b.streamUsage = streamUsage;
    b.temperature = temperature;
    b.topP = topP;
    b.maxOutputTokens = maxOutputTokens;
    b.reasoningEffort = reasoningEffort;
    b.extraBody.putAll(extraBody);
    b.tools.addAll(tools);
    b.previousResponseId = previousResponseId;
    b.background = background;
    b.outputFormat = outputFormat;
    b.inputNote = inputNote;
    return b;
  }

  public String model() {
    return model;
  }

  /** The system/developer instructions; null when there are none. */
  public @Nullable String instructions() {
    return instructions;
  }

  /** The conversation, oldest first; the new user message is last. */
  public List<Item> items() {
    return items;
  }

  /** Whether the server is asked to stream. */
  public boolean stream() {
    return stream;
  }

  /** Whether a streamed Chat request asks for usage ({@code stream_options.include_usage}). */
  public boolean streamUsage() {
    return streamUsage;
  }

  public @Nullable Double temperature() {
    return temperature;
  }

  public @Nullable Double topP() {
    return topP;
  }

  public @Nullable Integer maxOutputTokens() {
    return maxOutputTokens;
  }

  public @Nullable String reasoningEffort() {
    return reasoningEffort;
  }

  /**
   * {@code CallOptions.extraBody}: written after every other field, and in place of a field of the
   * same name, so no key is sent twice.
   */
  public Map<String, Object> extraBody() {
    return extraBody;
  }

  // Tools (API.md section 8), kept together at the end.
  private final List<ToolDefinition> tools;

  /** The tools the model may call, each sent with {@code strict: true}; empty for none. */
  public List<ToolDefinition> tools() {
    return tools;
  }

  // Conversations and background responses (API.md sections 9 and 12), kept together at the end.
  private final @Nullable String previousResponseId;
  private final boolean background;

  /** Responses {@code previous_response_id}: the answer this request continues; null for none. */
  public @Nullable String previousResponseId() {
    return previousResponseId;
  }

  /** Whether the response runs in the background ({@code background} and {@code store}). */
  public boolean background() {
    return background;
  }

  // Structured output (API.md section 7), kept together at the end.
  private final @Nullable OutputFormat outputFormat;

  /** The response format asked for, or null for none (text, or a schema described in the input). */
  public @Nullable OutputFormat outputFormat() {
    return outputFormat;
  }

  private final @Nullable InputNote inputNote;

  /** Text the endpoint appends to one user message as it writes it (a schema), or null. */
  public @Nullable InputNote inputNote() {
    return inputNote;
  }

  @Override
  public String toString() {
    return "LlmRequest{model=" + model + ", items=" + items.size() + ", stream=" + stream + "}";
  }

  /** Builds an {@link LlmRequest}; only what is set is sent. */
  public static final class Builder {
    private final String model;
    private @Nullable String instructions;
    private final List<Item> items = new ArrayList<>();
    private boolean stream;
    private boolean streamUsage;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable Integer maxOutputTokens;
    private @Nullable String reasoningEffort;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    private Builder(String model) {
      this.model = Objects.requireNonNull(model, "model");
    }

    public Builder instructions(@Nullable String instructions) {
      this.instructions = instructions;
      return this;
    }

    /** Appends an item to the conversation. */
    public Builder item(Item item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    public Builder stream(boolean stream) {
      this.stream = stream;
      return this;
    }

    public Builder streamUsage(boolean streamUsage) {
      this.streamUsage = streamUsage;
      return this;
    }

    public Builder temperature(@Nullable Double temperature) {
      this.temperature = temperature;
      return this;
    }

    public Builder topP(@Nullable Double topP) {
      this.topP = topP;
      return this;
    }

    public Builder maxOutputTokens(@Nullable Integer maxOutputTokens) {
      this.maxOutputTokens = maxOutputTokens;
      return this;
    }

    public Builder reasoningEffort(@Nullable String reasoningEffort) {
      this.reasoningEffort = reasoningEffort;
      return this;
    }

    public Builder extraBody(Map<String, Object> extraBody) {
      this.extraBody.putAll(extraBody);
      return this;
    }

    // Tools (API.md section 8), kept together at the end.
    private final List<ToolDefinition> tools = new ArrayList<>();

    /** The tools the model may call. */
    public Builder tools(List<ToolDefinition> tools) {
      this.tools.addAll(tools);
      return this;
    }

    // Conversations and background responses (API.md sections 9 and 12), kept together at the end.
    private @Nullable String previousResponseId;
    private boolean background;

    /** Puts {@code earlier} before the items already added: a conversation's history. */
    public Builder history(List<? extends Item> earlier) {
      items.addAll(0, earlier);
      return this;
    }

    public Builder previousResponseId(@Nullable String previousResponseId) {
      this.previousResponseId = previousResponseId;
      return this;
    }

    public Builder background(boolean background) {
      this.background = background;
      return this;
    }

    // Structured output (API.md section 7), kept together at the end.
    private @Nullable OutputFormat outputFormat;

    /** The response format; null for none. */
    public Builder outputFormat(@Nullable OutputFormat outputFormat) {
      this.outputFormat = outputFormat;
      return this;
    }

    private @Nullable InputNote inputNote;

    /** Text appended to one user message on the wire; null for none. */
    public Builder inputNote(@Nullable InputNote inputNote) {
      this.inputNote = inputNote;
      return this;
    }

    /**
     * Replaces the conversation: what a typed answer's repairs added is left out of what its
     * conversation stores.
     */
    public Builder replaceItems(List<Item> items) {
      this.items.clear();
      for (Item item : items) {
        item(item);
      }
      return this;
    }

    public LlmRequest build() {
      return new LlmRequest(this);
    }
  }
}
