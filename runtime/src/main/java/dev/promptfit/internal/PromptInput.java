package dev.promptfit.internal;

import dev.promptfit.CallOptions;
import dev.promptfit.Conversation;
import dev.promptfit.Document;
import dev.promptfit.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 *
 * return invoker.invoke(CHAT, PromptInput.builder()
 *     .text(message)
 *     .conversation("conversation", conversation)
 *     .attach("picture", picture)
 *     .attachAll("pages", pages)
 *     .build());
 * </code></pre>
 *
 * <p>Special parameters are passed with their names, so that a {@code null} argument is reported
 * naming the parameter ({@link #problems()}), before any request.
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
    this.conversation = b.conversation;
    this.attachments = List.copyOf(b.attachments);
    this.problems = List.copyOf(b.problems);
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

  // Conversations and attachments (API.md sections 9 and 10), kept together at the end.
  private final @Nullable Conversation conversation;
  private final List<Object> attachments;
  private final List<String> problems;

  /** The {@code Conversation} argument, or null where the method has none. */
  public @Nullable Conversation conversation() {
    return conversation;
  }

  /** The {@code Image} and {@code Document} arguments, lists flattened, in parameter order. */
  public List<Object> attachments() {
    return attachments;
  }

  /**
   * What is wrong with the special arguments ({@code parameter picture is null}), each naming its
   * parameter; empty when nothing is. The call fails with these before any request.
   */
  public List<String> problems() {
    return problems;
  }

  @Override
  public String toString() {
    // Prompt text is user content: it is never printed.
    return "PromptInput{text.length="
        + text.length()
        + (attachments.isEmpty() ? "" : ", attachments=" + attachments.size())
        + (conversation == null ? "" : ", " + conversation)
        + "}";
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

    // Conversations and attachments (API.md sections 9 and 10), kept together at the end.
    private @Nullable Conversation conversation;
    private final List<Object> attachments = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** The {@code Conversation} argument of parameter {@code parameter}. */
    public Builder conversation(String parameter, @Nullable Conversation conversation) {
      if (conversation == null) {
        problems.add(
            "parameter " + parameter + " is null; pass a Conversation, e.g. Conversation.create()");
      }
      this.conversation = conversation;
      return this;
    }

    /** An {@code Image} argument of parameter {@code parameter}, attached after the text. */
    public Builder attach(String parameter, @Nullable Image image) {
      return attachOne(parameter, image);
    }

    /** A {@code Document} argument of parameter {@code parameter}, attached after the text. */
    public Builder attach(String parameter, @Nullable Document document) {
      return attachOne(parameter, document);
    }

    /**
     * A {@code List<Image>} or {@code List<Document>} argument of parameter {@code parameter},
     * each element attached after the text, in order.
     */
    public Builder attachAll(String parameter, @Nullable List<?> attachments) {
      if (attachments == null) {
        problems.add("parameter " + parameter + " is null; pass an empty list to attach nothing");
        return this;
      }
      for (int i = 0; i < attachments.size(); i++) {
        Object element = attachments.get(i);
        if (element instanceof Image || element instanceof Document) {
          this.attachments.add(element);
        } else {
          problems.add(
              "parameter "
                  + parameter
                  + (element == null
                      ? " holds null at index " + i
                      : " holds a " + element.getClass().getName() + " at index " + i)
                  + "; it takes Image or Document elements");
        }
      }
      return this;
    }

    private Builder attachOne(String parameter, @Nullable Object attachment) {
      if (attachment == null) {
        problems.add("parameter " + parameter + " is null; pass an attachment or remove it");
      } else {
        attachments.add(Objects.requireNonNull(attachment));
      }
      return this;
    }

    /** The input. */
    public PromptInput build() {
      return new PromptInput(this);
    }
  }
}
