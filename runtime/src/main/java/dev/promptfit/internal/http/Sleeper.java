package dev.promptfit.internal.http;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Not API. Waits between retries, ending early when the call is cancelled. A seam, so tests can
 * record the delays instead of sleeping.
 */
public interface Sleeper {

  /** The real clock. */
  Sleeper SYSTEM =
      (delay, cancelled) -> cancelled.await(delay.toNanos(), TimeUnit.NANOSECONDS);

  /**
   * Waits for {@code delay} or until {@code cancelled} reaches zero.
   *
   * @return true if the call was cancelled while waiting
   */
  boolean sleep(Duration delay, CountDownLatch cancelled) throws InterruptedException;
}
