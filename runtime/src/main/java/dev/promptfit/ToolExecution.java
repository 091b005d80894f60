package dev.promptfit;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One run of a tool the model called, as a {@link PromptfitListener} sees it between {@link
 * PromptfitListener#toolStarted} and {@link PromptfitListener#toolEnded}. The runtime implements
 * it.
 *
 * <pre><code>
 * public void toolEnded(PromptCall call, ToolExecution tool, Throwable failure) {
 *   log.info("{} ran {} in {} ms", call.method(), tool.name(), tool.duration().toMillis());
 * }
 * </code></pre>
 */
public interface ToolExecution {

  /** The tool's name, as the model called it. */
  String name();

  /** The service's id for the call, which its result refers to; empty if the service sent none. */
  String callId();

  /** The tool round: 1 for the first response that called tools, and so on. */
  int round();

  /**
   * The arguments as the model wrote them; empty unless the client captures content ({@link
   * Promptfit.Builder#captureContent(boolean)}).
   */
  Optional<String> arguments();

  /**
   * What is sent back to the model once the tool ran (its result, or an error naming what went
   * wrong); empty before {@link PromptfitListener#toolEnded} and unless the client captures content.
   */
  Optional<String> result();

  /** The time since the tool started: until now while it runs, its whole run once it ended. */
  Duration duration();

  /** The state a listener put on this run under {@code key}, or null. */
  <T> @Nullable T get(PromptfitListener.Key<T> key);

  /** Keeps {@code value} (null removes it) under {@code key} for as long as the run lives. */
  <T> void put(PromptfitListener.Key<T> key, @Nullable T value);
}
