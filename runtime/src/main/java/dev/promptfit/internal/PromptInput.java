package dev.promptfit.internal;

import dev.promptfit.CallOptions;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The per-call values of one invocation, as the generated code renders them from the
 * method's arguments. It grows by builder methods, so a new kind of input (history, attachments)
 * never changes what existing generated classes call.
 *
 * <pre><code>
 * return invoker.invoke(ASK, PromptInput.builder()
 *     .instructions("You are a terse assistant.")
 *     .text("Translate " + text + " into " + language + ".")
 *     .options(options)
 *     .build());
 * </code></pre>
 */
public final class PromptInput {
  private final @Nullable String instructions;
  private final String text;
  private final CallOptions options;

  private PromptInput(Builder b) {
    if (b.text == null) {
      throw new IllegalStateException("PromptInput needs the rendered @Prompt text");
    }
    this.instructions = b.instructions;
    this.text = b.text;
    this.options = b.options == null ? CallOptions.none() : b.options;
  }

  /** An empty input. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rendered {@code @Instructions}, or null where there are none. */
  public @Nullable String instructions() {
    return instructions;
  }

  /** The rendered {@code @Prompt}: the user message's text. */
  public String text() {
    return text;
  }

  /** The {@code CallOptions} argument; {@link CallOptions#none()} where there is none. */
  public CallOptions options() {
    return options;
  }

  @Override
  public String toString() {
    // Prompt text is user content: it is never printed.
    return "PromptInput{text.length=" + text.length() + "}";
  }

  /** Builds a {@link PromptInput}; generated code sets what the method has. */
  public static final class Builder {
    private @Nullable String instructions;
    private @Nullable String text;
    private @Nullable CallOptions options;

    private Builder() {}

    /** The rendered {@code @Instructions}. */
    public Builder instructions(@Nullable String instructions) {
      this.instructions = instructions;
      return this;
    }

    /** The rendered {@code @Prompt}. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** The {@code CallOptions} argument, which may be null (no overrides). */
    public Builder options(@Nullable CallOptions options) {
      this.options = options;
      return this;
    }

    /** The input. */
    public PromptInput build() {
      return new PromptInput(this);
    }
  }
}
