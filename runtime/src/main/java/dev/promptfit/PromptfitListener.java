package dev.promptfit;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Told what each prompt call does: when it starts, each HTTP attempt, the first delta, each tool
 * round and tool run, and how it ends. Register any number with {@link
 * Promptfit.Builder#listener(PromptfitListener)}; every method has a no-op default, so a listener
 * overrides only what it needs.
 *
 * <pre><code>
 * Promptfit promptfit = Promptfit.builder()
 *     .listener(new PromptfitListener() {
 *       &#64;Override
 *       public void callEnded(PromptCall call, Reply reply) {
 *         System.out.printf("%s: %d tokens in %d ms%n",
 *             call.method(), reply.usage().totalTokens(), call.duration().toMillis());
 *       }
 *     })
 *     .build();
 * </code></pre>
 *
 * <p><b>One call.</b> A {@link PromptCall} is one answer being produced: every request it takes
 * (retries, tool rounds) belongs to it. {@link #callCreated} runs when the prompt method is
 * invoked; {@link #callStarted} when the answer is first asked for (at once for {@code String},
 * {@code Reply} and futures; at the first terminal operation of a {@code Stream}, the first read
 * of a {@code ReplyStream}, the first demand of a {@code Flow.Publisher}). A call that started
 * ends with exactly one of {@link #callEnded} and {@link #callFailed}; a call closed or abandoned
 * before it started reports nothing more. A stream that is neither read to its end nor closed never
 * ends.
 *
 * <p><b>Threads.</b> Methods run on the thread where the event happens: the invoking thread for
 * {@code callCreated}, the thread reading the answer (the client's executor for futures and
 * publishers) for the others, the tool's thread for {@link #toolStarted} and {@link #toolEnded}.
 * Keep them short: they run inside the call. Per-call state goes on the call ({@link
 * PromptCall#put}), so it lives and dies with the call.
 *
 * <p><b>Failures.</b> A listener that throws never breaks the call and never stops the other
 * listeners: the exception is logged to the {@code System.Logger} {@code dev.promptfit.listener}
 * and the call goes on.
 *
 * <p><b>What listeners see.</b> Never the API key or request headers. Prompt, instructions, answer
 * text and tool arguments and results only when the client says {@link
 * Promptfit.Builder#captureContent(boolean) captureContent(true)}; otherwise the {@link Reply}
 * passed to {@link #callEnded} has empty text and {@link PromptCall#prompt()} is empty.
 */
public interface PromptfitListener {

  /**
   * A prompt method was invoked: runs on the invoking thread before the method returns, so a
   * listener can capture what is current there (a tracing context). Nothing was sent yet.
   */
  default void callCreated(PromptCall call) {}

  /** The answer was first asked for; the first request is about to be sent. */
  default void callStarted(PromptCall call) {}

  /**
   * An HTTP attempt is about to be sent.
   *
   * @param retry 0 for a request's first attempt, 1 for its first retry, and so on
   */
  default void attemptStarted(PromptCall call, int retry) {}

  /** An HTTP attempt ended: its response headers arrived, or it failed. */
  default void attemptEnded(PromptCall call, Attempt attempt) {}

  /**
   * The first delta of the answer (text, reasoning or refusal) arrived; once per call. For a
   * request that was not streamed, that is when the whole answer arrived. {@link
   * PromptCall#timeToFirstDelta()} holds the time it took.
   */
  default void firstDelta(PromptCall call) {}

  /**
   * The model asked for tools; {@code calls} of them are about to run.
   *
   * @param round 1 for the first response that called tools, 2 for the next, and so on
   */
  default void toolRoundStarted(PromptCall call, int round, int calls) {}

  /** A tool is about to run, on the thread that runs it. */
  default void toolStarted(PromptCall call, ToolExecution tool) {}

  /**
   * A tool ran, on the thread that ran it, right after {@link #toolStarted}.
   *
   * @param failure what the tool threw, or what kept it from running (an unknown tool, arguments
   *     that do not bind); null when it returned
   */
  default void toolEnded(PromptCall call, ToolExecution tool, @Nullable Throwable failure) {}

  /**
   * The call succeeded. {@code reply} is the final answer with id, served model, finish reason and
   * usage (all rounds summed); its text is empty unless the client captures content.
   */
  default void callEnded(PromptCall call, Reply reply) {}

  /**
   * The call failed with {@code failure}, the exception its caller sees: a {@link
   * PromptfitException} or a {@link java.util.concurrent.CancellationException} when it was
   * cancelled (a future or subscription cancelled, a stream closed before its end).
   */
  default void callFailed(PromptCall call, Throwable failure) {}

  /**
   * How one HTTP attempt ended.
   *
   * @param retry 0 for a request's first attempt, 1 for its first retry, and so on
   * @param statusCode the HTTP status, or 0 when no response arrived (connection failure, timeout)
   * @param failure why the attempt failed, or null: null for a success and for an error status that
   *     is retried
   * @param willRetry whether another attempt follows
   * @param retryDelay the pause before that attempt; zero when none follows
   */
  record Attempt(
      int retry,
      int statusCode,
      @Nullable Throwable failure,
      boolean willRetry,
      Duration retryDelay) {

    /** Checks the values. */
    public Attempt {
      if (retry < 0) {
        throw new IllegalArgumentException("retry must be 0 or more, was " + retry);
      }
      Objects.requireNonNull(retryDelay, "retryDelay");
    }
  }

  /**
   * A key under which a listener keeps state on a {@link PromptCall} or {@link ToolExecution}.
   * Keys compare by identity: make one per listener class, in a constant.
   *
   * <pre><code>
   * private static final PromptfitListener.Key&lt;Long&gt; STARTED = PromptfitListener.Key.named("started");
   *
   * public void callStarted(PromptCall call) {
   *   call.put(STARTED, System.nanoTime());
   * }
   * </code></pre>
   *
   * @param <T> the type of the value
   */
  final class Key<T> {
    private final String name;

    private Key(String name) {
      this.name = name;
    }

    /** A new key; {@code name} is for debugging only. */
    public static <T> Key<T> named(String name) {
      return new Key<>(Objects.requireNonNull(name, "name"));
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
