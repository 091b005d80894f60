package dev.promptfit.internal.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The time limits of a call besides connecting, which OkHttp enforces itself.
 *
 * @param headers the longest wait for response headers, per attempt
 * @param idle the longest silence between bytes of a body once headers arrived
 * @param call the whole-call deadline across all attempts and the body, or null for none
 */
public record Timeouts(Duration headers, Duration idle, @Nullable Duration call) {

  /** OkHttp's read timeout: the socket must outlast both waits, which Promptfit bounds itself. */
  public Duration socketRead() {
    return headers.compareTo(idle) > 0 ? headers : idle;
  }

  /** Human-readable, for messages: {@code 10m}, {@code 30s}, {@code 1500ms}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }
}
