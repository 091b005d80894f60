package dev.promptfit;

/**
 * Token counts the service reported for one call; 0 wherever it reported nothing.
 *
 * <pre><code>
 * Usage usage = assistant.classify(text).usage();
 * meter.record(usage.inputTokens(), usage.outputTokens());
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

  /** No usage reported. */
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0);
}
