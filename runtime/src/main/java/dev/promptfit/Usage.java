package dev.promptfit;

/**
 * Token counts the service reported for one call; 0 wherever it reported nothing.
 *
 * <pre><code>
 * Usage usage = assistant.classify(text).usage();
 * meter.record(usage.inputTokens(), usage.outputTokens());
 * </code></pre>
 *
 * <p><b>Not reported.</b> A reply whose service sent no usage (no {@code usage} object, or one
 * without a single count in it) has {@link #NONE}, and only then: {@link #isReported()} tells it
 * from a service that reported zeros, which {@link #equals} does too ({@code NONE} equals only
 * itself). A count that is not a whole number from 0 to {@code Long.MAX_VALUE} ({@code -5}, {@code
 * 12.5}, {@code 1e23}, {@code 1e999}) counts as not reported and is 0, never a wrapped value.
 *
 * <pre><code>
 * Usage usage = reply.usage();
 * if (usage.isReported()) {
 *   meter.record(usage.totalTokens());
 * } else {
 *   log.info("{} reports no usage; set streamUsage(true) or estimate", reply.model());
 * }
 * </code></pre>
 *
 * @param inputTokens prompt tokens ({@code input_tokens} / {@code prompt_tokens})
 * @param outputTokens generated tokens, reasoning included ({@code output_tokens} / {@code
 *     completion_tokens})
 * @param totalTokens input plus output as the service counted it
 * @param cachedTokens input tokens served from the prompt cache
 * @param reasoningTokens output tokens spent on reasoning
 */
public record Usage(
    long inputTokens, long outputTokens, long totalTokens, long cachedTokens, long reasoningTokens) {

  /** No usage reported: the one instance that means so (see {@link #isReported()}). */
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0);

  /**
   * Whether the service reported usage: false only for {@link #NONE}. Zeros it reported are a
   * report.
   *
   * <pre><code>
   * long spent = reply.usage().isReported() ? reply.usage().totalTokens() : estimate(reply.text());
   * </code></pre>
   */
  public boolean isReported() {
    return this != NONE;
  }

  /** Equal counts, and both reported or both {@link #NONE}. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Usage u
        && isReported() == u.isReported()
        && inputTokens == u.inputTokens
        && outputTokens == u.outputTokens
        && totalTokens == u.totalTokens
        && cachedTokens == u.cachedTokens
        && reasoningTokens == u.reasoningTokens;
  }

  @Override
  public int hashCode() {
    if (!isReported()) {
      return -1;
    }
    long h = inputTokens;
    h = 31 * h + outputTokens;
    h = 31 * h + totalTokens;
    h = 31 * h + cachedTokens;
    h = 31 * h + reasoningTokens;
    return Long.hashCode(h);
  }

  @Override
  public String toString() {
    return isReported()
        ? "Usage[inputTokens="
            + inputTokens
            + ", outputTokens="
            + outputTokens
            + ", totalTokens="
            + totalTokens
            + ", cachedTokens="
            + cachedTokens
            + ", reasoningTokens="
            + reasoningTokens
            + "]"
        : "Usage.NONE";
  }
}
