package dev.promptfit.internal.listen;

import dev.promptfit.StreamEvent;
import dev.promptfit.ToolExecution;
import dev.promptfit.internal.Failures;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What the runtime tells the listeners of one prompt call. Each method is called where the
 * event happens and never throws; {@link #NONE}, for a client without listeners, does nothing, so
 * the call path pays one virtual call per event and nothing per delta.
 *
 * <p>Where the runtime calls it: {@code PromptfitInvoker} makes it (the listeners hear {@code
 * callCreated} on the invoking thread); the {@code Turn} calls {@link #started} on its first read,
 * {@link #received} with each event (first delta, final reply), {@link #failed} when it throws and
 * {@link #closedEarly} when it is closed before its end; {@code RetryingCall} calls {@link
 * #attemptStarted} and {@link #attemptEnded} around each HTTP attempt. A tool loop calls {@link
 * #toolRound} once per round, then {@link #toolStarted} and {@link #toolEnded} on the thread that
 * runs each tool, immediately around it.
 */
public interface CallEvents {

  /** Events of a client without listeners: nothing happens. */
  CallEvents NONE = new CallEvents() {};

  /**
   * The events of a later call of the same invocation (a cold {@code Flow.Publisher} subscribed
   * again): a new call with the same facts, created on the current thread.
   */
  default CallEvents renew() {
    return this;
  }

  /** The answer was first asked for. Idempotent: only the first call counts. */
  default void started() {}

  /** An HTTP attempt is about to be sent; {@code retry} is 0 for the first. */
  default void attemptStarted(int retry) {}

  /**
   * An HTTP attempt ended.
   *
   * @param status the HTTP status, or 0 when no response arrived
   * @param failure why it failed, or null
   * @param willRetry whether another attempt follows, after {@code wait}
   */
  default void attemptEnded(
      int retry, int status, @Nullable Throwable failure, boolean willRetry, Duration wait) {}

  /** An event of the turn, as the consumer gets it: the first delta and the final reply count. */
  default void received(@Nullable StreamEvent event) {}

  /** The call failed with {@code failure}, the exception its caller sees. */
  default void failed(Throwable failure) {}

  /** The turn was closed; if the call started and has not ended, it was cancelled. */
  default void closedEarly(Failures failures) {}

  /** Tool round {@code round} (from 1) is about to run {@code calls} tools. */
  default void toolRound(int round, int calls) {}

  /**
   * A tool is about to run on this thread; returns what {@link #toolEnded} takes, or null when
   * nobody listens.
   */
  default @Nullable ToolExecution toolStarted(
      int round, String name, String callId, String arguments) {
    return null;
  }

  /**
   * The tool of {@code run} ran on this thread.
   *
   * @param result what goes back to the model, or null if nothing does
   * @param failure what the tool threw or what kept it from running, or null
   */
  default void toolEnded(
      @Nullable ToolExecution run, @Nullable String result, @Nullable Throwable failure) {}
}
