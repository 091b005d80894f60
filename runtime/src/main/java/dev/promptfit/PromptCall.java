package dev.promptfit;

import dev.promptfit.annotation.Api;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One prompt call, as a {@link PromptfitListener} sees it: what was asked, of which service, and
 * how long it has taken; the same object is passed to every callback of the call. The runtime
 * implements it; it is safe to use from any thread.
 *
 * <pre><code>
 * public void callEnded(PromptCall call, Reply reply) {
 *   log.info("{} on {} ({}): {} ms, first delta after {} ms", call.method(), call.model(),
 *       call.api(), call.duration().toMillis(),
 *       call.timeToFirstDelta().map(Duration::toMillis).orElse(-1L));
 * }
 * </code></pre>
 */
public interface PromptCall {

  /** The prompt method, as failures name it: {@code Assistant.translate}. */
  String method();

  /** The endpoint the call uses; never {@link Api#DEFAULT}. */
  Api api();

  /** The model asked for ({@code @Model} or {@code CallOptions}). */
  String model();

  /** The temperature sent, if any. */
  OptionalDouble temperature();

  /** The top_p sent, if any. */
  OptionalDouble topP();

  /** The output token limit sent, if any. */
  OptionalInt maxOutputTokens();

  /** The reasoning effort sent, if any. */
  Optional<String> reasoningEffort();

  /** Whether the call asks the service to stream its answer. */
  boolean streaming();

  /** The host of the client's base URL, e.g. {@code api.openai.com}. */
  String serverAddress();

  /** The port of the client's base URL, e.g. {@code 443}. */
  int serverPort();

  /**
   * The rendered {@code @Instructions}; empty unless the client captures content ({@link
   * Promptfit.Builder#captureContent(boolean)}) and the method has instructions.
   */
  Optional<String> instructions();

  /** The rendered {@code @Prompt}, the user message; empty unless the client captures content. */
  Optional<String> prompt();

  /**
   * The time from {@link PromptfitListener#callStarted} to the first delta, once it arrived.
   */
  Optional<Duration> timeToFirstDelta();

  /**
   * The time since {@link PromptfitListener#callStarted}: until now while the call runs, its whole
   * length once it ended; zero before it started.
   */
  Duration duration();

  /** The state a listener put on this call under {@code key}, or null. */
  <T> @Nullable T get(PromptfitListener.Key<T> key);

  /** Keeps {@code value} (null removes it) under {@code key} for as long as the call lives. */
  <T> void put(PromptfitListener.Key<T> key, @Nullable T value);
}
