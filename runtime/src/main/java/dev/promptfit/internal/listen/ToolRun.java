package dev.promptfit.internal.listen;

import dev.promptfit.PromptfitListener;
import dev.promptfit.ToolExecution;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Not API. One tool run as listeners see it; content only when the client captures it. */
final class ToolRun implements ToolExecution {
  private final int round;
  private final String name;
  private final String callId;
  private final @Nullable String arguments;
  private final Attachments attachments = new Attachments();
  private final long startNanos = System.nanoTime();
  private volatile @Nullable String result;
  private volatile long endNanos;
  private volatile boolean ended;

  ToolRun(int round, String name, String callId, @Nullable String arguments) {
    this.round = round;
    this.name = name;
    this.callId = callId;
    this.arguments = arguments;
  }

  void end(@Nullable String result) {
    this.result = result;
    this.endNanos = System.nanoTime();
    this.ended = true;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String callId() {
    return callId;
  }

  @Override
  public int round() {
    return round;
  }

  @Override
  public Optional<String> arguments() {
    return Optional.ofNullable(arguments);
  }

  @Override
  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  @Override
  public Duration duration() {
    return Duration.ofNanos((ended ? endNanos : System.nanoTime()) - startNanos);
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
    return "ToolExecution{" + name + ", round " + round + "}";
  }
}
