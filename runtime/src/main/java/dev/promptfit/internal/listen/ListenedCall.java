package dev.promptfit.internal.listen;

import dev.promptfit.PromptCall;
import dev.promptfit.PromptfitListener;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.ToolExecution;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.request.LlmRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Not API. One prompt call with listeners: the {@link PromptCall} they see and the {@link
 * CallEvents} the runtime tells, which keeps the order the SPI promises (created, started, ...,
 * exactly one end) whatever order the runtime's paths reach it in.
 */
final class ListenedCall implements PromptCall, CallEvents {
  private final Listeners listeners;
  private final String method;
  private final Api api;
  private final LlmRequest request;
  private final @Nullable String instructions;
  private final @Nullable String prompt;
  private final Attachments attachments = new Attachments();
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile boolean started;
  private volatile long startNanos;
  private volatile long firstDeltaNanos;
  private volatile boolean firstDeltaSet;
  private volatile long endNanos;
  private volatile boolean endSet;
  private boolean sawDelta;

  ListenedCall(
      Listeners listeners,
      String method,
      Api api,
      LlmRequest request,
      @Nullable String instructions,
      @Nullable String prompt) {
    this.listeners = listeners;
    this.method = method;
    this.api = api;
    this.request = request;
    this.instructions = instructions;
    this.prompt = prompt;
  }

  void created() {
    listeners.each("callCreated", l -> l.callCreated(this));
  }

  @Override
  public CallEvents renew() {
    ListenedCall next = new ListenedCall(listeners, method, api, request, instructions, prompt);
    next.created();
    return next;
  }

  // ---- events, from the runtime ----

  @Override
  public void started() {
    if (started) {
      return;
    }
    startNanos = System.nanoTime();
    started = true;
    listeners.each("callStarted", l -> l.callStarted(this));
  }

  @Override
  public void attemptStarted(int retry) {
    listeners.each("attemptStarted", l -> l.attemptStarted(this, retry));
  }

  @Override
  public void attemptEnded(
      int retry, int status, @Nullable Throwable failure, boolean willRetry, Duration wait) {
    PromptfitListener.Attempt attempt =
        new PromptfitListener.Attempt(retry, status, failure, willRetry, wait);
    listeners.each("attemptEnded", l -> l.attemptEnded(this, attempt));
  }

  @Override
  public void received(@Nullable StreamEvent event) {
    if (event instanceof StreamEvent.Completed completed) {
      firstDelta();
      ended(completed.reply());
    } else if (!sawDelta
        && (event instanceof StreamEvent.TextDelta
            || event instanceof StreamEvent.ReasoningDelta
            || event instanceof StreamEvent.RefusalDelta)) {
      firstDelta();
    }
  }

  /** Once per call; a reply without deltas (an empty answer) counts as its first delta. */
  private void firstDelta() {
    if (sawDelta) {
      return;
    }
    sawDelta = true;
    firstDeltaNanos = System.nanoTime();
    firstDeltaSet = true;
    listeners.each("firstDelta", l -> l.firstDelta(this));
  }

  private void ended(Reply reply) {
    if (!started || !ended.compareAndSet(false, true)) {
      return;
    }
    endNanos = System.nanoTime();
    endSet = true;
    Reply seen =
        listeners.capturing() || reply.text().isEmpty() ? reply : reply.toBuilder().text("").build();
    listeners.each("callEnded", l -> l.callEnded(this, seen));
  }

  @Override
  public void failed(Throwable failure) {
    if (!started || !ended.compareAndSet(false, true)) {
      return;
    }
    endNanos = System.nanoTime();
    endSet = true;
    listeners.each("callFailed", l -> l.callFailed(this, failure));
  }

  @Override
  public void closedEarly(Failures failures) {
    if (started && !ended.get()) {
      failed(failures.cancelled());
    }
  }

  @Override
  public void toolRound(int round, int calls) {
    listeners.each("toolRoundStarted", l -> l.toolRoundStarted(this, round, calls));
  }

  @Override
  public ToolExecution toolStarted(int round, String name, String callId, String arguments) {
    ToolRun run = new ToolRun(round, name, callId, listeners.capturing() ? arguments : null);
    listeners.each("toolStarted", l -> l.toolStarted(this, run));
    return run;
  }

  @Override
  public void toolEnded(
      @Nullable ToolExecution run, @Nullable String result, @Nullable Throwable failure) {
    if (!(run instanceof ToolRun tool)) {
      return;
    }
    tool.end(listeners.capturing() ? result : null);
    listeners.each("toolEnded", l -> l.toolEnded(this, tool, failure));
  }

  // ---- the call, as listeners see it ----

  @Override
  public String method() {
    return method;
  }

  @Override
  public Api api() {
    return api;
  }

  @Override
  public String model() {
    return request.model();
  }

  @Override
  public OptionalDouble temperature() {
    Double value = request.temperature();
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  @Override
  public OptionalDouble topP() {
    Double value = request.topP();
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  @Override
  public OptionalInt maxOutputTokens() {
    Integer value = request.maxOutputTokens();
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  @Override
  public Optional<String> reasoningEffort() {
    return Optional.ofNullable(request.reasoningEffort());
  }

  @Override
  public boolean streaming() {
    return request.stream();
  }

  @Override
  public String serverAddress() {
    return listeners.serverAddress();
  }

  @Override
  public int serverPort() {
    return listeners.serverPort();
  }

  @Override
  public Optional<String> instructions() {
    return Optional.ofNullable(instructions);
  }

  @Override
  public Optional<String> prompt() {
    return Optional.ofNullable(prompt);
  }

  @Override
  public Optional<Duration> timeToFirstDelta() {
    return firstDeltaSet
        ? Optional.of(Duration.ofNanos(firstDeltaNanos - startNanos))
        : Optional.empty();
  }

  @Override
  public Duration duration() {
    if (!started) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((endSet ? endNanos : System.nanoTime()) - startNanos);
  }

  @Override
  public <T> @Nullable T get(PromptfitListener.Key<T> key) {
    return attachments.get(key);
  }

  @Override
  public <T> void put(PromptfitListener.Key<T> key, @Nullable T value) {
    attachments.put(key, value);
  }

  @Override
  public String toString() {
    // Prompt and instructions are content: never printed.
    return "PromptCall{" + method + ", " + api + ", model=" + request.model() + "}";
  }
}
