package dev.promptfit;

import java.util.Objects;

/**
 * A whole answer with what the service said about it.
 *
 * <pre><code>
 * Reply reply = assistant.classify("great product!").join();
 * System.out.println(reply.text() + " (" + reply.usage().totalTokens() + " tokens)");
 * </code></pre>
 *
 * <p>{@link #finishReason()} uses the Chat Completions vocabulary for both endpoints: {@code stop},
 * {@code length} (a Responses {@code max_output_tokens} cut), {@code content_filter}, {@code
 * tool_calls}; another value a server sends passes through, and it is empty where the service said
 * nothing.
 */
public final class Reply {
  private final String text;
  private final String id;
  private final String model;
  private final Usage usage;
  private final String finishReason;

  private Reply(String text, String id, String model, Usage usage, String finishReason) {
    this.text = Objects.requireNonNull(text, "text");
    this.id = Objects.requireNonNull(id, "id");
    this.model = Objects.requireNonNull(model, "model");
    this.usage = Objects.requireNonNull(usage, "usage");
    this.finishReason = Objects.requireNonNull(finishReason, "finishReason");
  }

  /**
   * A reply, as a test or an adapter builds one; empty strings stand for what the service did not
   * send.
   */
  public static Reply of(String text, String id, String model, Usage usage, String finishReason) {
    return new Reply(text, id, model, usage, finishReason);
  }

  /** The whole text of the answer. */
  public String text() {
    return text;
  }

  /** The service's id for this answer ({@code resp_…}, {@code chatcmpl-…}), or empty. */
  public String id() {
    return id;
  }

  /** The model that answered, as the service named it (often a dated snapshot). */
  public String model() {
    return model;
  }

  /** Token usage; {@link Usage#NONE} if the service reported none. */
  public Usage usage() {
    return usage;
  }

  /** Why generation stopped: {@code stop}, {@code length}, {@code content_filter}, ... or empty. */
  public String finishReason() {
    return finishReason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reply r
        && text.equals(r.text)
        && id.equals(r.id)
        && model.equals(r.model)
        && usage.equals(r.usage)
        && finishReason.equals(r.finishReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, id, model, usage, finishReason);
  }

  @Override
  public String toString() {
    return "Reply{id="
        + id
        + ", model="
        + model
        + ", finishReason="
        + finishReason
        + ", usage="
        + usage
        + ", text.length="
        + text.length()
        + "}";
  }
}
