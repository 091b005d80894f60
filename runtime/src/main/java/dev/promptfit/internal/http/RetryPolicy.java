package dev.promptfit.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.Headers;

/**
 * Not API. The official OpenAI SDKs' retry rules, which users already rely on: retry 408, 409,
 * 429 and 5xx unless {@code x-should-retry} says otherwise; honour a server-given delay up to a
 * cap; else back off {@code min(0.5 s * 2^n, 8 s)} with 75-100 % jitter.
 */
public final class RetryPolicy {
  private static final long INITIAL_BACKOFF_MILLIS = 500;
  private static final long MAX_BACKOFF_MILLIS = 8_000;

  private final int maxRetries;
  private final Duration maxRetryAfter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  /** The policy with its seams: {@code sleeper} and {@code clock} are fakes in tests, {@code random} feeds the jitter. */
  public RetryPolicy(
      int maxRetries, Duration maxRetryAfter, Sleeper sleeper, Clock clock, DoubleSupplier random) {
    this.maxRetries = maxRetries;
    this.maxRetryAfter = maxRetryAfter;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
  }

  /** This policy with {@code maxRetries} retries in place of its own. */
  public RetryPolicy withMaxRetries(int maxRetries) {
    return new RetryPolicy(maxRetries, maxRetryAfter, sleeper, clock, random);
  }

  /** How many retries follow a failed first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /** What waits between attempts. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The clock HTTP-date {@code retry-after} values are read against. */
  public Clock clock() {
    return clock;
  }

  /** Whether a response with this status and headers may be retried at all. */
  public boolean isRetryable(int status, Headers headers) {
    String override = headers.get("x-should-retry");
    if ("true".equalsIgnoreCase(override)) {
      return true;
    }
    if ("false".equalsIgnoreCase(override)) {
      return false;
    }
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }

  /** The server's requested wait, if any. */
  public Optional<Duration> retryAfter(Headers headers) {
    return RetryAfter.parse(headers, clock);
  }

  /** Whether a server-given delay is too long to wait for. */
  public boolean exceedsCap(Duration retryAfter) {
    return retryAfter.compareTo(maxRetryAfter) > 0;
  }

  /** The jittered backoff after {@code retriesTaken} retries. */
  public Duration backoff(int retriesTaken) {
    long base =
        retriesTaken >= 5
            ? MAX_BACKOFF_MILLIS
            : Math.min(INITIAL_BACKOFF_MILLIS << retriesTaken, MAX_BACKOFF_MILLIS);
    double jitter = 1.0 - 0.25 * random.getAsDouble();
    return Duration.ofMillis(Math.round(base * jitter));
  }
}
