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
 *
 * <p><b>Not reported.</b> What the service did not send is told apart from any value it can send:
 * {@link #usage()} is then {@link Usage#NONE} ({@link Usage#isReported()} is false), and {@link
 * #finishReason()} is empty, which no service sends as a reason (an empty {@code finish_reason}
 * counts as none).
 *
 * <pre><code>
 * Reply reply = assistant.summarize(text);
 * if (reply.finishReason().isEmpty()) {
 *   log.debug("{} did not say why it stopped", reply.model());
 * } else if (reply.finishReason().equals("length")) {
 *   log.warn("cut at the token limit");
 * }
 * </code></pre>
 */
public final class Reply {
  private final String text;
  private final String id;
  private final String model;
  private final Usage usage;
  private final String finishReason;

  private Reply(Builder b) {
    this.text = b.text;
    this.id = b.id;
    this.model = b.model;
    this.usage = b.usage;
    this.finishReason = b.finishReason;
  }

  /**
   * A builder for a reply, as a test double or an adapter makes one; what is not set stays empty
   * ({@link Usage#NONE} for usage), as for a service that did not send it.
   *
   * <pre><code>
   * Reply reply = Reply.builder().text("Bonjour").model("gpt-5-mini").finishReason("stop").build();
   * </code></pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from everything this reply holds. */
  public Builder toBuilder() {
    return new Builder().text(text).id(id).model(model).usage(usage).finishReason(finishReason);
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

  /** Token usage; {@link Usage#NONE} (and only then) if the service reported none. */
  public Usage usage() {
    return usage;
  }

  /**
   * Why generation stopped: {@code stop}, {@code length}, {@code content_filter}, ... or empty if
   * the service did not say (never a value a service sent).
   */
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

  /** Builds a {@link Reply}; every field defaults to empty. */
  public static final class Builder {
    private String text = "";
    private String id = "";
    private String model = "";
    private Usage usage = Usage.NONE;
    private String finishReason = "";

    private Builder() {}

    /** The whole text of the answer. */
    public Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text");
      return this;
    }

    /** The service's id for the answer. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The model that answered. */
    public Builder model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /** Token usage. */
    public Builder usage(Usage usage) {
      this.usage = Objects.requireNonNull(usage, "usage");
      return this;
    }

    /** Why generation stopped, in the Chat vocabulary. */
    public Builder finishReason(String finishReason) {
      this.finishReason = Objects.requireNonNull(finishReason, "finishReason");
      return this;
    }

    /** The reply. */
    public Reply build() {
      return new Reply(this);
    }
  }
}
